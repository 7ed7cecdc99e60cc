import { FORMATS, versionForYear, type FormatVersion, type Localized, type TableId } from '../formats';
import { localized } from '../i18n/text';
import type { HeaderInfo } from './header';
import { labelKey } from '../text/normalize';
import { captionItem } from './furniture';
import { rowEntries } from './labels';
import type { ImportSummary, Token } from './types';

function columnKeys(version: FormatVersion): string[] {
  return FORMATS[version].tables.table2.subTables.flatMap((s) => s.columns.map((c) => labelKey(c.label)));
}
const COLUMNS = { '2019': columnKeys('2019'), '2021': columnKeys('2021') };

/** Which format the tables themselves use: rows, captions and column names that exist in only one version. */
function contentVersion(tables: Array<{ table: TableId; cells: Token[] }>): FormatVersion | undefined {
  const votes = { '2019': 0, '2021': 0 };
  for (const { table, cells } of tables) {
    for (const token of cells) {
      if (token.kind !== 'text') continue;
      if (table === 'table2' && captionItem(token.text) === '九') { votes['2019'] += 2; continue; }
      const key = labelKey(token.text);
      if (key === '') continue;
      const versions = new Set(rowEntries(table).filter((e) => e.key === key).map((e) => e.version));
      if (versions.size === 1) votes[[...versions][0]] += 1;
      if (table === 'table2') {
        const in2019 = COLUMNS['2019'].some((c) => key.startsWith(c));
        const in2021 = COLUMNS['2021'].some((c) => key.startsWith(c));
        if (in2019 !== in2021) votes[in2019 ? '2019' : '2021'] += 1;
      }
    }
  }
  if (votes['2019'] === votes['2021']) return undefined;
  return votes['2019'] > votes['2021'] ? '2019' : '2021';
}

/**
 * The format to import as: the tables' own when they are decisive, else the one for 年度, else 2021.
 * A mismatch between the tables and the year is written as the tables have it and noted.
 */
export function chooseFormat(tables: Array<{ table: TableId; cells: Token[] }>, header: HeaderInfo): { format: FormatVersion; basis: ImportSummary['formatBasis']; guesses: Localized[] } {
  const guesses: Localized[] = [];
  const byContent = contentVersion(tables);
  const byYear = header.year !== undefined && header.year >= 2019 ? versionForYear(header.year) : undefined;
  const format: FormatVersion = byContent ?? byYear ?? '2021';
  const basis: ImportSummary['formatBasis'] = byContent && byContent !== byYear ? 'content' : byYear ? 'year' : 'default';
  if (byContent && byYear && byContent !== byYear) {
    guesses.push(localized(`表格使用${byContent}年格式，但${header.year}年度应使用${byYear}年格式：已按表格写“格式：${byContent}”，检查将报告不符`,
      `the tables use the ${byContent} format but year ${header.year} requires ${byYear}: written as 格式：${byContent}, the checks report the mismatch`));
  } else if (!byContent && !byYear) guesses.push(localized('无法判断格式版本，按 2021 年格式导入', 'format version unknown; imported as the 2021 format'));
  if (header.yearGuessed) guesses.push(localized(`年度 ${header.year} 由正文推断`, `year ${header.year} inferred from the text`));
  return { format, basis, guesses };
}

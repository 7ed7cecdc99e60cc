import { FORMATS, type FormatVersion, type TableId } from '../formats';
import { labelKey } from '../text/normalize';
import { captionItem } from './furniture';
import { rowEntries } from './labels';
import type { Token } from './types';

function columnKeys(version: FormatVersion): string[] {
  return FORMATS[version].tables.table2.subTables.flatMap((s) => s.columns.map((c) => labelKey(c.label)));
}
const COLUMNS = { '2019': columnKeys('2019'), '2021': columnKeys('2021') };

/** Which format the tables themselves use: rows, captions and column names that exist in only one version. */
export function contentVersion(tables: Array<{ table: TableId; tokens: Token[] }>): FormatVersion | undefined {
  const votes = { '2019': 0, '2021': 0 };
  for (const { table, tokens } of tables) {
    for (const token of tokens) {
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

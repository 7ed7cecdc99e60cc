import { FORMATS, versionForYear, type ColumnSpec, type FormatVersion, type RowSpec, type SubTableSpec, type TableId } from './formats';
import { headerLine, headingLine, snippetText, subTableLines, tabStop } from './syntax/print';

export interface SkeletonOptions {
  /** Report year (年度); picks the format version unless `version` is given. */
  year: number;
  /** Publishing agency (机关); a placeholder when absent. */
  agency?: string;
  version?: FormatVersion;
  /** Emit VS Code snippet syntax: agency and prose are tab stops, literal `$ } \` escaped. */
  snippet?: boolean;
  /** With `snippet`: the year is a tab stop too (2, mirrored), for the snippets file where no year is known. */
  yearStop?: boolean;
  /** 标题 when not the standard `机关 + 年度 + 年政府信息公开工作年度报告` (next year's report keeps last year's wording). */
  title?: string;
  /** Text of each data cell; `'0'` when absent, `''` leaves the cell blank for the author. */
  cellText?: (cell: SkeletonCell) => string;
  /** `%%` lines written after the preamble (index 0) or under a section's heading (index 1–6). */
  notes?: (sectionIndex: number) => string[];
}

/** One cell of the skeleton's tables, as given to `cellText`. */
export interface SkeletonCell { table: TableId; subTable: SubTableSpec; row: RowSpec; column: ColumnSpec }

const AGENCY_PLACEHOLDER = '（机关名称）';

/** Placeholder prose per section (五 and 六 are worded so the content checks are satisfied once filled in). */
const PROSE: Record<number, string> = {
  1: '（概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作情况。）',
  5: '（如实说明存在的主要问题及改进情况。）',
  6: '（说明其他需要报告的事项。）',
};
const FEES_2021 = '（说明本年度收取信息处理费的情况，未收取的也应说明。）';

/**
 * A complete, empty report in the statutory layout of its format version, generated from the format data:
 * header lines, the six sections, every caption, column header and row with 0 in each cell (group rows
 * carry no numbers). Checks clean with `analyze`. The one generator behind the "new report" command,
 * next year's report and the snippets.
 */
export function reportSkeleton(options: SkeletonOptions): string {
  const version = options.version ?? versionForYear(options.year);
  const format = FORMATS[version];
  const snippet = options.snippet === true;
  const literal = snippet ? snippetText : (text: string) => text;
  const agencyName = options.agency ?? AGENCY_PLACEHOLDER;
  const agency = snippet ? tabStop(1, agencyName) : agencyName;
  const year = snippet && options.yearStop ? tabStop(2, String(options.year)) : String(options.year);
  let stop = snippet && options.yearStop ? 3 : 2;
  const field = (text: string) => (snippet ? tabStop(stop++, text) : text);

  const lines: string[] = [
    headerLine('标题', options.title !== undefined ? literal(options.title) : `${agency}${year}年政府信息公开工作年度报告`),
    headerLine('机关', agency),
    headerLine('年度', year),
    headerLine('格式', version),
    '',
    // Our own wording of the opening every report has (the statute, the agency, the period).
    `${agency}依照《中华人民共和国政府信息公开条例》第五十条编写本年度报告，` +
      `数据的统计期限：${year} 年 1 月 1 日—${year} 年 12 月 31 日。`,
    '',
  ];
  const notes = (index: number) => (options.notes?.(index) ?? []).map(literal);
  if (notes(0).length > 0) lines.push(...notes(0), '');
  for (const section of format.sections) {
    lines.push(headingLine(section.heading), ...notes(section.index));
    if (section.table) {
      const table = section.table;
      const cellText = options.cellText ?? (() => '0');
      for (const subTable of format.tables[table].subTables) {
        const cell = (row: RowSpec, column: ColumnSpec) => literal(cellText({ table, subTable, row, column }));
        lines.push(...subTableLines(subTable, { cell, heading: 'captionAndColumns', literal }));
      }
    } else {
      lines.push(field(version === '2021' && section.index === 6 ? FEES_2021 : PROSE[section.index] ?? ''));
    }
    lines.push('');
  }
  const text = lines.join('\n');
  return snippet ? text + '$0' : text;
}

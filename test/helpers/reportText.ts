import { FORMATS, type ColumnSpec, type FormatVersion, type TableId } from '../../core/src/formats';

/**
 * The one writer of generated reports (tests, test corpus, bench): every table line from the statutory
 * layout in core/src/formats, the numbers from a cell map keyed as test/helpers/imported.ts numbersOf
 * reads them back (`table2/item1.rules`, `table3/granted`, `table4/review`).
 */
export interface ReportText {
  version: FormatVersion;
  year: number;
  agency: string;
  cells: Record<string, Array<string | number>>;
  /** Paragraphs (one line each) of the prose sections 一, 五 and 六. */
  prose: { overview: string[]; problems: string[]; other: string[] };
  /** A line written just above a row (a `%%` suppression comment), by cell-map key. */
  above?: Record<string, string>;
}

/** One line of a table in document order: a caption, a column header, or a statutory row (group rows carry no cells). */
export interface TableLine {
  table: TableId;
  kind: 'caption' | 'header' | 'row';
  label: string;
  /** The cell-map key of a row. */
  key?: string;
  columns: ColumnSpec[];
}

/** The first header cell of every table-二 column header line. */
export const HEADER_LABEL = '信息内容';

export function tableLines(version: FormatVersion, table: TableId): TableLine[] {
  const out: TableLine[] = [];
  for (const subTable of FORMATS[version].tables[table].subTables) {
    const { columns } = subTable;
    if (subTable.caption) {
      out.push({ table, kind: 'caption', label: subTable.caption, columns });
      out.push({ table, kind: 'header', label: HEADER_LABEL, columns });
    }
    for (const row of subTable.rows) {
      const key = `${table}/${table === 'table2' ? `${subTable.id}.` : ''}${row.id}`;
      out.push({ table, kind: 'row', label: row.label, key, columns });
    }
  }
  return out;
}

/** `label | a | b …`, or the bare label when the row has no numbers (a group row). */
export function rowLine(label: string, cells: ReadonlyArray<string | number> | undefined): string {
  return cells ? [label, ...cells].join(' | ') : label;
}

function tableText(report: ReportText, table: TableId): string[] {
  return tableLines(report.version, table).map((line) => {
    if (line.kind === 'caption') return `## ${line.label}`;
    if (line.kind === 'header') return rowLine(line.label, line.columns.map((c) => c.label));
    const row = rowLine(line.label, report.cells[line.key!]);
    const above = report.above?.[line.key!];
    return above === undefined ? row : `${above}\n${row}`;
  });
}

/** The report in our language, sections in statutory order. */
export function writeReport(report: ReportText): string {
  const heading = (index: number) => `# ${FORMATS[report.version].sections[index - 1].heading}`;
  return [
    `标题：${report.agency}${report.year}年政府信息公开工作年度报告`, `机关：${report.agency}`, `年度：${report.year}`, `格式：${report.version}`, '',
    heading(1), ...report.prose.overview, '',
    heading(2), ...tableText(report, 'table2'), '',
    heading(3), ...tableText(report, 'table3'), '',
    heading(4), ...tableText(report, 'table4'), '',
    heading(5), ...report.prose.problems, '',
    heading(6), ...report.prose.other,
  ].join('\n') + '\n';
}

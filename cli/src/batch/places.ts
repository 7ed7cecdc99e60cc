import { cellAt, columnsOf, type ReportDiagnostic, type ReportModel, type RowNode, type TableId } from '../../../core/src';

/** Where a table diagnostic sits, in the report's own terms: what a reviewer can find in a published file. */
export interface CellPlace { table: TableId; row: string; column?: string }

const SECTION: Record<TableId, string> = { table2: '二', table3: '三', table4: '四' };

/** The statutory row label (with its spanning group for table 四: 行政诉讼·复议后起诉), else as written. */
function rowName(row: RowNode): string {
  const r = row.resolution;
  if (r.status === 'ok' || r.status === 'otherVersion' || r.status === 'wrongTable') return r.row.group ? `${r.row.group}·${r.row.label}` : r.row.label;
  return row.label.text;
}

/**
 * Row and column of each diagnostic that lies in a table row (undefined elsewhere). One binary
 * search per diagnostic over the rows sorted by offset: a hostile report with 20,000 broken rows
 * stays O(n log n).
 */
export function placesOf(model: ReportModel, diagnostics: ReportDiagnostic[]): Array<CellPlace | undefined> {
  const rows = Object.values(model.tables).flatMap((t) => t.all).sort((a, b) => a.start - b.start);
  return diagnostics.map((d) => {
    const row = rowAt(rows, d.span.start);
    if (!row) return undefined;
    const cell = cellAt(row, d.span.start);
    const column = cell ? columnsOf(row)?.[cell.index] : undefined;
    return { table: row.table, row: rowName(row), column: column ? (column.group ? `${column.group}·${column.label}` : column.label) : undefined };
  });
}

function rowAt(rows: RowNode[], offset: number): RowNode | undefined {
  let low = 0;
  let high = rows.length - 1;
  let found: RowNode | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (rows[mid].start <= offset) { found = rows[mid]; low = mid + 1; } else high = mid - 1;
  }
  return found && offset <= found.end ? found : undefined;
}

/** `表三 · （一）予以公开 · 自然人` for text output. */
export function placeText(place: CellPlace, locale: 'zh-cn' | 'en'): string {
  const table = locale === 'zh-cn' ? `表${SECTION[place.table]}` : `table ${SECTION[place.table]}`;
  return [table, place.row, place.column].filter(Boolean).join(' · ');
}

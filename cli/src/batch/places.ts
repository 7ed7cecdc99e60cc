import type { ReportDiagnostic, ReportModel, RowNode, TableId } from '../../../core/src';
import { columnsOf, placeAt } from '../../../core/src/features/locate';

/** Where a table diagnostic sits, in the report's own terms: what a reviewer can find in a published file. */
export interface CellPlace { table: TableId; row: string; column?: string }

const SECTION: Record<TableId, string> = { table2: '二', table3: '三', table4: '四' };

/** The statutory row label (with its spanning group for table 四: 行政诉讼·复议后起诉), else as written. */
function rowName(row: RowNode): string {
  const r = row.resolution;
  if (r.status === 'ok' || r.status === 'otherVersion' || r.status === 'wrongTable') return r.row.group ? `${r.row.group}·${r.row.label}` : r.row.label;
  return row.label.text;
}

/** Row and column of each diagnostic that lies in a table (undefined elsewhere), from the model's own index. */
export function placesOf(model: ReportModel, diagnostics: ReportDiagnostic[]): Array<CellPlace | undefined> {
  return diagnostics.map((d) => {
    const place = placeAt(model, d.span.start);
    if (place.kind !== 'cell' && place.kind !== 'rowLabel') return undefined;
    const row = place.row;
    if (place.kind === 'rowLabel') return { table: row.table, row: rowName(row) };
    const column = place.column ?? columnsOf(row)?.[place.cell.index];
    return { table: row.table, row: rowName(row), column: column ? (column.group ? `${column.group}·${column.label}` : column.label) : undefined };
  });
}

/** `表三 · （一）予以公开 · 自然人` for text output. */
export function placeText(place: CellPlace, locale: 'zh-cn' | 'en'): string {
  const table = locale === 'zh-cn' ? `表${SECTION[place.table]}` : `table ${SECTION[place.table]}`;
  return [table, place.row, place.column].filter(Boolean).join(' · ');
}

import { decimalToString, FORMATS, type FormatVersion, type ReportModel, type TableId } from '../../../core/src';

/**
 * The cell columns of the extract table, built from the statutory formats (core/src/formats).
 * The 2019 and 2021 formats share most of table 三 and table 四 but not table 二, so a column is
 * one (table, sub-table, row, column) of a format; where both formats have it, it is one column.
 * Only the formats of the reports being extracted contribute columns: a set of 2021 reports
 * gets exactly the 2021 cells. Per table, the newest format's cells come first in statutory
 * order, then the cells only the older format has; a report leaves the other format's cells empty.
 */
export interface CellColumn {
  key: string;
  /** Statutory labels in Chinese: 三·（三）不予公开·1.属于国家秘密·法人或其他组织·商业企业. */
  header: string;
  table: TableId;
  subTable: string;
  row: string;
  column: string;
  versions: FormatVersion[];
}

const TABLES: TableId[] = ['table2', 'table3', 'table4'];
const NUMERAL: Record<TableId, string> = { table2: '二', table3: '三', table4: '四' };

export function cellColumns(versions: Iterable<FormatVersion>): CellColumn[] {
  const wanted = [...new Set(versions)].sort().reverse(); // newest first
  const byKey = new Map<string, CellColumn>();
  const ordered: CellColumn[] = [];
  for (const table of TABLES) {
    for (const version of wanted) {
      const spec = FORMATS[version].tables[table];
      for (const subTable of spec.subTables) {
        const byId = new Map(subTable.rows.map((r) => [r.id, r]));
        // The row's group rows, outermost first: 三、本年度办理结果·（三）不予公开·1.属于国家秘密.
        const ancestors = (id: string | undefined): string[] => {
          const parent = id ? byId.get(id) : undefined;
          return parent ? [...ancestors(parent.parent), parent.label] : [];
        };
        for (const row of subTable.rows) {
          if (row.kind === 'group') continue;
          for (const column of subTable.columns) {
            const key = `${table}/${subTable.id}/${row.id}/${column.id}`;
            const existing = byKey.get(key);
            if (existing) { existing.versions.push(version); continue; }
            const header = [NUMERAL[table], subTable.caption, ...ancestors(row.parent), row.group, row.label, column.group, column.label]
              .filter((part): part is string => !!part).join('·');
            const entry: CellColumn = { key, header, table, subTable: subTable.id, row: row.id, column: column.id, versions: [version] };
            byKey.set(key, entry);
            ordered.push(entry);
          }
        }
      }
    }
  }
  return ordered;
}

/** A cell of a report for one column: as written ('' when blank or absent), and its number when it is one. */
export interface CellValue { raw: string; value?: number }

export function cellValue(model: ReportModel, column: CellColumn): CellValue {
  if (!column.versions.includes(model.format.version)) return { raw: '' };
  const row = model.tables[column.table].rows.get(column.row);
  if (!row || row.resolution.status !== 'ok' || row.resolution.subTable.id !== column.subTable) return { raw: '' };
  const index = row.resolution.subTable.columns.findIndex((c) => c.id === column.column);
  const cell = row.cells[index];
  if (!cell) return { raw: '' };
  if (cell.problem !== undefined) return { raw: cell.raw };
  const number = cell.value ?? (cell.decimal ? Number(decimalToString(cell.decimal)) : undefined);
  return { raw: cell.raw, value: number !== undefined && Number.isFinite(number) ? number : undefined };
}

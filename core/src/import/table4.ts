import { FORMATS, type FormatVersion, type RowSpec } from '../formats';
import { labelKey } from '../text/normalize';
import { trimBlanks } from './columns';
import type { GridRow, TableGrid } from './grid';
import type { RowEntry } from './labels';
import { columnOf, ORPHAN_LABEL, unknownRow, unplacedRow } from './placed';
import type { ImportedRow, TableImport } from './types';

/**
 * Table 四's own shapes: one statutory row of fifteen numbers (复议 · 直接起诉 · 复议后起诉, five
 * each) that sources write as one line of fifteen, as three labelled rows, or split under headings
 * and two-level headers. true: placed here; false: labelled rows, placed row by row like any table.
 */
export function placeTable4(read: TableGrid, resolved: Array<{ label: GridRow; entry?: RowEntry }>, version: FormatVersion, result: TableImport): boolean {
  if (table4ByHeaders(resolved, version, result)) return true;
  if (labelledTable4(resolved)) return false;
  // Numbers after the fifteen that follow no label are kept in fifteenNumbers.
  fifteenNumbers(read, version, result);
  for (const { label, entry } of resolved) if (!entry && !label.orphan) result.rows.push(unknownRow(label, 'table4', false));
  return true;
}

/** The table 四 row a column header names (行政复议 / 未经复议直接起诉 / 复议后起诉): the longest spelling in it. */
function table4RowOf(header: string | undefined, version: FormatVersion): RowSpec | undefined {
  const key = header ? labelKey(header) : '';
  let best: { row: RowSpec; length: number } | undefined;
  for (const row of FORMATS[version].tables.table4.subTables[0].rows) {
    for (const spelling of [row.label, ...row.aliases]) {
      const k = labelKey(spelling);
      if (k !== '' && key.includes(k) && (!best || k.length > best.length)) best = { row, length: k.length };
    }
  }
  return best?.row;
}

/**
 * Table 四 placed cell by cell on evidence (Markdown/HTML with headers, in any split): every
 * number's column from its header, its row from its header (行政诉讼 · 复议后起诉 · 结果维持) or
 * from the label or heading of its line. false: some number lacks that evidence.
 */
function table4ByHeaders(resolved: Array<{ label: GridRow; entry?: RowEntry }>, version: FormatVersion, result: TableImport): boolean {
  const subTable = FORMATS[version].tables.table4.subTables[0];
  const cells = new Map<string, string[]>();
  let any = false;
  for (const { label, entry } of resolved) {
    for (const value of label.values) {
      const column = columnOf(value.column, subTable);
      const row = table4RowOf(value.column, version) ?? (entry?.subTable.id === subTable.id ? entry.row : undefined);
      if (column === undefined || !row) return false;
      const target = cells.get(row.id) ?? new Array<string | undefined>(5).fill(undefined);
      if (target[column] !== undefined) return false;
      target[column] = value.text;
      cells.set(row.id, target as string[]);
      any = true;
    }
  }
  if (!any) return false;
  for (const spec of subTable.rows) {
    const found = cells.get(spec.id);
    if (found) result.rows.push({ table: 'table4', row: spec, version, source: spec.label, cells: found.map((c) => c ?? ''), status: 'exact' });
  }
  for (const { label, entry } of resolved) if (!entry && !label.orphan && !label.group) result.rows.push(unknownRow(label, 'table4', false));
  return true;
}

/**
 * Table 四 written as labelled rows (three rows of five as in the language, three tables under
 * their headings) rather than one line of fifteen: every labelled row with numbers has at most
 * five, or its numbers have column headers.
 */
function labelledTable4(resolved: Array<{ label: GridRow; entry?: RowEntry }>): boolean {
  const rows = resolved.filter((r) => r.entry && r.label.values.some((v) => !v.blank));
  if (rows.length === 0) return false;
  return rows.every((r) => trimBlanks(r.label.values, 5).length <= 5)
    && (rows.length >= 2 || rows.some((r) => r.label.values.some((v) => v.column)) || resolved.every((r) => r.label.orphan || r.entry));
}

/** The statutory layout of table 四: one line of 15 numbers, 复议 · 直接起诉 · 复议后起诉, five each. */
function fifteenNumbers(read: TableGrid, version: FormatVersion, result: TableImport): void {
  const values = [...read.values];
  while (values.length > 0 && values[0].blank) values.shift();
  while (values.length > 15 && values[values.length - 1].blank) values.pop();
  while (values.length > 0 && values.length <= 15 && values[values.length - 1].blank && values.length % 5 !== 0) values.pop();
  if (values.length === 0) return;
  const subTable = FORMATS[version].tables.table4.subTables[0];
  // Fewer than fifteen: nothing says which of the three rows or five columns is missing. Headers
  // that name other columns than the statutory order gives (a transposed table whose header names
  // no row): the order is no evidence.
  const against = values.slice(0, 15).some((v, i) => { const c = columnOf(v.column, subTable); return c !== undefined && c !== i % 5; });
  if (values.length < 15 || against) { result.rows.push(unplacedRow('table4', undefined, ORPHAN_LABEL, values)); return; }
  subTable.rows.forEach((spec, i) => {
    const cells = values.slice(i * 5, i * 5 + 5);
    if (cells.length === 0) return;
    const row: ImportedRow = { table: 'table4', row: spec, version, source: spec.label, cells: cells.map((v) => v.text), status: 'exact' };
    result.rows.push(row);
  });
  if (values.length > 15) result.rows.push(unplacedRow('table4', undefined, ORPHAN_LABEL, values.slice(15)));
}

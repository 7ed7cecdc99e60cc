import { FORMATS, type FormatVersion, type Localized, type RowSpec, type SubTableSpec, type TableId } from '../formats';
import { labelKey } from '../text/normalize';
import { learnColumns, placeByPosition, trimBlanks, type ColumnModel } from './columns';
import type { GridRow, TableGrid } from './grid';
import { exactRow, guessRow, type RowEntry } from './labels';
import type { ImportedRow, TableImport, Token } from './types';
import { localized } from '../i18n/text';


export const ORPHAN_LABEL = '（导入：未能对应到行的数字）';

/** Map read labels to statutory rows and fit their numbers into the columns. */
export function placeTable(read: TableGrid, table: TableId, version: FormatVersion): TableImport {
  const result: TableImport = { table, rows: [], captions: read.captions, guesses: [...read.guesses] };
  const resolved = read.rows.map((label) => ({
    label, entry: label.orphan ? undefined : exactRow(label.text, table, version) ?? guessRow(label.text, table, version),
  }));
  const exact = new Set(read.rows.filter((l) => !l.orphan && exactRow(l.text, table, version)));

  // Column positions per sub-table, from the rows that have every number (pdf layout, HTML grid).
  const models = new Map<string, ColumnModel | undefined>();
  const modelOf = (subTable: SubTableSpec) => {
    if (!models.has(subTable.id)) {
      const rows = resolved.filter((r) => r.entry?.subTable === subTable).map((r) => trimBlanks(r.label.values, subTable.columns.length));
      models.set(subTable.id, learnColumns(rows, subTable.columns.length));
    }
    return models.get(subTable.id);
  };

  if (table === 'table4' && table4ByHeaders(resolved, version, result)) return result;
  if (table === 'table4' && !labelledTable4(resolved)) {
    // Numbers after the fifteen that follow no label are kept in fifteenNumbers.
    fifteenNumbers(read, version, result);
    for (const { label, entry } of resolved) if (!entry && !label.orphan) result.rows.push(unknownRow(label, table, false));
    return result;
  }

  const seen = new Set<string>();
  for (const { label, entry } of resolved) {
    if (label.orphan) { result.rows.push(unplacedRow(table, label.item, ORPHAN_LABEL, label.values)); continue; }
    if (!entry) {
      if (label.group && label.values.every((v) => v.blank)) continue; // a piece of a group label: regenerated
      result.rows.push(unknownRow(label, table, true));
      continue;
    }
    if (entry.row.kind === 'group' && label.values.every((v) => v.blank)) continue;
    const key = `${entry.version}/${entry.subTable.id}/${entry.row.id}`;
    const duplicate = seen.has(key);
    seen.add(key);
    const row: ImportedRow = {
      table, row: entry.row, version: entry.version, item: entry.subTable.item, source: label.text, cells: [],
      status: duplicate ? 'duplicate' : exact.has(label) ? 'exact' : 'guess',
    };
    if (row.status === 'guess') row.note = localized(`原文“${label.text}”按“${entry.row.label}”识别`, `"${label.text}" read as "${entry.row.label}"`);
    if (label.via !== undefined) {
      row.source = label.via;
      appendNote(row, localized(`原文“${label.via}”所在的表格在标题“${label.text}”之下，按该行读取`, `"${label.via}" is under the heading "${label.text}": read as that row`));
    }
    if (!fitCells(row, label.values, entry.subTable, modelOf(entry.subTable))) {
      result.rows.push(unplacedRow(table, entry.subTable.item, label.via ?? label.text, label.values));
      continue;
    }
    result.rows.push(row);
  }
  return result;
}

/**
 * Put a row's numbers into its columns, on evidence only: the column headers over them, the
 * statutory order of a complete row, or their position in the layout (pdf columns, HTML grid).
 * false: no evidence for a short row; its numbers are reported unplaced rather than guessed.
 */
function fitCells(row: ImportedRow, values: Token[], subTable: SubTableSpec, model: ColumnModel | undefined): boolean {
  const n = subTable.columns.length;
  const trimmed = trimBlanks(values, n);
  const byHeader = placeByHeader(trimmed, subTable);
  if (byHeader) { row.cells = byHeader; return true; }
  if (trimmed.length >= n || trimmed.length === 0) { row.cells = trimmed.map((v) => v.text); return true; }
  const placed = model ? placeByPosition(trimmed, model) : undefined;
  const label = row.row?.label ?? row.source;
  if (placed) {
    row.cells = placed.map((v) => v?.text ?? '');
    appendNote(row, localized(`“${label}”只有 ${trimmed.length} 个数字，已按版面位置放入对应列，其余列留空`, `"${label}" has ${trimmed.length} of ${n} numbers; placed by their position, the rest left blank`));
    return true;
  }
  return false;
}

/** The cells by their column headers, when every number has a header naming a distinct column. */
function placeByHeader(values: Token[], subTable: SubTableSpec): string[] | undefined {
  if (values.length === 0 || values.length > subTable.columns.length) return undefined;
  const cells: Array<string | undefined> = new Array(subTable.columns.length).fill(undefined);
  for (const value of values) {
    const column = columnOf(value.column, subTable);
    if (column === undefined || cells[column] !== undefined) return undefined;
    cells[column] = value.text;
  }
  return cells.map((c) => c ?? '');
}

/** The statutory column a header names (its label or short form, at the end of a two-level header). */
export function columnOf(header: string | undefined, subTable: SubTableSpec): number | undefined {
  const key = header ? labelKey(header) : '';
  if (key === '') return undefined;
  let best: { index: number; length: number } | undefined;
  subTable.columns.forEach((column, index) => {
    for (const spelling of [column.label, column.short]) {
      const k = labelKey(spelling);
      if (k !== '' && key.endsWith(k) && (!best || k.length > best.length)) best = { index, length: k.length };
    }
  });
  return best?.index;
}

/** Numbers with no cell to go to: written as a %% comment where they were, and reported. */
function unplacedRow(table: TableId, item: string | undefined, source: string, values: Token[]): ImportedRow {
  return { table, item, source, cells: values.map((v) => v.text), status: 'unplaced' };
}

function appendNote(row: ImportedRow, note: Localized): void {
  row.note = row.note ? localized(`${row.note['zh-cn']}；${note['zh-cn']}`, `${row.note.en}; ${note.en}`) : note;
  if (row.status === 'exact') row.status = 'guess';
}

function unknownRow(label: GridRow, table: TableId, withValues: boolean): ImportedRow {
  return { table, item: label.item, source: label.orphan ? ORPHAN_LABEL : label.text, cells: withValues ? label.values.map((v) => v.text) : [], status: 'unknown' };
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
  // Fewer than fifteen: nothing says which of the three rows or five columns is missing.
  if (values.length < 15) { result.rows.push(unplacedRow('table4', undefined, ORPHAN_LABEL, values)); return; }
  const subTable = FORMATS[version].tables.table4.subTables[0];
  subTable.rows.forEach((spec, i) => {
    const cells = values.slice(i * 5, i * 5 + 5);
    if (cells.length === 0) return;
    const row: ImportedRow = { table: 'table4', row: spec, version, source: spec.label, cells: cells.map((v) => v.text), status: 'exact' };
    result.rows.push(row);
  });
  if (values.length > 15) result.rows.push(unplacedRow('table4', undefined, ORPHAN_LABEL, values.slice(15)));
}

import { FORMATS, type FormatVersion, type Localized, type SubTableSpec, type TableId } from '../formats';
import { learnColumns, placeByPosition, trimBlanks, type ColumnModel } from './fit';
import type { ReadLabel, ReadTable } from './reader';
import { exactRow, guessRow, type RowEntry } from './rows';
import type { ImportedRow, TableImport, Token } from './types';

const m = (zh: string, en: string): Localized => ({ 'zh-cn': zh, en });

export const ORPHAN_LABEL = '（导入：未能对应到行的数字）';

/** Map read labels to statutory rows and fit their numbers into the columns. */
export function resolveTable(read: ReadTable, table: TableId, version: FormatVersion): TableImport {
  const result: TableImport = { table, rows: [], captions: read.captions, guesses: [...read.guesses] };
  const resolved = read.labels.map((label) => ({ label, entry: label.orphan ? undefined : exactRow(label.text, table, version) ?? guessRow(label.text, table, version) }));
  const exact = new Set(read.labels.filter((l) => !l.orphan && exactRow(l.text, table, version)));

  // Column positions per sub-table, from the rows that have every number (pdf layout, HTML grid).
  const models = new Map<string, ColumnModel | undefined>();
  const modelOf = (subTable: SubTableSpec) => {
    if (!models.has(subTable.id)) {
      const rows = resolved.filter((r) => r.entry?.subTable === subTable).map((r) => trimBlanks(r.label.values, subTable.columns.length));
      models.set(subTable.id, learnColumns(rows, subTable.columns.length));
    }
    return models.get(subTable.id);
  };

  if (table === 'table4' && !labelledTable4(resolved)) {
    fifteenNumbers(read, version, result);
    for (const { label, entry } of resolved) if (!entry && !label.orphan) result.rows.push(unknownRow(label, table, false));
    return result;
  }

  const seen = new Set<string>();
  for (const { label, entry } of resolved) {
    if (!entry) {
      if (label.group && label.values.every((v) => v.blank)) continue; // a piece of a group label: regenerated
      result.rows.push(unknownRow(label, table, true));
      continue;
    }
    const n = entry.subTable.columns.length;
    if (entry.row.kind === 'group' && label.values.every((v) => v.blank)) continue;
    const key = `${entry.version}/${entry.subTable.id}/${entry.row.id}`;
    const duplicate = seen.has(key);
    seen.add(key);
    const row: ImportedRow = {
      table, row: entry.row, version: entry.version, item: entry.subTable.item, source: label.text, cells: [],
      status: duplicate ? 'duplicate' : exact.has(label) ? 'exact' : 'guess',
    };
    if (row.status === 'guess') row.note = m(`原文“${label.text}”按“${entry.row.label}”识别`, `"${label.text}" read as "${entry.row.label}"`);
    fitCells(row, label.values, n, modelOf(entry.subTable));
    result.rows.push(row);
  }
  return result;
}

function fitCells(row: ImportedRow, values: Token[], n: number, model: ColumnModel | undefined): void {
  const trimmed = trimBlanks(values, n);
  if (trimmed.length >= n || trimmed.length === 0) { row.cells = trimmed.map((v) => v.text); return; }
  const placed = model ? placeByPosition(trimmed, model) : undefined;
  const label = row.row?.label ?? row.source;
  if (placed) {
    row.cells = placed.map((v) => v?.text ?? '');
    appendNote(row, m(`“${label}”只有 ${trimmed.length} 个数字，已按版面位置放入对应列，其余列留空`, `"${label}" has ${trimmed.length} of ${n} numbers; placed by their position, the rest left blank`));
    return;
  }
  row.cells = trimmed.map((v) => v.text);
  appendNote(row, m(`“${label}”只有 ${trimmed.length} 个数字（应为 ${n} 个），已从左依次填入`, `"${label}" has ${trimmed.length} of ${n} numbers, filled from the left`));
}

function appendNote(row: ImportedRow, note: Localized): void {
  row.note = row.note ? m(`${row.note['zh-cn']}；${note['zh-cn']}`, `${row.note.en}; ${note.en}`) : note;
  if (row.status === 'exact') row.status = 'guess';
}

function unknownRow(label: ReadLabel, table: TableId, withValues: boolean): ImportedRow {
  return { table, item: label.item, source: label.orphan ? ORPHAN_LABEL : label.text, cells: withValues ? label.values.map((v) => v.text) : [], status: 'unknown' };
}

/** Table 四 written as three labelled rows of five (as in the language) rather than one line of fifteen. */
function labelledTable4(resolved: Array<{ label: ReadLabel; entry?: RowEntry }>): boolean {
  const rows = resolved.filter((r) => r.entry);
  return rows.length > 0 && rows.every((r) => {
    const values = trimBlanks(r.label.values, 5);
    return values.length === 5 && values.some((v) => !v.blank);
  });
}

/** The statutory layout of table 四: one line of 15 numbers, 复议 · 直接起诉 · 复议后起诉, five each. */
function fifteenNumbers(read: ReadTable, version: FormatVersion, result: TableImport): void {
  const values = [...read.values];
  while (values.length > 0 && values[0].blank) values.shift();
  while (values.length > 15 && values[values.length - 1].blank) values.pop();
  while (values.length > 0 && values.length <= 15 && values[values.length - 1].blank && values.length % 5 !== 0) values.pop();
  if (values.length === 0) return;
  const subTable = FORMATS[version].tables.table4.subTables[0];
  subTable.rows.forEach((spec, i) => {
    const cells = values.slice(i * 5, i * 5 + 5);
    if (cells.length === 0) return;
    const row: ImportedRow = { table: 'table4', row: spec, version, source: spec.label, cells: cells.map((v) => v.text), status: 'exact' };
    if (cells.length < 5) appendNote(row, m(`表四只找到 ${values.length} 个数字（应为 15 个），已从左依次填入`, `table 四 has ${values.length} of 15 numbers, filled from the left`));
    result.rows.push(row);
  });
  if (values.length > 15) {
    result.rows.push({ table: 'table4', source: ORPHAN_LABEL, cells: values.slice(15).map((v) => v.text), status: 'unknown' });
  }
}

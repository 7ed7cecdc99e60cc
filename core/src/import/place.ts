import type { FormatVersion, SubTableSpec, TableId } from '../formats';
import { learnColumns, placeByPosition, trimBlanks, type ColumnModel } from './columns';
import type { GridRow, TableGrid } from './grid';
import { exactRow, guessRow } from './labels';
import { appendNote, columnOf, ORPHAN_LABEL, unknownRow, unplacedRow } from './placed';
import { placeTable4 } from './table4';
import type { ImportedRow, TableImport, Token } from './types';
import { localized } from '../i18n/text';

/**
 * Placement, against core/src/formats: each row of the grid to its statutory row (its label in any
 * spelling, else a guess that is noted), each number to its cell on evidence only — its column
 * header, the statutory order of a complete row, or its position in a real layout (columns.ts) —
 * and table 四 in its own shapes (table4.ts). A number without evidence is never guessed: its row
 * is written as a `%%` comment and reported (placed.ts). Nothing here knows the source kind.
 */
export function placeTable(read: TableGrid, table: TableId, version: FormatVersion): TableImport {
  const result: TableImport = { table, rows: [], captions: read.captions, guesses: [...read.guesses] };
  const exact = new Set<GridRow>();
  const resolved = read.rows.map((label) => {
    if (label.orphan) return { label };
    const entry = exactRow(label.text, table, version);
    if (entry) exact.add(label);
    return { label, entry: entry ?? guessRow(label.text, table, version) };
  });

  // Column positions per sub-table, from the rows that have every number (pdf layout, HTML grid).
  const models = new Map<string, ColumnModel | undefined>();
  const modelOf = (subTable: SubTableSpec) => {
    if (!models.has(subTable.id)) {
      const rows = resolved.filter((r) => r.entry?.subTable === subTable).map((r) => trimBlanks(r.label.values, subTable.columns.length));
      models.set(subTable.id, learnColumns(rows, subTable.columns.length));
    }
    return models.get(subTable.id);
  };

  if (table === 'table4' && placeTable4(read, resolved, version, result)) return result;

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





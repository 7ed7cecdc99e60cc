import type { TableId } from '../formats';
import type { ReportModel, RowNode, SectionNode } from '../model/types';
import type { OffsetEdit } from '../rules/context';
import { appendedCells } from '../syntax/print';
import { displayWidth, toHalfWidth } from '../text/normalize';

/**
 * A number typed into a cell of the preview, as a text edit of the source. The edit is minimal:
 * only the cell's own characters change, plus, where the column was aligned and the new value is
 * wider than its slot, spaces before the same pipe on the other aligned lines of the block, so the
 * column stays aligned. Nothing else in the text changes (the author's spacing, labels, comments).
 */

/** A value cell of a statutory row: table, row id (format data) and 0-based column. */
export interface CellTarget { table: TableId; row: string; column: number }

export type CellEditResult =
  | { ok: true; edits: OffsetEdit[] }
  /** Why the value cannot be written: `unknownCell` (no such written row/column), `badValue` (pipe, line break, comment mark). */
  | { ok: false; reason: 'unknownCell' | 'badValue' };

const PIPE = /[|｜]/;
const TABLES: readonly TableId[] = ['table2', 'table3', 'table4'];

/** The cell's text as it goes into the source: trimmed, full-width digits half-width (IME input). */
export function normalizeCellValue(value: string): string | undefined {
  const text = toHalfWidth(value.trim());
  // A pipe or line break would make new cells or lines; `%%` would start a comment.
  if (/[|｜\r\n\u2028\u2029]/.test(text) || text.includes('%%') || text.length > 64) return undefined;
  return text;
}

export function cellEdit(model: ReportModel, target: CellTarget, value: string): CellEditResult {
  const text = normalizeCellValue(value);
  if (text === undefined) return { ok: false, reason: 'badValue' };
  // The target comes from a webview message: only the three tables are looked up.
  const row = TABLES.includes(target.table) ? model.tables[target.table].rows.get(target.row) : undefined;
  if (!row || row.resolution.status !== 'ok' || target.column < 0 || target.column >= row.resolution.subTable.columns.length) {
    return { ok: false, reason: 'unknownCell' };
  }
  const cell = row.cells[target.column];
  if (!cell) return { ok: true, edits: appendCells(row, target.column, text) };
  if (cell.raw === text) return { ok: true, edits: [] };

  const lineStart = model.index.lineStarts[row.line];
  const lineText = model.text.slice(lineStart, model.index.lineEnd(row.line));
  const slotStart = cell.pipeOffset + 1;
  const nextPipe = lineText.slice(cell.end - lineStart).search(PIPE);
  // The last cell without a closing pipe: nothing after it to keep in place.
  if (nextPipe < 0) {
    if (cell.raw !== '') return { ok: true, edits: [minimal(cell.raw, text, cell.start)] };
    const rest = model.text.slice(slotStart, lineStart + lineText.length);
    return { ok: true, edits: [minimal(rest, ` ${text}`, slotStart)] };
  }
  const slotEnd = cell.end + nextPipe;
  const slot = model.text.slice(slotStart, slotEnd);
  const leading = cell.raw === '' ? (slot.length > 0 ? ' ' : '') : model.text.slice(slotStart, cell.start);
  const pipeIndex = pipeCount(lineText.slice(0, slotEnd - lineStart));
  const pipeColumn = displayWidth(lineText.slice(0, slotEnd - lineStart));
  const aligned = blockLines(model, row).filter((line) => line !== row.line)
    .map((line) => ({ line, pipe: pipeAt(model, line, pipeIndex) }))
    .filter((l) => l.pipe && l.pipe.column === pipeColumn);

  if (aligned.length === 0) {
    // An unaligned table: keep the author's own spacing around the value.
    if (cell.raw !== '') return { ok: true, edits: [minimal(cell.raw, text, cell.start)] };
    return { ok: true, edits: [minimal(slot, ` ${text} `, slotStart)] };
  }
  // Aligned: the pipe stays at its column; a value wider than the slot moves that pipe on every aligned line.
  const room = displayWidth(slot) - displayWidth(leading) - displayWidth(text);
  const grow = Math.max(0, 1 - room);
  const newSlot = leading + text + ' '.repeat(Math.max(1, room));
  const edits = [minimal(slot, newSlot, slotStart)];
  if (grow > 0) for (const { pipe } of aligned) edits.push({ start: pipe!.offset, end: pipe!.offset, newText: ' '.repeat(grow) });
  return { ok: true, edits: edits.filter((e) => e.start !== e.end || e.newText !== '').sort((a, b) => a.start - b.start) };
}

/** Cells the row has not written yet: appended after its last cell, blanks in between. */
function appendCells(row: RowNode, column: number, text: string): OffsetEdit[] {
  const missing = column - row.cells.length;
  return [{ start: row.contentEnd, end: row.contentEnd, newText: appendedCells([...Array.from({ length: missing }, () => ''), text]) }];
}

function pipeCount(text: string): number {
  return (text.match(/[|｜]/g) ?? []).length;
}

/** The `index`-th pipe (0-based) of a line: its offset and display column. */
function pipeAt(model: ReportModel, line: number, index: number): { offset: number; column: number } | undefined {
  const start = model.index.lineStarts[line];
  const text = model.text.slice(start, model.index.lineEnd(line));
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '|' && text[i] !== '｜') continue;
    if (seen++ === index) return { offset: start + i, column: displayWidth(text.slice(0, i)) };
  }
  return undefined;
}

/** The lines of the table block the row belongs to (a caption of 二 starts a new block). */
function blockLines(model: ReportModel, row: RowNode): number[] {
  const section = model.sections.find((s: SectionNode) => s.items.includes(row));
  if (!section) return [row.line];
  const blocks: number[][] = [[]];
  let found = -1;
  for (const item of section.items) {
    if (item.kind === 'caption') blocks.push([]);
    else if (item.kind === 'row' || item.kind === 'columns') {
      blocks[blocks.length - 1].push(item.line);
      if (item === row) found = blocks.length - 1;
    }
  }
  return found < 0 ? [row.line] : blocks[found];
}

function minimal(before: string, after: string, offset: number): OffsetEdit {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start: offset + prefix, end: offset + before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

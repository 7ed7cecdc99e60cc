import type { Cell, ReportModel } from '../model/types';
import type { TextEdit } from '../rules/context';

/** Write `value` into a blank cell (`||`, `|   |`, `/`), keeping the author's spacing around it. */
export function blankEditFor(model: ReportModel, cell: Cell, value: string): TextEdit {
  if (cell.raw !== '') return { start: cell.start, end: cell.end, newText: value };
  const text = model.text.slice(cell.start, cell.end);
  if (text.length === 0) return { start: cell.start, end: cell.end, newText: ` ${value} ` };
  return { start: cell.start, end: cell.end, newText: ` ${value}${' '.repeat(Math.max(1, text.length - 1 - value.length))}` };
}

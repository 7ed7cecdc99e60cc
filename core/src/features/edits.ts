import type { Cell, ReportModel } from '../model/types';
import type { OffsetEdit } from '../rules/context';
import { filledCell } from '../syntax/print';

/** Write `value` into a blank cell (`||`, `|   |`, `/`), keeping the author's spacing around it. */
export function blankEditFor(model: ReportModel, cell: Cell, value: string): OffsetEdit {
  return { start: cell.start, end: cell.end, newText: filledCell(model.text.slice(cell.start, cell.end), value) };
}

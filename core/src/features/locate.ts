import type { ColumnSpec } from '../formats';
import type { BodyItem, Cell, HeaderField, ReportModel, RowNode, SectionNode } from '../model/types';

/** What lies under an offset, as far as the editing features care. */
export type Place =
  | { kind: 'header'; field: HeaderField; onValue: boolean }
  | { kind: 'head' }
  | { kind: 'heading'; section: SectionNode }
  | { kind: 'cell'; section: SectionNode; row: RowNode; cell: Cell; column?: ColumnSpec }
  | { kind: 'rowLabel'; section: SectionNode; row: RowNode }
  | { kind: 'item'; section: SectionNode; item: BodyItem }
  | { kind: 'none'; section?: SectionNode };

export function sectionAt(model: ReportModel, offset: number): SectionNode | undefined {
  let found: SectionNode | undefined;
  for (const section of model.sections) if (section.start <= offset) found = section;
  return found;
}

export function itemAt(section: SectionNode, offset: number): BodyItem | undefined {
  return section.items.find((item) => item.start <= offset && offset <= item.end);
}

export function columnsOf(row: RowNode): ColumnSpec[] | undefined {
  const r = row.resolution;
  return r.status === 'ok' || r.status === 'otherVersion' || r.status === 'wrongTable' ? r.subTable.columns : undefined;
}

/** The cell under an offset: inside its text, or in the padding between its pipes. */
export function cellAt(row: RowNode, offset: number): Cell | undefined {
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const cell = row.cells[i];
    if (offset > cell.pipeOffset && offset <= Math.max(cell.end, cell.pipeOffset + 1)) return cell;
    if (offset >= cell.start && offset <= cell.end) return cell;
  }
  return undefined;
}

export function placeAt(model: ReportModel, offset: number): Place {
  const field = model.header.find((f) => f.start <= offset && offset <= f.end);
  if (field) return { kind: 'header', field, onValue: offset >= field.value.start && field.value.start > field.keySpan.end };
  const section = sectionAt(model, offset);
  if (!section) return { kind: 'head' };
  if (offset <= section.heading.end && offset >= section.heading.start) return { kind: 'heading', section };
  const item = itemAt(section, offset);
  if (!item) return { kind: 'none', section };
  if (item.kind === 'row') {
    const cell = cellAt(item, offset);
    if (cell) return { kind: 'cell', section, row: item, cell, column: columnsOf(item)?.[cell.index] };
    if (offset <= item.label.end || item.cells.length === 0) return { kind: 'rowLabel', section, row: item };
    return { kind: 'item', section, item };
  }
  return { kind: 'item', section, item };
}

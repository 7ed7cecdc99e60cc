import type { ReportModel, Span } from '../model/types';
import { cellAt, itemAt, sectionAt } from './locate';
import type { SelectionRange } from './types';

/** Expand selection: cell → row → caption block → section → document. */
export function selectionRanges(model: ReportModel, offsets: number[]): SelectionRange[] {
  return offsets.map((offset) => {
    const spans: Span[] = [{ start: 0, end: model.text.length }];
    const section = sectionAt(model, offset);
    if (section) {
      spans.push(section);
      const item = itemAt(section, offset);
      if (item) {
        const caption = item.kind === 'row' || item.kind === 'columns' ? item.caption : item.kind === 'caption' ? item : undefined;
        if (caption) {
          const members = section.items.filter((i) => i === caption || ((i.kind === 'row' || i.kind === 'columns') && i.caption === caption));
          spans.push({ start: caption.start, end: members[members.length - 1].end });
        }
        spans.push(item);
        if (item.kind === 'row') {
          const cell = cellAt(item, offset);
          if (cell && cell.end > cell.start) spans.push(cell);
          else if (offset <= item.label.end && item.label.end > item.label.start) spans.push(item.label);
        }
      }
    } else {
      const field = model.header.find((f) => f.start <= offset && offset <= f.end);
      if (field) { spans.push(field); if (offset >= field.value.start && field.value.end > field.value.start) spans.push(field.value); }
    }
    let parent: SelectionRange | undefined;
    let previous: Span | undefined;
    for (const span of spans) {
      if (previous && span.start === previous.start && span.end === previous.end) continue;
      parent = { range: model.index.range(span.start, span.end), parent };
      previous = span;
    }
    return parent!;
  });
}

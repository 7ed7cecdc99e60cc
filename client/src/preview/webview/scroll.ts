/**
 * Source line ↔ preview scroll position, through the data-line of blocks and table rows (the same idea as
 * VS Code's Markdown preview). Lines are fractional: a paragraph is one source line, often wrapped over
 * many screen lines, so line L + f is the fraction f of the way down its element. Between two elements
 * (blank lines, margins) the position is interpolated; an element with line elements inside it (a table
 * and its rows) is interpolated from its top to the next one's.
 */
export interface LineElement { line: number; element: HTMLElement }

export function lineElements(root: ParentNode): LineElement[] {
  const found: LineElement[] = [];
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('.zfxxgk-report > [data-line], .zfxxgk-report tr[data-line]'))) {
    const line = Number(element.dataset.line);
    if (Number.isFinite(line)) found.push({ line, element });
  }
  return found;
}

interface Box { top: number; bottom: number }

function box(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
}

/** An element that holds no other line element: its own box is its source line's. */
function isLeaf(own: Box, next: Box | undefined): boolean {
  return own.bottom > own.top && (next === undefined || next.top >= own.bottom - 1);
}

/** The document offset at which (fractional) `line` starts. */
export function offsetForLine(elements: LineElement[], line: number): number | undefined {
  if (elements.length === 0) return undefined;
  let index = -1;
  for (let i = 0; i < elements.length && elements[i].line <= line; i++) index = i;
  if (index < 0) return box(elements[0].element).top;
  const previous = elements[index];
  const next = elements[index + 1];
  const own = box(previous.element);
  const nextBox = next ? box(next.element) : undefined;
  const into = line - previous.line;
  if (isLeaf(own, nextBox)) {
    if (into < 1 || !next) return own.top + Math.min(into, 1) * (own.bottom - own.top);
    // The lines between this element and the next (blank lines): across the gap between them.
    const gapLines = next.line - previous.line - 1;
    return own.bottom + (gapLines > 0 ? (into - 1) / gapLines : 0) * (nextBox!.top - own.bottom);
  }
  if (!next || next.line === previous.line) return own.top;
  return own.top + (into / (next.line - previous.line)) * (nextBox!.top - own.top);
}

/** The (fractional) source line at document offset `offset`. */
export function lineForOffset(elements: LineElement[], offset: number): number {
  if (elements.length === 0) return 0;
  let index = 0;
  let own = box(elements[0].element);
  if (offset <= own.top) return elements[0].line;
  // The last element that starts at or above the offset (rows come after their table, below its top). A
  // pixel of slack: scroll positions are rounded, an element scrolled to its top may start a fraction below.
  for (let i = 1; i < elements.length; i++) {
    const candidate = box(elements[i].element);
    if (candidate.top > offset + 1) break;
    if (elements[i].line >= elements[index].line) { index = i; own = candidate; }
  }
  const previous = elements[index];
  const next = elements.slice(index + 1).find((e) => e.line > previous.line);
  const nextBox = next ? box(next.element) : undefined;
  if (isLeaf(own, nextBox)) {
    const height = own.bottom - own.top;
    if (offset < own.bottom) return previous.line + Math.min(Math.max(0, offset - own.top) / height, 0.999);
    if (!next || !nextBox) return previous.line + 0.999;
    const gap = nextBox.top - own.bottom;
    const gapLines = next.line - previous.line - 1;
    return previous.line + 1 + (gap > 0 ? Math.min((offset - own.bottom) / gap, 1) : 0) * gapLines;
  }
  if (!next || !nextBox || nextBox.top === own.top) return previous.line;
  return previous.line + Math.min((offset - own.top) / (nextBox.top - own.top), 1) * (next.line - previous.line);
}

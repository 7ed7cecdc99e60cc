/**
 * Source line ↔ preview scroll position, through the data-line of blocks and table rows
 * (the same idea as VS Code's Markdown preview): interpolate between the two nearest elements.
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

function top(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** The document offset at which `line` starts. */
export function offsetForLine(elements: LineElement[], line: number): number | undefined {
  if (elements.length === 0) return undefined;
  let previous: LineElement | undefined;
  let next: LineElement | undefined;
  for (const entry of elements) {
    if (entry.line <= line) previous = entry;
    else { next = entry; break; }
  }
  if (!previous) return top(elements[0].element);
  const start = top(previous.element);
  if (!next || next.line === previous.line) return start;
  const end = top(next.element);
  return start + ((line - previous.line) / (next.line - previous.line)) * (end - start);
}

/** The (fractional) source line at document offset `offset`. */
export function lineForOffset(elements: LineElement[], offset: number): number {
  if (elements.length === 0) return 0;
  let previous = elements[0];
  let previousTop = top(previous.element);
  if (offset <= previousTop) return previous.line;
  for (const entry of elements.slice(1)) {
    const entryTop = top(entry.element);
    if (entryTop > offset && entry.line > previous.line) {
      const fraction = entryTop === previousTop ? 0 : (offset - previousTop) / (entryTop - previousTop);
      return previous.line + fraction * (entry.line - previous.line);
    }
    if (entryTop <= offset) { previous = entry; previousTop = entryTop; }
  }
  return previous.line;
}

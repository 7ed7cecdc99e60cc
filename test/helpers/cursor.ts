/** The one way tests mark a cursor in a text: a marker character (default `‸`) where the cursor stands. */
export const CURSOR = '‸';

export interface Cursor {
  /** The text without the marker. */
  text: string;
  /** UTF-16 offset of the cursor in `text`. */
  offset: number;
  /** The same place as an LSP position (0-based line, UTF-16 character). */
  position: { line: number; character: number };
}

/** Finds and removes the first `marker` in `marked`; a text without one is a mistake in the test. */
export function cursorAt(marked: string, marker = CURSOR): Cursor {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no cursor marker "${marker}" in the text`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { text, offset, position: { line, character: offset - (before.lastIndexOf('\n') + 1) } };
}

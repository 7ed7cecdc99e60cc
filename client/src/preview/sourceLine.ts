/**
 * Editor positions ↔ the fractional source lines that scroll sync exchanges. A report's paragraphs are long
 * lines (often 300+ characters) that the editor wraps over many screen lines: a whole line number would
 * hold the preview at a paragraph's top while the editor scrolls through it, then jump. The fraction says
 * how far into the line the top of the view is; the preview places it between the paragraph's top and the
 * next element's (as VS Code's Markdown preview does). No `vscode` here: plain numbers, tested alone.
 */

/** The fractional line of a position: `character` of a line of `lineLength` characters. */
export function fractionalLine(line: number, character: number, lineLength: number): number {
  if (lineLength <= 0 || character <= 0) return line;
  return line + Math.min(character, lineLength) / (lineLength + 1);
}

/** The position a fractional line falls on, in a line of `lineLength` characters: where to reveal the editor. */
export function positionOfLine(line: number, lineLength: number): { line: number; character: number } {
  const whole = Math.max(0, Math.floor(line));
  const fraction = line - whole;
  return { line: whole, character: Math.max(0, Math.min(lineLength, Math.round(fraction * (lineLength + 1)))) };
}

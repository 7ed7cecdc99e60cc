/**
 * Offsets ↔ 0-based line/character (UTF-16 code units, as LSP counts by default): the one place
 * where the core's offsets become LSP positions and back (the facade, core/src/language, calls it).
 */
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  /** `lineStarts`: `lineStartsOf(text)` when the caller has just computed it (the model has). */
  constructor(readonly text: string, lineStarts?: number[]) {
    this.lineStarts = lineStarts ?? lineStartsOf(text);
  }

  get lineCount(): number { return this.lineStarts.length; }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid; else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    while (end > this.lineStarts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Offset of the first character of each line: after every \r\n, lone \r and lone \n (the lexer's Newline). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Without \r (nearly every file) the line breaks are found by indexOf, not character by character.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

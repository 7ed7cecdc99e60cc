import { joinCellLines, readValue } from './values';
import type { SourceLine, Token } from './types';

/**
 * The lines of a table section as a stream of text and value cells, in reading order. How a line
 * splits is the reader's word (SourceLine.split, SourceLine.cells); nothing here asks for the kind.
 * - Rows with cells (HTML/DOCX grid, Markdown tables): one cell each, with its grid column and header.
 * - Pipe text (`a | 1 | 2 |`, or one cell per line each closed by `|`): the whole section is split
 *   at pipes, so a cell broken over lines stays one cell.
 * - Tab text: one cell per tab.
 * - Other lines: words split at runs of spaces, numbers their own cells; in positioned text
 *   (layout) each with its column.
 */
export function tableCells(lines: SourceLine[], positioned: boolean): Token[] {
  const tokens: Token[] = [];
  if (lines.some((l) => l.split === 'pipe')) {
    pipeTokens(lines, tokens);
    return tokens;
  }
  // Line numbers count non-blank lines only: a page break's blank lines do not part a wrapped label.
  let index = -1;
  lines.forEach((line) => {
    if (line.text.trim() !== '' || line.cells) index++;
    else return;
    if (line.heading !== undefined) { tokens.push({ kind: 'text', text: line.text.trim(), line: index, heading: true }); return; }
    if (line.header && line.cells) { headerTokens(line.cells, index, tokens); return; }
    if (line.cells) { cellTokens(line.cells, index, tokens, line.columns, line.headers); return; }
    if (line.split === 'tab') { cellTokens(line.text.split('\t'), index, tokens); return; }
    if (line.split === 'none') { tokens.push(valueOrText(line.text, index)); return; }
    layoutTokens(line.text, index, tokens, positioned);
  });
  return tokens;
}

function valueOrText(raw: string, line: number, x?: number, end?: number): Token {
  const value = readValue(raw);
  if (value) return { kind: 'value', text: value.text, blank: value.blank, line, x, end };
  return { kind: 'text', text: joinCellLines(raw), line, x, end };
}

/** Cells of one row. Empty cells before the first filled one are merged-cell layout, not values. */
function cellTokens(cells: string[], line: number, tokens: Token[], columns?: number[], headers?: string[]): void {
  let started = false;
  cells.forEach((cell, i) => {
    if (!started && cell.trim() === '') return;
    started = true;
    const end = columns?.[i];
    tokens.push({ ...valueOrText(cell, line, end, end), row: true, column: headers?.[i] });
  });
}

/** A header row's names: context for the rows below, never a row. */
function headerTokens(cells: string[], line: number, tokens: Token[]): void {
  for (const cell of cells) if (cell.trim() !== '') tokens.push({ kind: 'text', text: joinCellLines(cell), line, header: true, row: true });
}

function pipeTokens(lines: SourceLine[], tokens: Token[]): void {
  let cell = '';
  let cellLine = 0;
  lines.forEach((line, index) => {
    const parts = line.text.split(/[|｜]/);
    // A row line (`label | 1 | 2`) after a line without pipes: that line was a cell of its own.
    if (parts.length > 1 && parts[0].trim() !== '' && cell.trim() !== '') {
      tokens.push(valueOrText(cell, cellLine));
      cell = '';
    }
    parts.forEach((part, i) => {
      if (cell.trim() === '') cellLine = index;
      cell += (cell === '' ? '' : '\n') + part;
      // A cell ends at a pipe, or at the end of a `a | b | c` line that has no closing pipe.
      if (i < parts.length - 1 || (parts.length > 1 && part.trim() !== '')) {
        tokens.push(valueOrText(cell, cellLine));
        cell = '';
      }
    });
  });
  if (cell.trim() !== '') tokens.push(valueOrText(cell, cellLine));
}

/**
 * Words of a layout line; neighbouring words one space apart form one text token. Only a real
 * layout (pdftotext) gives positions: in other text a word's offset says nothing about its column.
 */
function layoutTokens(text: string, line: number, tokens: Token[], positioned: boolean): void {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: m.index!, end: m.index! + m[0].length }));
  let pending: { text: string; x: number; end: number } | undefined;
  const flush = () => {
    if (pending) tokens.push(positioned ? { kind: 'text', text: pending.text, line, x: pending.x, end: pending.end } : { kind: 'text', text: pending.text, line });
    pending = undefined;
  };
  for (const word of words) {
    const value = readValue(word.text);
    if (value && !value.blank || (value?.blank && word.text.trim() !== '无')) {
      flush();
      tokens.push(positioned ? { kind: 'value', text: value.text, blank: value.blank, line, x: word.x, end: word.end } : { kind: 'value', text: value.text, blank: value.blank, line });
      continue;
    }
    if (pending && word.x - pending.end <= 1) { pending.text += ' ' + word.text; pending.end = word.end; continue; }
    flush();
    pending = { ...word };
  }
  flush();
}

import { joinCellLines, readValue } from './values';
import type { InputKind, SourceLine, Token } from './types';

/**
 * The lines of a table section as a stream of text and value tokens, in reading order.
 * - HTML/DOCX rows: one token per cell, positioned by grid column.
 * - Pipe text (web copies: `a | 1 | 2 |`, or one cell per line each closed by `|`): the whole
 *   section is split at pipes, so a cell broken over lines stays one cell.
 * - Tab text: one token per cell.
 * - Layout text (pdftotext -layout, space-aligned copies): words split at runs of spaces, each
 *   with its column; numbers are their own tokens.
 */
export function tokenize(lines: SourceLine[], kind: InputKind): Token[] {
  const tokens: Token[] = [];
  const isPipeText = kind === 'text' && lines.some((l) => !l.cells && /[|｜]/.test(l.text));
  if (kind === 'markdown') {
    lines.forEach((line, index) => markdownTokens(line, index, tokens));
    return tokens;
  }
  if (isPipeText) {
    pipeTokens(lines, tokens);
    return tokens;
  }
  // Line numbers count non-blank lines only: a page break's blank lines do not part a wrapped label.
  let index = -1;
  lines.forEach((line) => {
    if (line.text.trim() !== '' || line.cells) index++;
    else return;
    if (line.cells) { cellTokens(line.cells, index, tokens, line.columns); return; }
    if (kind === 'text' && line.text.includes('\t')) { cellTokens(line.text.split('\t'), index, tokens); return; }
    layoutTokens(line.text, index, tokens, kind === 'pdf-text' || kind === 'pdf');
  });
  return tokens;
}

function valueOrText(raw: string, line: number, x?: number, end?: number): Token {
  const value = readValue(raw);
  if (value) return { kind: 'value', text: value.text, blank: value.blank, line, x, end };
  return { kind: 'text', text: joinCellLines(raw), line, x, end };
}

/** Cells of one row. Empty cells before the first filled one are merged-cell layout, not values. */
function cellTokens(cells: string[], line: number, tokens: Token[], columns?: number[]): void {
  let started = false;
  cells.forEach((cell, i) => {
    if (!started && cell.trim() === '') return;
    started = true;
    const end = columns?.[i];
    tokens.push({ ...valueOrText(cell, line, end, end), row: true });
  });
}

/** Markdown: headings and header rows are context tokens; body rows are cells with their column header. */
function markdownTokens(line: SourceLine, index: number, tokens: Token[]): void {
  if (line.heading !== undefined) { if (line.text.trim() !== '') tokens.push({ kind: 'text', text: line.text.trim(), line: index, heading: true }); return; }
  if (line.header && line.cells) {
    line.cells.forEach((cell) => { if (cell.trim() !== '') tokens.push({ kind: 'text', text: joinCellLines(cell), line: index, header: true, row: true }); });
    return;
  }
  if (line.cells) {
    const start = tokens.length;
    cellTokens(line.cells, index, tokens, line.columns);
    // cellTokens skips leading empty cells: count from the end to pair each token with its header.
    const added = tokens.length - start;
    const skipped = line.cells.length - added;
    for (let i = 0; i < added; i++) tokens[start + i].column = line.headers?.[skipped + i];
    return;
  }
  if (line.text.trim() !== '') tokens.push(valueOrText(line.text, index));
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

import { readValue } from './values';
import type { SourceDocument, SourceLine } from './types';

/**
 * Markdown (GFM) reader: headings, prose lines and pipe tables. A table's first row (above its
 * `|---|` line) is its header; so is a row repeated inside that has names and no numbers. Every
 * body cell carries the header text above it, the evidence placement uses for its column.
 */

const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/** Split a GFM table row at unescaped pipes; the outer pipes are optional. */
export function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && line[i + 1] === '|') { cell += '|'; i++; continue; }
    if (c === '|') { cells.push(cell); cell = ''; continue; }
    cell += c;
  }
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map(inline);
}

/** Inline markup that converters add around cell text: bold, italics, code, `<br>`. */
function inline(text: string): string {
  return text.replace(/<br\s*\/?>/gi, ' ').replace(/(\*\*|__)(.*?)\1/g, '$2').replace(/`([^`]*)`/g, '$1').trim();
}

/** A header row: names and no numbers, at least two of them. */
function headerLike(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2 || filled.length * 2 < cells.length) return false;
  return filled.every((c) => readValue(c) === undefined);
}

const key = (cells: string[]) => cells.join('\u0000');

export function readMarkdown(text: string): SourceDocument {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (line.includes('|') && i + 1 < raw.length && DELIMITER.test(raw[i + 1]) && raw[i + 1].includes('-')) {
      i = readTable(raw, i, lines);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) { lines.push({ text: inline(heading[2]), heading: heading[1].length }); continue; }
    lines.push({ text: line.replace(/^[ \t]{0,3}>[ \t]?/, '') });
  }
  return { kind: 'markdown', lines, removed: { pageNumbers: 0, runningHeaders: 0 } };
}

/** Read the table starting at raw[start] (its header row); returns the index of its last line. */
function readTable(raw: string[], start: number, lines: SourceLine[]): number {
  let headers = markdownCells(raw[start]);
  const seen = new Set<string>([key(headers)]);
  lines.push({ text: headers.join(' '), cells: headers, header: true });
  let i = start + 2;
  for (; i < raw.length; i++) {
    const line = raw[i];
    if (line.trim() === '' || !line.includes('|')) break;
    const cells = markdownCells(line);
    if (seen.has(key(cells)) || headerLike(cells)) {
      // A header repeated inside the table, or a new header for the rows below it.
      if (!seen.has(key(cells))) headers = cells;
      seen.add(key(cells));
      lines.push({ text: cells.join(' '), cells, header: true });
      continue;
    }
    lines.push({ text: cells.join(' '), cells, headers: cells.map((_, c) => headers[c] ?? ''), columns: cells.map((_, c) => c + 1) });
  }
  return i - 1;
}

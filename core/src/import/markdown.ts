import { readValue } from './values';
import type { SourceDocument, SourceLine } from './types';

/**
 * Markdown (GFM) reader: headings, prose lines and pipe tables. A table's first row (above its
 * `|---|` line) is its header; so is a row repeated inside that has names and no numbers. Every
 * body cell carries the header text above it, the evidence placement uses for its column.
 */

const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
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
      i = readGrid(raw, i, lines);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) { lines.push({ text: inline(heading[2]), heading: heading[1].length }); continue; }
    // A pipe row with no delimiter line (hand-written or a sloppy converter): GFM would call it a
    // paragraph, but its cells are plain to see. A row of cells with no header evidence.
    if (PIPE_ROW.test(line)) { const cells = markdownCells(line); lines.push({ text: cells.join(' '), cells }); continue; }
    lines.push({ text: line.replace(/^[ \t]{0,3}>[ \t]?/, ''), split: 'none' });
  }
  return { kind: 'markdown', lines, removed: { pageNumbers: 0, runningHeaders: 0 } };
}

/**
 * Read the table starting at raw[start] (its header row); returns the index of its last line.
 * Header rows directly under the header (a two-level header: `| | 未经复议直接起诉 | … |`) add to
 * it, blanks taking the name to their left; a header repeated inside brings its names back.
 * Body cells get no grid column: a converter that dropped a cell leaves no trace of where.
 */
function readGrid(raw: string[], start: number, lines: SourceLine[]): number {
  let headers = fillForward(markdownCells(raw[start]));
  const saved = new Map<string, string[]>([[key(markdownCells(raw[start])), headers]]);
  lines.push({ text: headers.join(' '), cells: markdownCells(raw[start]), header: true });
  let previousHeader = true;
  // The raw rows of the header block being read: once it ends, each brings back the whole block's names.
  let block: string[] = [key(markdownCells(raw[start]))];
  let i = start + 2;
  for (; i < raw.length; i++) {
    const line = raw[i];
    if (line.trim() === '' || !line.includes('|')) break;
    const cells = markdownCells(line);
    const repeated = saved.get(key(cells));
    const continued = previousHeader && !cells.some((c) => { const v = readValue(c); return v !== undefined && !v.blank; })
      && (cells[0] === '' || cells.filter((c) => c !== '').length >= 2);
    if (repeated || continued || headerLike(cells)) {
      if (!previousHeader) block = [];
      if (repeated) headers = repeated;
      else if (continued) headers = combine(headers, fillForward(cells));
      else headers = fillForward(cells);
      block.push(key(cells));
      for (const k of block) saved.set(k, headers);
      lines.push({ text: cells.join(' '), cells, header: true });
      previousHeader = true;
      continue;
    }
    previousHeader = false;
    // A row shorter than its header lost cells somewhere: its headers say nothing about its numbers.
    lines.push({ text: cells.join(' '), cells, headers: cells.length === headers.length ? headers : undefined });
  }
  return i - 1;
}

/** A group header cell spans the blanks to its right (GFM has no colspan). */
function fillForward(cells: string[]): string[] {
  let last = '';
  return cells.map((c, i) => (c !== '' || i === 0 ? (last = c) : last));
}

function combine(above: string[], below: string[]): string[] {
  return Array.from({ length: Math.max(above.length, below.length) }, (_, i) => [above[i] ?? '', below[i] ?? ''].filter((t) => t !== '').join(' '));
}

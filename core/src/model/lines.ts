import type { StageMemo } from '../memo';
import { parseLines, type LineNode, type SyntaxError } from '../syntax/parser';
import { lineStartsOf } from '../text/positions';
import type { BodyItem } from './types';

/**
 * What the parser read on one physical line, offsets relative to the line's start, and the model
 * item last built from it. With a memo (memo.ts, stage 'model.lines') it is kept across analyses,
 * keyed by the line's text with its line break: the grammar is line by line (a line's tokens and
 * its parse depend on its own characters only), so an unchanged line needs neither scanning nor
 * parsing, and its item is reused as is where it has not moved, or shifted (build.ts).
 */
export interface LineRead {
  /** undefined: the empty last line of a text that ends with a line break (the parser gives it no node). */
  kind: LineNode['kind'] | undefined;
  start: number;
  end: number;
  /** Headings and captions: just past the marker. */
  markerEnd: number;
  errors: SyntaxError[] | undefined;
  /**
   * The line's own text (with its line break) when the memo keeps it: items built from it slice
   * this flat copy, not the document, so a kept line does not keep an old version of the whole
   * document alive.
   */
  own: string | undefined;
  /** The model item last built from the line: kept with a memo only (build.ts). */
  built: BuiltItem | undefined;
}

/** A line's model item, where (offset, line number) and in which context it was built. */
export interface BuiltItem {
  item: BodyItem;
  start: number;
  line: number;
  context: string;
  /** The context's declared money unit (column header) the item was read with: column index, or -1. */
  unitColumn: number;
  unit: string;
}

export interface ReadLines {
  /** Offset of the first character of each line (LineIndex's lineStarts). */
  starts: number[];
  reads: LineRead[];
}

/** Split the text into lines and read each: from the memo when its text is known, else by the parser. */
export function readLines(text: string, stage?: StageMemo<LineRead>): ReadLines {
  if (!stage) {
    // One walk of the text: the scan finds the line starts.
    const parsed = parseLines(text);
    const starts = parsed.lineStarts;
    const reads: LineRead[] = new Array<LineRead>(starts.length);
    distribute(text, starts, allLines(starts.length), reads, undefined, parsed);
    return { starts, reads };
  }
  const starts = lineStartsOf(text);
  const count = starts.length;
  const reads: LineRead[] = new Array<LineRead>(count);
  const missed: number[] = [];
  for (let i = 0; i < count; i++) {
    const hit = stage.get(text.slice(starts[i], i + 1 < count ? starts[i + 1] : text.length));
    if (hit) reads[i] = hit; else missed.push(i);
  }
  if (missed.length === count) {
    distribute(text, starts, missed, reads, text);
  } else {
    // The changed lines, parsed together: their texts one after the other (each with its line break).
    let batch = '';
    let offsets: number[] = [];
    let lines: number[] = [];
    for (const i of missed) {
      const line = text.slice(starts[i], i + 1 < count ? starts[i + 1] : text.length);
      // A lone \r before a line that starts with \n would make one \r\n: parse separately.
      if (batch.endsWith('\r') && line.startsWith('\n')) { distribute(batch, offsets, lines, reads, batch); batch = ''; offsets = []; lines = []; }
      offsets.push(batch.length);
      lines.push(i);
      batch += line;
    }
    if (lines.length > 0) distribute(batch, offsets, lines, reads, batch);
  }
  for (const i of missed) stage.set(reads[i].own!, reads[i]);
  return { starts, reads };
}

/**
 * Parse `source` (whole lines: line `lines[j]` starts at `offsets[j]`) and give each line its read
 * (`parsed`: the parse of `source`, when the caller has it).
 * `keep`: the memo keeps the reads, each with a flat copy of its line's text.
 */
function distribute(
  source: string, offsets: number[], lines: number[], reads: LineRead[], keep: string | undefined, parsed = parseLines(source),
): void {
  const { lines: nodes, errors } = parsed;
  let n = 0;
  let e = 0;
  for (let j = 0; j < lines.length; j++) {
    const offset = offsets[j];
    const next = j + 1 < lines.length ? offsets[j + 1] : source.length;
    const node = nodes[n];
    const read = node !== undefined && node.start < next ? (n++, readOf(node, offset)) : readOf(undefined, offset);
    // Errors come in order; the one at the very end of the source (EOF) belongs to the last line.
    while (e < errors.length && (errors[e].start < next || j === lines.length - 1)) {
      const error = errors[e++];
      (read.errors ??= []).push({ ...error, start: error.start - offset, end: error.end - offset });
    }
    if (keep !== undefined) read.own = flatCopy(keep.slice(offset, next));
    reads[lines[j]] = read;
  }
}

function readOf(node: LineNode | undefined, offset: number): LineRead {
  return {
    kind: node?.kind, start: node ? node.start - offset : 0, end: node ? node.end - offset : 0,
    markerEnd: node?.kind === 'section' || node?.kind === 'caption' ? node.markerEnd - offset : 0, errors: undefined, own: undefined,
    built: undefined,
  };
}

/** A copy of `text` in its own buffer: a slice of a string shares (and keeps alive) the whole string. */
function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}

function allLines(count: number): number[] {
  const lines = new Array<number>(count);
  for (let i = 0; i < count; i++) lines[i] = i;
  return lines;
}

import type { PdfItem, PdfLine, PdfPage } from './types';

/** Runs closer than this (fraction of the font size) are one word: CJK text is set without spaces. */
const TIGHT_GAP = 0.1;
/** Runs closer than this are words of one phrase (one space); farther apart they are table columns. */
const WORD_GAP = 0.8;
/** A vertical gap over this many font sizes leaves a blank line (a table row border, a paragraph gap). */
const BLANK_LINE_GAP = 2.2;

/**
 * The pages as layout text, like `pdftotext -layout`: one text line per baseline; runs far apart
 * (table columns) are padded with spaces to a column proportional to their x, so columns line
 * up from line to line; pages are separated by form feeds. CJK characters count as one column,
 * as in pdftotext's output, so a column is half the usual font size: text is never wider in
 * columns than on paper except for narrow Latin glyphs, and columns always keep two spaces apart.
 */
export function layoutText(pages: PdfPage[]): string {
  const items = pages.flatMap((p) => p.lines.flatMap((l) => l.items));
  if (items.length === 0) return '';
  let origin = Infinity;
  for (const item of items) if (item.x >= 0 && item.x < origin) origin = item.x;
  if (!Number.isFinite(origin)) origin = 0;
  const column = columnWidth(items);
  return pages.map((page) => pageText(page.lines, origin, column)).join('\f');
}

/** Half the typical font size, weighted by characters. */
function columnWidth(items: PdfItem[]): number {
  const sizes = items.map((i) => ({ size: i.size, weight: i.text.length })).sort((p, q) => p.size - q.size);
  const total = sizes.reduce((s, i) => s + i.weight, 0);
  let seen = 0;
  for (const s of sizes) {
    seen += s.weight;
    if (seen * 2 >= total) return Math.max(s.size / 2, 1);
  }
  return Math.max(sizes[sizes.length - 1].size / 2, 1);
}

function pageText(lines: PdfLine[], origin: number, column: number): string {
  const out: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    if (previous && line.y - previous.y > BLANK_LINE_GAP * Math.max(line.size, previous.size)) out.push('');
    out.push(lineText(line.items, origin, column));
    previous = line;
  }
  return out.join('\n') + '\n';
}

export function lineText(items: PdfItem[], origin: number, column: number): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const piece = item.text.replace(/[\t\n\r\f\v]/g, ' ');
    const gap = item.x - end;
    const size = item.size;
    if (text === '') text = ' '.repeat(Math.min(Math.max(0, Math.round((item.x - origin) / column)), 1000)) + piece.trimStart();
    else if (gap < TIGHT_GAP * size) text += piece;
    else if (gap < WORD_GAP * size) text += (text.endsWith(' ') || piece.startsWith(' ') ? '' : ' ') + piece;
    else {
      const target = Math.min(Math.round((item.x - origin) / column), text.length + 1000);
      text = trimEnd(text);
      text += ' '.repeat(Math.max(2, target - text.length)) + piece.trimStart();
    }
    end = Math.max(end, item.x + item.width);
  }
  return trimEnd(text);
}

/** Without trailing spaces; linear in what is removed (a regex would rescan the whole line). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

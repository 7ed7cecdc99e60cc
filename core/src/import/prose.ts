import { joinWrapped } from './values';
import type { SourceLine } from './types';

/**
 * Prose lines of a section. Web and Word text: one line per paragraph, as written. Layout text
 * (pdftotext): a paragraph starts at an indented line; the lines it wraps over are rejoined.
 * Lines with wide gaps inside (a two-column layout) are kept as they are.
 */
export function proseLines(lines: SourceLine[], layout: boolean): string[] {
  const texts = lines.map((l) => (l.cells ? l.cells.filter((c) => c.trim() !== '').join(' | ') : l.text)).map((t) => t.replace(/\s+$/, ''));
  if (!layout) return texts.map((t) => t.trim()).filter((t) => t !== '');
  const indents = texts.filter((t) => t.trim() !== '').map((t) => t.length - t.trimStart().length);
  const base = indents.reduce((a, b) => Math.min(a, b), indents.length > 0 ? Infinity : 0); // no spread: 125k lines (issue 14 F6)
  const out: string[] = [];
  let paragraph: string | undefined;
  let joinable = false;
  for (const text of texts) {
    if (text.trim() === '') continue; // page breaks leave blank lines inside paragraphs
    const indent = text.length - text.trimStart().length;
    const body = text.trim();
    const columns = /\S[ \u3000]{4,}\S/.test(body);
    if (paragraph !== undefined && joinable && !columns && indent < base + 2) {
      paragraph = joinWrapped(paragraph, body);
      continue;
    }
    if (paragraph !== undefined) out.push(paragraph);
    paragraph = body;
    joinable = !columns;
  }
  if (paragraph !== undefined) out.push(paragraph);
  return out;
}

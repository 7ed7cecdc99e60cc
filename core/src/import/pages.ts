import type { SourceDocument, SourceLine, InputKind } from './types';

/** Page furniture of converted PDFs and flip-books: `-3-`, `- 3 -`, `第3页 共6页`, `3/6`, `P. 8`. */
const PAGE_NUMBER = /^[ \t\u3000]*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|P\.\s*\d{1,4})[ \t\u3000]*$/i;
/** Flip-book page header: `Page 8 - 某某县审计局2022年政府信息公开工作年度报告`. */
const FLIPBOOK_HEADER = /^[ \t]*Page\s+\d{1,4}\s*[-–—]\s*(.*?)\s*$/i;

/**
 * Split text into lines, dropping page numbers and running headers (lines repeated next to
 * page breaks). Everything else is kept; the counts go into the summary.
 */
export function readPagedText(text: string, kind: InputKind): SourceDocument {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: Array<{ text: string; boundary: boolean }> = [];
  let pageNumbers = 0;
  let runningHeaders = 0;
  let titleHint: string | undefined;
  for (const line of raw) {
    const pieces = line.split('\f');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push({ text: '', boundary: true });
      if (PAGE_NUMBER.test(piece)) { pageNumbers++; lines.push({ text: '', boundary: true }); return; }
      const flipbook = FLIPBOOK_HEADER.exec(piece);
      if (flipbook) { runningHeaders++; titleHint ??= flipbook[1]; lines.push({ text: '', boundary: true }); return; }
      lines.push({ text: piece, boundary: false });
    });
  }
  // Running headers: the same line again and again right next to page breaks.
  const nearBoundary = new Map<string, number>();
  const near = (i: number) => {
    for (let d = -2; d <= 2; d++) if (lines[i + d]?.boundary) return true;
    return false;
  };
  lines.forEach((l, i) => {
    const key = l.text.trim();
    if (key.length >= 6 && !/\d\s+\d/.test(key) && near(i)) nearBoundary.set(key, (nearBoundary.get(key) ?? 0) + 1);
  });
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i].text.trim();
    if ((nearBoundary.get(key) ?? 0) >= 2 && near(i) && !/^[一二三四五六七八九十]+[、.．]/.test(key)) { runningHeaders++; continue; }
    out.push(kind === 'text' ? copiedLine(lines[i].text) : { text: lines[i].text });
  }
  return { kind, lines: out, titleHint, removed: { pageNumbers, runningHeaders }, positioned: kind === 'pdf-text' };
}

/** Text copied from a web page or Word: its table cells are parted by pipes or tabs; spaces are not columns. */
function copiedLine(text: string): SourceLine {
  if (/[|｜]/.test(text)) return { text, split: 'pipe' };
  return text.includes('\t') ? { text, split: 'tab' } : { text };
}

import { decodeReportBytesLossy } from '../text/decode';
import type { InputKind } from './types';

const PDF_PAGE_NUMBER = /^[ \t]*(?:[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?)[ \t]*$/m;

/** A GFM table's delimiter row under its header row: `| --- | :---: |`. */
const MARKDOWN_TABLE = /^[ \t]*\|?[^\n]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t|:-]*$/m;

/** Guess the input kind from its bytes or text. */
export function detectKind(content: string | Uint8Array): InputKind {
  if (typeof content !== 'string') {
    if (content.length >= 5 && new TextDecoder('latin1').decode(content.subarray(0, 5)) === '%PDF-') return 'pdf';
    if (content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04) return 'docx';
    if (content.length >= 5 && String.fromCharCode(...content.subarray(0, 5)) === '%PDF-') return 'pdf';
    return detectKind(decodeText(content.subarray(0, 200000)));
  }
  const head = content.slice(0, 20000);
  if (/<\s*(?:html|body|table|tr|td|p|div)\b[^>]*>/i.test(head) && /<\/\s*(?:table|p|div|td|body)\s*>/i.test(head)) return 'html';
  if (MARKDOWN_TABLE.test(head)) return 'markdown';
  if (content.includes('\f') || PDF_PAGE_NUMBER.test(content)) return 'pdf-text';
  // Layout text: many lines whose words sit far apart, none of them tab or pipe separated.
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return 'text';
  if (lines.some((l) => /[\t|｜]/.test(l))) return 'text';
  const spaced = lines.filter((l) => /\S {3,}\S/.test(l) || /^ {3,}\S/.test(l)).length;
  return spaced / lines.length > 0.2 ? 'pdf-text' : 'text';
}

/** Bytes to text (core/src/text/decode.ts: BOM, UTF-16, UTF-8, GB18030); lossy UTF-8 when undecidable. */
export function decodeText(bytes: Uint8Array): string {
  return decodeReportBytesLossy(bytes);
}

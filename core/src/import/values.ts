import { readCell } from '../model/cells';
import { toHalfWidth } from '../text/normalize';

/** A cell value as import writes it: half-width digits, blank markers as ''. undefined: not a value. */
export function readValue(raw: string): { text: string; blank: boolean } | undefined {
  const trimmed = raw.trim();
  const reading = readCell(trimmed);
  if (reading.kind === 'blank') return { text: '', blank: true };
  if (reading.kind === 'number') return { text: toHalfWidth(trimmed).replace(/\s+/g, ''), blank: false };
  return undefined;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM = /[A-Za-z0-9]/;

/**
 * Join two pieces of one wrapped line. pdftotext puts a space between a digit run and a
 * Chinese character; at a line break that space is lost, so it comes back only there.
 */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  const last = before[before.length - 1];
  const first = after[0];
  const spaced = (ALNUM.test(last) && (ALNUM.test(first) || CJK.test(first))) || (CJK.test(last) && ALNUM.test(first));
  return before + (spaced ? ' ' : '') + after;
}

/** Cell text broken over lines ("本年新\n制作数量"): joined, spaces between Chinese characters dropped. */
export function joinCellLines(text: string): string {
  const parts = text.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
  const joined = parts.reduce((acc, part) => joinWrapped(acc, part), '');
  return joined.replace(/(?<=[\u3400-\u9fff（）])[ \t\u3000]+(?=[\u3400-\u9fff（）])/g, '');
}

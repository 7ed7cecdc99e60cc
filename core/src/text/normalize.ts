/**
 * Character normalisation for what Chinese input methods type: full-width ASCII,
 * ideographic spaces, quote and bracket variants. Used to compare labels and to read
 * numbers; never applied to the author's prose.
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;

/** Full-width ASCII (！…～) to half-width, ideographic and other Unicode spaces to ' '. */
export function toHalfWidth(text: string): string {
  // Copies runs of unchanged characters in one slice: most of a line needs no change.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: number;
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) replacement = code - FULLWIDTH_OFFSET;
    else if (code > 0x20 && code < 0xa0) continue; // printable ASCII: the common case
    else if (isUnicodeSpace(code) && code !== 0x20) replacement = 0x20;
    else continue;
    out += text.slice(runStart, i) + String.fromCharCode(replacement);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

export function isUnicodeSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Characters ignored when two labels are compared: spaces and punctuation of every width. */
const LABEL_NOISE = /[\s\u3000\u00a0\u200b\ufeff()（）[\]【】〔〕「」『』“”‘’"'`´,，、.．。:：;；!！?？·・\-－—–_~～/／\\|｜<>《》〈〉]/g;

/** Leading enumerators of a statutory label: 一、 （一） (一) 1. 1、 1． ① */
const LEADING_ENUMERATOR = /^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;

export function stripEnumerator(text: string): string {
  return text.replace(LEADING_ENUMERATOR, '');
}

/** The comparison key of a label: half-width, no enumerator, no spaces or punctuation. */
export function labelKey(text: string): string {
  return memo(labelKeys, text, computeLabelKey);
}

function computeLabelKey(text: string): string {
  let half = toHalfWidth(text).trim();
  // Strip up to two enumerators: "三、（一）予以公开" is still 予以公开.
  for (let i = 0; i < 2; i++) {
    const stripped = stripEnumerator(half);
    if (stripped === half) break;
    half = stripped;
  }
  return half.replace(LABEL_NOISE, '');
}

/** The comparison key of a whole heading or caption, enumerators kept as text. */
export function headingKey(text: string): string {
  return memo(headingKeys, text, (t) => toHalfWidth(t).replace(LABEL_NOISE, ''));
}

/**
 * Labels and headings repeat on every keystroke and across reports: their keys are
 * memoised. Bounded (cleared when full) and only for label-sized strings, so prose
 * does not fill it.
 */
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 80;
const labelKeys = new Map<string, string>();
const headingKeys = new Map<string, string>();

function memo(cache: Map<string, string>, text: string, compute: (text: string) => string): string {
  if (text.length > MEMO_MAX_LENGTH) return compute(text);
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    key = compute(text);
    cache.set(text, key);
  }
  return key;
}

/**
 * How many characters of `text` certainly survive into its label/heading key (CJK
 * ideographs are never noise and never normalised), counted up to `limit + 1`:
 * a cheap way to rule out prose lines that are far longer than any heading.
 */
export function keyLengthAtLeast(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) count++;
  }
  return count;
}

/** Levenshtein distance, bounded: returns limit+1 as soon as the distance exceeds limit. */
export function editDistance(a: string, b: string, limit = 8): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Display width in terminal/editor columns: CJK and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3040 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd) ||
    code === 0x3000
  );
}

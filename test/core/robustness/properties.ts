import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { analyze, LineIndex, type Analysis } from '../../../core/src';
import { ROOT } from '../../helpers/examples';
import { REPORTS_DIR } from '../../helpers/imported';

/**
 * Shared by the fuzz tests (test/core/robustness/*.test.ts) and the long run (scripts/fuzz.mjs):
 * the inputs worth throwing at every entry point, and the invariants every analysis must keep.
 */

/** Real reports: the bundled examples and the published reports, read in place from ../shared/domain/reports. */
export function realReports(): Array<{ name: string; text: string }> {
  const from = (dir: string, ext: string) => fs.readdirSync(dir).filter((f) => f.endsWith(ext)).sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return [...from(path.join(ROOT, 'examples'), '.zfxxgk'), ...from(REPORTS_DIR, '.txt')];
}

/** Every Unicode space (White_Space plus the zero-width ones editors paste) and BOM. */
export const UNICODE_SPACES = [
  '\u0009', '\u000b', '\u000c', '\u0020', '\u0085', '\u00a0', '\u1680', '\u180e', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
  '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
];

/** The digit 0–9 in every form an author might paste: the script's zero, plus nine. */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7ec, 0x1d7f6];
export const DIGIT_FORMS: string[][] = [
  ...DIGIT_ZEROS.map((zero) => Array.from({ length: 10 }, (_, d) => String.fromCodePoint(zero + d))),
  ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'],
  ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'],
];

/** Characters with a meaning somewhere in the language, plus troublemakers. */
export const PALETTE = [
  '|', '｜', '#', '＃', '# ', '## ', '### ', '%%', '％％', '\n', '\r\n', '\r', ' ', '　', '\t', '0', '7', '42', '-', '−', '.', ',', '，',
  '、', '（', '）', '(', ')', '：', ':', '一、', '（一）', '1.', '①', '第二十条第（一）项', '信息内容', '予以公开', '总计', '万元', '元',
  '件', '无', '/', '标题：', '年度：', '格式：', '2019', '2021', '\u200b', '\ufeff', '\ufffd', '😀', '\ud800', '\udc00', '\u0000',
  '\u202e', 'x', '保留 4 位小数', '1,234', '3.14', '１２',
];

export const paletteString = (maxLength = 40) => fc.array(fc.constantFrom(...PALETTE), { maxLength }).map((a) => a.join(''));

/** One edit of a document: delete a range and insert text, at fractional positions. */
export const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteLength: fc.nat({ max: 60 }),
  insert: fc.oneof({ weight: 3, arbitrary: paletteString(8) }, { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constant('') }),
  duplicate: fc.boolean(),
});

export function applyEdit(text: string, edit: { at: number; deleteLength: number; insert: string; duplicate: boolean }): string {
  const start = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const end = Math.min(text.length, start + edit.deleteLength);
  // A "duplicate" edit copies the deleted range in again: repeated rows, sections, headers.
  const inserted = edit.duplicate ? text.slice(start, end) + text.slice(start, end) + edit.insert : edit.insert;
  return text.slice(0, start) + inserted + text.slice(end);
}

/**
 * A hang detector, not a speed assertion (speed is measured by `npm run bench`): the most CPU time
 * an analysis may take, 2 s plus 10 ms per 1,000 characters (12 s for 1 MB). CPU time of this
 * process, not wall time, so that other work on a busy machine does not count against it.
 */
export const timeLimitMs = (length: number) => 2000 + length / 100;

/** Analyse and check every invariant; throws a descriptive error on the first violation. */
export function checkAnalysis(text: string, locale: 'zh-cn' | 'en' = 'zh-cn'): Analysis {
  const started = process.cpuUsage();
  let analysis: Analysis;
  try {
    analysis = analyze(text, { locale });
  } catch (error) {
    throw new Error(`analyze threw: ${(error as Error)?.stack ?? error}`, { cause: error });
  }
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  if (elapsed > timeLimitMs(text.length)) throw new Error(`analyze took ${elapsed.toFixed(0)} ms of CPU for ${text.length} chars`);
  const index = new LineIndex(text);
  const inDocument = (what: string, span: { start: number; end: number }) => {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      throw new Error(`${what}: span ${span.start}..${span.end} outside 0..${text.length}`);
    }
  };
  const position = (what: string, p: { line: number; character: number }) => {
    if (!(Number.isInteger(p.line) && p.line >= 0 && p.line < index.lineCount)) throw new Error(`${what}: line ${p.line} of ${index.lineCount}`);
    const length = index.lineText(p.line).length;
    if (!(Number.isInteger(p.character) && p.character >= 0 && p.character <= length)) throw new Error(`${what}: character ${p.character} on a line of ${length}`);
  };
  for (const d of analysis.diagnostics) {
    const what = `${d.code} "${d.message}"`;
    if (d.code === 'internal.ruleFailed') throw new Error(`a rule threw: ${d.message}`);
    if (!d.message || d.message.includes('{')) throw new Error(`${what}: message not filled in`);
    inDocument(what, d.span);
    position(`${what} start`, d.range.start);
    position(`${what} end`, d.range.end);
    const [a, b] = [d.range.start, d.range.end];
    if (a.line > b.line || (a.line === b.line && a.character > b.character)) throw new Error(`${what}: range ends before it starts`);
    if (index.offsetAt(a) !== d.span.start || index.offsetAt(b) !== d.span.end) {
      throw new Error(`${what}: range ${JSON.stringify(d.range)} does not match span ${d.span.start}..${d.span.end}`);
    }
    for (const r of d.related) inDocument(`${what} related`, r.span);
    for (const fix of d.data.fixes) for (const edit of fix.edits) inDocument(`${what} fix "${fix.title}"`, edit);
  }
  return analysis;
}

/** Decoding arbitrary bytes the way editors and the CLI do: UTF-8 with U+FFFD replacement. */
export const bytesAsText = fc.uint8Array({ maxLength: 4000 }).map((bytes) => Buffer.from(bytes).toString('utf8'));

/** Nonsense nested as deep as a line-based language can be pushed. */
export const deepNonsense = fc.record({
  depth: fc.integer({ min: 1, max: 3000 }),
  open: fc.constantFrom('（', '(', '【', '《', '#', '＃', '|', '%', '一、', '1.', '第', '“'),
  close: fc.constantFrom('）', ')', '】', '》', '', '|', '项', '”'),
  lines: fc.integer({ min: 1, max: 50 }),
}).map(({ depth, open, close, lines }) => Array.from({ length: lines }, (_, i) => open.repeat(depth - i > 0 ? depth - i : 1) + close.repeat(depth)).join('\n'));

/** Replace each ASCII space or digit of a text with a given form. */
export function withSpaces(text: string, space: string): string { return text.replace(/ /g, space); }
export function withDigits(text: string, digits: string[]): string { return text.replace(/[0-9]/g, (d) => digits[Number(d)]); }

// ── Size, encoding and nesting dimensions (issue 14) ─────────────────────────────────────────

/** Size: a report with one of its lines (a prose line, a table row, a heading) repeated up to `max` times. */
export const scaledReport = (reports: Array<{ name: string; text: string }>, max = 400) => fc.record({
  report: fc.constantFrom(...reports),
  line: fc.double({ min: 0, max: 1, noNaN: true }),
  times: fc.integer({ min: 1, max }),
}).map(({ report, line, times }) => {
  const lines = report.text.split('\n');
  const at = Math.min(lines.length - 1, Math.floor(line * lines.length));
  lines.splice(at, 0, ...Array.from({ length: times }, () => lines[at]));
  return lines.join('\n');
});

/** Encoding: the bytes a report is saved as (UTF-8 with/without BOM, UTF-16 LE/BE with BOM, GB18030). */
export type SavedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export const SAVED_ENCODINGS: SavedEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

export function encodeAs(text: string, encoding: SavedEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8': return new TextEncoder().encode(text);
    case 'utf-8-bom': return new TextEncoder().encode('\ufeff' + text);
    case 'utf-16le': return new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'));
    case 'utf-16be': return new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le').swap16());
    // iconv-lite comes with the toolchain (@vscode/vsce, mammoth); Node's TextEncoder writes UTF-8 only.
    case 'gb18030': return new Uint8Array(iconv.encode(text, 'gb18030'));
  }
}

/** Nesting: author text that tries to become markup (markdown, HTML), nested up to `maxDepth` deep. */
export const MARKUP_OPENERS = ['![', '[', '](', '(', '<b>', '<img src=x onerror=alert(1)>', '**', '_', '`', '> ', '# ', '<!--', '&amp;', 'https://example.invalid/px.png', '\\'];
export const nestedMarkup = (maxDepth = 500) => fc.record({
  depth: fc.integer({ min: 1, max: maxDepth }),
  open: fc.constantFrom(...MARKUP_OPENERS),
  close: fc.constantFrom(']', ')', '</b>', '**', '_', '`', '-->', ''),
}).map(({ depth, open, close }) => `${open.repeat(depth)}行${close.repeat(depth)}`);

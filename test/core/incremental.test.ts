import * as assert from 'assert';
import fc from 'fast-check';
import { AnalysisMemo, analyze, FORMATS, type Analysis } from '../../core/src';
import { realisticReport } from '../helpers/realistic';
import { writeReport } from '../helpers/reportText';
import { PALETTE, realReports } from './robustness/properties';

/**
 * Issue #12's invariant for re-analysis: an analysis that reuses what the previous analyses of
 * the same document kept (core/src/memo.ts) equals a fresh one — the model and every diagnostic,
 * with its message, range, related information and fixes.
 */
function comparable(analysis: Analysis): unknown {
  const { model, diagnostics } = analysis;
  return JSON.parse(JSON.stringify({ model: { ...model, index: undefined }, diagnostics }, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : typeof value === 'bigint' ? String(value) : SPEC_PATHS.get(value) ?? value));
}

/**
 * The statutory spec objects the model points to (format, sections, rows, sub-tables), by where
 * they are in FORMATS: compared by identity, and not written out again for every row (which made
 * the comparison most of the test's time).
 */
const SPEC_PATHS = new Map<unknown, string>();
(function record(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || SPEC_PATHS.has(value)) return;
  SPEC_PATHS.set(value, `spec:${path}`);
  for (const [key, child] of Object.entries(value)) record(child, `${path}.${key}`);
})(FORMATS, 'FORMATS');

/** Applies edits one after another, analysing each text with one memo and without. */
function assertSameAlongEdits(start: string, edits: Array<{ at: number; remove: number; insert: string }>): void {
  const memo = new AnalysisMemo();
  let text = start;
  assert.deepStrictEqual(comparable(analyze(text, { memo })), comparable(analyze(text)));
  for (const edit of edits) {
    const at = Math.min(edit.at, text.length);
    text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
    assert.deepStrictEqual(comparable(analyze(text, { memo })), comparable(analyze(text)), JSON.stringify(edit));
  }
}

/** Analyses each text in turn with one memo, and each fresh; returns the analyses with the memo. */
function assertSameAlongTexts(texts: string[]): Analysis[] {
  const memo = new AnalysisMemo();
  return texts.map((text, i) => {
    const analysis = analyze(text, { memo });
    assert.deepStrictEqual(comparable(analysis), comparable(analyze(text)), `text #${i}`);
    return analysis;
  });
}

const replaceOnce = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

const edit = (maxAt: number) => fc.record({
  at: fc.nat({ max: maxAt }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...PALETTE, '1', '9', '10', '0', ''), fc.string({ maxLength: 6 })),
});

describe('re-analysis with a memo = fresh analysis (issue #12)', () => {
  it('holds along random edits of generated reports (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.array(edit(8000), { minLength: 1, maxLength: 12 }), (seed, edits) => {
      assertSameAlongEdits(writeReport(realisticReport(seed)), edits);
    }), { numRuns: 25 });
  });

  it('holds along the bench\'s edit script: one digit toggled back and forth', () => {
    const text = writeReport(realisticReport(1, '2021'));
    const at = text.indexOf('予以公开 |') + '予以公开 | '.length;
    const edits = Array.from({ length: 6 }, (_, i) => ({ at, remove: 1, insert: i % 2 ? text[at] : String((Number(text[at]) + 1) % 10) }));
    assertSameAlongEdits(text, edits);
  });

  it('holds on every real report and example, edited at random places (property)', () => {
    const reports = realReports();
    assert.ok(reports.length > 0);
    fc.assert(fc.property(fc.constantFrom(...reports), fc.array(edit(20000), { minLength: 1, maxLength: 6 }), ({ text }, edits) => {
      assertSameAlongEdits(text, edits);
    }), { numRuns: 30 });
  });

  it('holds with CRLF and lone CR line breaks, along random edits (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.constantFrom('\r\n', '\r'), fc.array(edit(8000), { minLength: 1, maxLength: 8 }), (seed, newline, edits) => {
      assertSameAlongEdits(writeReport(realisticReport(seed)).replace(/\n/g, newline), edits);
    }), { numRuns: 15 });
    // A lone \r whose next changed line starts with \n: the two must not be read as one \r\n.
    const text = writeReport(realisticReport(3)).replace(/\n/g, '\r');
    const at = text.indexOf('\r# 三、') + 1;
    assertSameAlongTexts([text, `${text.slice(0, at - 1)}\r\n${text.slice(at)}`, `${text.slice(0, at)}\n\n${text.slice(at)}`, text]);
  });

  it('re-reads unchanged rows when what they are read in changes: caption, column header unit, version, section', () => {
    const text = writeReport(realisticReport(1, '2021'));
    const unitYuan = replaceOnce(text, '本年收费金额（单位：万元）', '本年收费金额（单位：元）');
    const otherCaption = replaceOnce(text, '## 第二十条第（六）项', '## 第二十条第（五）项');
    const version2019 = replaceOnce(text, '格式：2021', '格式：2019');
    const noHeader = text.replace(/^(年度|格式)：.*$/gm, '');
    const otherSection = replaceOnce(text, '# 四、政府信息公开行政复议、行政诉讼情况', '# 五、存在的主要问题及改进情况');
    const analyses = assertSameAlongTexts([text, unitYuan, text, otherCaption, text, version2019, text, noHeader, text, otherSection, text]);
    // The edits did change how the unchanged lines below them are read (else this test would prove nothing).
    const fee = (a: Analysis) => a.model.tables.table2.all.find((row) => row.label.text === '行政事业性收费')!;
    assert.deepStrictEqual([fee(analyses[0]).cells[0].money?.unit, fee(analyses[1]).cells[0].money?.unit], ['万元', '元']);
    const penalty = (a: Analysis) => a.model.tables.table2.all.find((row) => row.label.text === '行政处罚')!;
    assert.notStrictEqual(penalty(analyses[3]).caption?.title.text, penalty(analyses[4]).caption?.title.text);
    assert.deepStrictEqual([analyses[5].model.format.version, analyses[6].model.format.version], ['2019', '2021']);
    assert.strictEqual(analyses[9].model.tables.table4.all.length, 0);
  });

  it('holds when lines move, repeat or lose their heading title', () => {
    const text = writeReport(realisticReport(2, '2021'));
    const lines = text.split('\n');
    const row = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    const moved = [...lines.slice(0, 8), lines[row], ...lines.slice(8, row), ...lines.slice(row + 1)].join('\n');
    const repeated = [...lines.slice(0, row), lines[row], lines[row], ...lines.slice(row)].join('\n');
    const untitled = text.replace('# 五、存在的主要问题及改进情况', '# ').replace(/\n$/, '\n# ');
    const analyses = assertSameAlongTexts([text, moved, text, repeated, `x\n${text}`, text, untitled, `${untitled}  `, text]);
    assert.strictEqual(analyses[6].model.syntaxErrors.length, 2);
  });

  it('reuses what an edit did not touch: the items of the other lines are the previous objects', () => {
    const text = writeReport(realisticReport(1, '2021'));
    const at = text.indexOf('（一）予以公开 |') + '（一）予以公开 | '.length;
    const digit = text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
    const longer = `${text.slice(0, at)}1${text.slice(at)}`;
    const memo = new AnalysisMemo();
    const items = (a: Analysis) => a.model.sections.flatMap((s) => s.items);
    const before = items(analyze(text, { memo }));
    const afterDigit = items(analyze(digit, { memo }));
    const afterLonger = items(analyze(longer, { memo }));
    const edited = before.findIndex((item) => item.start <= at && at <= item.end);
    assert.ok(edited > 0);
    // Lines written twice (the same column header under two captions) share one memo entry: their items are copies.
    const lines = text.split('\n');
    const unique = before.map((item) => lines.filter((line) => line === lines[item.line]).length === 1);
    assert.ok(unique.filter(Boolean).length > 50);
    // Same length: every other item is the same object; one character more: the items above are, the ones below are shifted copies.
    assert.deepStrictEqual(afterDigit.map((item, i) => unique[i] && item === before[i]), before.map((_, i) => unique[i] && i !== edited));
    assert.deepStrictEqual(afterLonger.map((item, i) => unique[i] && item === afterDigit[i]), before.map((_, i) => unique[i] && i < edited));
    assert.ok(afterLonger.slice(edited + 1).every((item, i) => item.start === afterDigit[edited + 1 + i].start + 1));
  });

  it('keeps the memo the size of the document: entries the latest analysis did not use are dropped', () => {
    const memo = new AnalysisMemo();
    const stage = memo.stage<number>('test');
    stage.set('a', 1);
    memo.sweep();
    assert.strictEqual(stage.get('a'), 1);
    memo.sweep();
    stage.set('b', 2);
    memo.sweep();
    memo.sweep();
    assert.strictEqual(stage.get('a'), undefined);
    assert.strictEqual(stage.get('b'), undefined);
    assert.strictEqual(stage.size, 0);
  });
});

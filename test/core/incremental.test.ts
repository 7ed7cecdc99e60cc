import * as assert from 'assert';
import fc from 'fast-check';
import { AnalysisMemo, analyze, type Analysis } from '../../core/src';
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
    value instanceof Map ? [...value.entries()] : typeof value === 'bigint' ? String(value) : value));
}

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

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, createLanguageService } from '../../../core/src';
import type { ReportModel } from '../../../core/src/model/types';
import { relatedNumbers, type RelatedSpan } from '../../../core/src/features/related';
import { proseClaims } from '../../../core/src/features/proseClaims';
import { example, QINGSHI, replaceLine, replaceNth, SEED, withCell } from '../../helpers/examples';
import { realisticReport } from '../../helpers/realistic';
import { writeReport } from '../../helpers/reportText';
import { applyEdit, editArbitrary, realReports } from '../robustness/properties';

const service = createLanguageService();
const qingshi = example(QINGSHI);
const BAILU_2024 = example('bailu/2024-bailu-shi.zfxxgk');

/** The related numbers at `needle` + `delta`, as `role line text` (line 0-based), in document order. */
function related(text: string, needle: string, delta: number): string[] {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `not in the text: ${needle}`);
  return show(text, relatedNumbers(analyze(text).model, at + delta));
}

function show(text: string, spans: RelatedSpan[]): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return spans.map((s) => `${s.role} ${lineOf(s.start)} ${text.slice(s.start, s.end)}`);
}

const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('related numbers (document highlights, definition, references)', () => {
  it('on a row total: the cells it sums, the totals it feeds, and the prose count of it', () => {
    const newRow = lineOf(qingshi, '一、本年新收');
    const prose = lineOf(qingshi, '（二）依申请公开情况');
    assert.deepStrictEqual(related(qingshi, '| 2548', 3), [
      `claim ${prose} 受理政府信息公开申请 2548 件`,
      ...['2456', '40', '0', '0', '46', '6'].map((n) => `part ${newRow} ${n}`),
      `here ${newRow} 2548`,
      // 一 + 二 − （七） = 四 (the balance): the new requests feed the carried-over total.
      `total ${lineOf(qingshi, '四、结转下年度')} 45`,
    ]);
  });

  it('on an ordinary cell: the totals of its row and column; no prose about it', () => {
    assert.deepStrictEqual(related(qingshi, '（一）予以公开 | 1075', 10), [
      `here ${lineOf(qingshi, '（一）予以公开')} 1075`,
      `total ${lineOf(qingshi, '（一）予以公开')} 1134`,
      `total ${lineOf(qingshi, '（七）总计')} 2452`,
    ]);
  });

  it('on a count in the prose of section 一: the table cells it is compared with, group rows by their items', () => {
    const prose = lineOf(qingshi, '（二）依申请公开情况');
    assert.deepStrictEqual(related(qingshi, '行政复议 261 件', 6), [`here ${prose} 行政复议 261 件`, `part ${lineOf(qingshi, '行政复议')} 261`]);
    // 结果维持 after 行政诉讼 counts both suit rows.
    const suits = related(qingshi, '结果维持 26 件', 5);
    assert.deepStrictEqual(suits.map((s) => s.split(' ')[0]), ['here', 'part', 'part']);
    assert.deepStrictEqual(suits.slice(1).map((s) => Number(s.split(' ')[1])), [lineOf(qingshi, '未经复议直接起诉'), lineOf(qingshi, '复议后起诉')]);
    // 不予公开 is a group row: its eight items' totals.
    const refused = replaceNth(qingshi, '全年共受理政府信息公开申请 2548 件，', '全年共受理政府信息公开申请 2548 件，不予公开 12 件，');
    const parts = related(refused, '不予公开 12 件', 2).filter((s) => s.startsWith('part'));
    assert.strictEqual(parts.length, 8);
  });

  it('a prose count the rule stands down on (another scope) is connected to nothing, either way', () => {
    assert.deepStrictEqual(related(BAILU_2024, '行政复议案件118件', 3), []);
    const review = relatedNumbers(analyze(BAILU_2024).model, BAILU_2024.indexOf('行政复议 |') + '行政复议 |'.length + 1);
    assert.ok(!show(BAILU_2024, review).some((s) => s.includes('118')), show(BAILU_2024, review).join('\n'));
  });

  it('a prose count the rule could not compare (a cell it needs blank, unreadable or its row not written) is connected to nothing', () => {
    const noSuits = replaceLine(qingshi, '复议后起诉', '');
    assert.deepStrictEqual(related(noSuits, '行政诉讼 54 件', 2), []);
    const direct = '未经复议直接起诉 | 17 | 3  | 11  | 4  | 35';
    assert.ok(!related(noSuits, direct, direct.length - 1).some((s) => s.startsWith('claim')));
    const analysis = analyze(noSuits);
    assert.deepStrictEqual(service.definition(analysis, 'u', analysis.model.index.positionAt(noSuits.indexOf('行政诉讼 54 件') + 2)), []);
    for (const value of ['', '25x8']) {
      const text = withCell(qingshi, '一、本年新收', 6, value);
      assert.deepStrictEqual(related(text, '申请 2548 件', 2), [], `total ${JSON.stringify(value)}`);
    }
  });

  it('a group row with nothing written is not checked against its items, so not connected to them', () => {
    const groupBlank = replaceLine(qingshi, '（三）不予公开', '（三）不予公开 | | | | | | |');
    assert.ok(!related(groupBlank, '1.属于国家秘密 | 3', 10).some((s) => s.startsWith(`total ${lineOf(qingshi, '（三）不予公开')} `)));
    const groupWritten = replaceLine(qingshi, '（三）不予公开', '（三）不予公开 | 71 | 3 | 0 | 0 | 0 | 0 | 74');
    assert.ok(related(groupWritten, '1.属于国家秘密 | 3', 10).includes(`total ${lineOf(qingshi, '（三）不予公开')} 71`));
  });

  it('a blank cell is its pipe; a row that is not written is left out; labels, headings and plain prose have none', () => {
    const blank = withCell(qingshi, '（一）予以公开', 0, '');
    const mine = related(blank, '（一）予以公开 |', '（一）予以公开 |'.length);
    assert.strictEqual(mine[0], `here ${lineOf(qingshi, '（一）予以公开')} |`);
    const noGranted = replaceLine(qingshi, '（一）予以公开', '');
    const total = related(noGranted, '（七）总计 | 2452', 8);
    assert.ok(total.length > 1 && !total.some((s) => s.includes('1075')), total.join('\n'));
    assert.deepStrictEqual(related(qingshi, '（一）予以公开', 2), []);
    assert.deepStrictEqual(related(qingshi, '# 三、', 3), []);
    assert.deepStrictEqual(related(qingshi, '坚持“谁起草、谁审查”', 2), []);
  });

  it('a row written twice: its first occurrence is the one connected (the checks read it), the second is not', () => {
    const row = qingshi.split('\n')[lineOf(qingshi, '（一）予以公开')];
    const twice = qingshi.replace(`${row}\n`, `${row}\n${row}\n`);
    const second = twice.indexOf(row, twice.indexOf(row) + 1);
    assert.deepStrictEqual(relatedNumbers(analyze(twice).model, second + row.indexOf('1075') + 1), []);
    assert.ok(related(twice, '（一）予以公开 | 1075', 10).length === 3);
    assert.ok(!related(twice, '（七）总计 | 2452', 8).some((s) => s.startsWith(`part ${lineOf(qingshi, '（一）予以公开') + 1} `)));
  });

  it('over LSP types: kinds Text / Read / Write; definition from prose to cells; references from a cell to prose', () => {
    const analysis = analyze(qingshi);
    const at = (needle: string, delta: number) => analysis.model.index.positionAt(qingshi.indexOf(needle) + delta);
    const kinds = service.documentHighlights(analysis, at('| 2548', 3)).map((h) => h.kind);
    assert.deepStrictEqual(kinds, [1, 2, 2, 2, 2, 2, 2, 1, 3]);
    const table = lineOf(qingshi, '行政复议');
    const cells = service.definition(analysis, 'file:///r.zfxxgk', at('行政复议 261 件', 6));
    assert.deepStrictEqual(cells.map((l) => [l.uri, l.range.start.line]), [['file:///r.zfxxgk', table]]);
    assert.deepStrictEqual(service.definition(analysis, 'file:///r.zfxxgk', at('| 261', 3)), [], 'a cell has no definition');
    const prose = lineOf(qingshi, '（二）依申请公开情况');
    assert.deepStrictEqual(service.references(analysis, 'u', at('| 261', 3), false).map((l) => l.range.start.line), [prose]);
    assert.deepStrictEqual(service.references(analysis, 'u', at('| 261', 3), true).map((l) => l.range.start.line), [prose, table]);
    assert.deepStrictEqual(service.references(analysis, 'u', at('行政复议 261 件', 6), true), [], 'prose has no references');
  });

  it('property: ranges valid and distinct, one "here", and every relation seen from both ends', () => {
    // Clean reports (examples in both formats, one with CRLF line breaks, generated ones) and damaged ones: real reports and examples under random edits
    // (rows and sections duplicated, cells cut, characters of the language inserted).
    const clean = [qingshi, qingshi.replace(/\n/g, '\r\n'), example(SEED), BAILU_2024, ...[1, 2, 3, 4, 5, 6].map((seed) => writeReport(realisticReport(seed)))].map((text) => analyze(text).model);
    const damaged = fc.tuple(fc.constantFrom(...realReports()), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }))
      .map(([report, edits]) => analyze(edits.reduce(applyEdit, report.text)).model);
    const model = fc.oneof(fc.constantFrom(...clean), damaged);
    fc.assert(fc.property(model, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (model, wheres) => {
      for (const where of wheres) holds(model, Math.floor(where * (model.text.length + 1)));
    }), { numRuns: 300 });

    function holds(model: ReportModel, offset: number): void {
      const spans = relatedNumbers(model, offset);
      if (spans.length === 0) return;
      assert.strictEqual(spans.filter((s) => s.role === 'here').length, 1);
      const here = spans.find((s) => s.role === 'here')!;
      assert.strictEqual(model.index.positionAt(here.start).line, model.index.positionAt(offset).line, 'the number under the cursor is on its line');
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i];
        assert.ok(s.start >= 0 && s.end > s.start && s.end <= model.text.length, `range ${s.start}-${s.end}`);
        if (i > 0) assert.ok(spans[i - 1].end <= s.start, 'sorted, not overlapping');
      }
      // A prose count is connected only where the rule compared it with the tables.
      const claims = proseClaims(model);
      for (const s of spans.filter((r) => r.role === 'claim' || (r.role === 'here' && claims.some((c) => c.span.start === r.start)))) {
        const claim = claims.find((c) => c.span.start === s.start);
        assert.ok(claim && (claim.status === 'agrees' || claim.status === 'differs'), `connected claim at ${s.start}: ${claim?.status}`);
      }
      // Seen from the other end: a part sees this as its total (or, for prose, as its claim), and so on.
      const mirror: Record<string, string[]> = { part: ['total', 'claim'], total: ['part'], claim: ['part'] };
      for (const s of spans) {
        if (s.role === 'here') continue;
        const back = relatedNumbers(model, s.start).find((r) => r.start === here.start);
        assert.ok(back && mirror[s.role].includes(back.role), `${s.role} at ${s.start} does not see ${here.start} back`);
      }
    }
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { AnalysisMemo, analyze, buildModel, extractClaims, type Analysis, type OtherReport } from '../../../core/src';
import { example, QINGSHI, replaceNth, withCell } from '../../helpers/examples';
import { realisticReport } from '../../helpers/realistic';
import { writeReport } from '../../helpers/reportText';

/**
 * The rules' share of issue #12's invariant: what the rules keep in the memo (the claims of each prose
 * line, stage `rules.claims`, keyed by the line's text) never changes a result. Each case edits what a
 * kept result depends on — the line itself, the table cell a claim cites, the report's year, the agency —
 * and asserts the memo's analysis equals a fresh one, and that the expected diagnostic is there.
 */
function comparable(analysis: Analysis): unknown {
  return JSON.parse(JSON.stringify(analysis.diagnostics));
}

const QINGSHI_TEXT = example(QINGSHI);
const SENTENCE = '全年共受理政府信息公开申请 2548 件，';
const mismatches = (analysis: Analysis) => analysis.diagnostics.filter((d) => d.code === 'text.tableMismatch');

/** Analyses each text in turn with one memo and without; returns the memo's analyses. */
function alongEdits(texts: string[], previous?: OtherReport): Analysis[] {
  const memo = new AnalysisMemo();
  return texts.map((text, i) => {
    const withMemo = analyze(text, { memo, previous });
    assert.deepStrictEqual(comparable(withMemo), comparable(analyze(text, { previous })), `text #${i}`);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(extractClaims(withMemo.model, memo))), JSON.parse(JSON.stringify(extractClaims(withMemo.model))));
    return withMemo;
  });
}

describe('rules with a memo = rules without (issue #12)', () => {
  it('prose edited to add a claim that disagrees, then to remove it', () => {
    const added = replaceNth(QINGSHI_TEXT, SENTENCE, `${SENTENCE}其中予以公开 1 件，`);
    const [before, during, after] = alongEdits([QINGSHI_TEXT, added, QINGSHI_TEXT]);
    assert.deepStrictEqual(mismatches(before), []);
    assert.deepStrictEqual(mismatches(during).map((d) => d.data.stated), [1]);
    assert.deepStrictEqual(mismatches(after), []);
  });

  it('a table number a claim cites is edited: the kept line is compared with the new table', () => {
    const edited = withCell(QINGSHI_TEXT, '一、本年新收', 6, '2549');
    const [, during, after] = alongEdits([QINGSHI_TEXT, edited, QINGSHI_TEXT]);
    assert.deepStrictEqual(mismatches(during).map((d) => [d.data.stated, d.data.tableValue]), [[2548, 2549]]);
    assert.deepStrictEqual(mismatches(after), []);
  });

  it('the kept claims of an unchanged line are reused, not recomputed, after an edit elsewhere', () => {
    const memo = new AnalysisMemo();
    const line = QINGSHI_TEXT.split('\n').find((l) => l.includes(SENTENCE))!;
    analyze(QINGSHI_TEXT, { memo });
    const kept = memo.stage('rules.claims').get(line);
    assert.ok(kept, 'the line\'s claims are in the memo');
    analyze(withCell(QINGSHI_TEXT, '一、本年新收', 6, '2549'), { memo });
    assert.strictEqual(memo.stage('rules.claims').get(line), kept);
  });

  it('the report\'s year is edited: a claim about "2023年" stands down in 2024 and is compared in 2023', () => {
    const text = replaceNth(QINGSHI_TEXT, SENTENCE, '2023年受理政府信息公开申请 2500 件，');
    const in2023 = text.replace('年度：2024', '年度：2023');
    const [a, b, c] = alongEdits([text, in2023, text]);
    assert.deepStrictEqual(mismatches(a), []);
    assert.deepStrictEqual(mismatches(b).map((d) => [d.data.stated, d.data.tableValue]), [[2500, 2548]]);
    assert.deepStrictEqual(mismatches(c), []);
  });

  it('the agency is edited: "全市" is a government\'s own scope, another body\'s claim about it stands down', () => {
    const text = replaceNth(QINGSHI_TEXT, SENTENCE, '全市共受理政府信息公开申请 2500 件，');
    const bureau = text.replace('机关：青石市人民政府', '机关：青石市审计局');
    const [a, b, c] = alongEdits([text, bureau, text]);
    assert.deepStrictEqual(mismatches(a).map((d) => d.data.stated), [2500]);
    assert.deepStrictEqual(mismatches(b), []);
    assert.deepStrictEqual(mismatches(c).map((d) => d.data.stated), [2500]);
  });

  it('cross-year: last year\'s report given, this year\'s carried-in cell and prose edited', () => {
    // Last year carried over what this year carried in (41 natural persons, 41 in all).
    const lastYear = withCell(withCell(QINGSHI_TEXT.replace('年度：2024', '年度：2023'), '四、结转下年度', 0, '41'), '四、结转下年度', 6, '41');
    const previous = { uri: 'file:///ws/2023.zfxxgk', model: buildModel(lastYear) };
    const carried = withCell(QINGSHI_TEXT, '二、上年结转', 0, '40');
    const analyses = alongEdits([QINGSHI_TEXT, carried, replaceNth(carried, SENTENCE, '全年共受理政府信息公开申请 1 件，'), QINGSHI_TEXT], previous);
    assert.ok(!analyses[0].diagnostics.some((d) => d.code === 'crossYear.carryOver'));
    assert.ok(analyses[1].diagnostics.some((d) => d.code === 'crossYear.carryOver'));
    assert.ok(!analyses[3].diagnostics.some((d) => d.code === 'crossYear.carryOver'));
  });

  it('holds along random edits of section 一\'s prose, with words the claims rule reads (property)', () => {
    const words = ['受理', '收到', '行政复议', '行政诉讼', '维持', '纠正', '结转', ' 12 件', '3宗', '1,234 件', '，', '。', '、', '全市', '2023年', '不含', '左右', '及', '１２件', '\n'];
    const reports = [QINGSHI_TEXT, writeReport(realisticReport(3)), writeReport(realisticReport(8, '2019'))];
    fc.assert(fc.property(fc.constantFrom(...reports), fc.array(fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 6 }),
      insert: fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join('')),
    }), { minLength: 1, maxLength: 8 }), (start, edits) => {
      // Edits land in section 一 (between its heading and section 二's).
      const texts = [start];
      let text = start;
      for (const edit of edits) {
        const from = text.indexOf('\n', text.indexOf('# 一、')) + 1;
        const to = text.indexOf('# 二、');
        const at = from + Math.floor(edit.at * (to - from));
        text = text.slice(0, at) + edit.insert + text.slice(Math.max(at, Math.min(to - 1, at + edit.remove)));
        texts.push(text);
      }
      alongEdits(texts);
    }), { numRuns: 40 });
  });
});

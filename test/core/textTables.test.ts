import * as assert from 'assert';
import { analyze, buildModel, extractClaims } from '../../core/src';
import { example, QINGSHI, replaceNth } from '../helpers/examples';

const BAILU_2024 = example('bailu/2024-bailu-shi.zfxxgk');
const qingshi = example(QINGSHI);

/** The claims of section 一 as `metric quote status`. */
const claims = (text: string) => extractClaims(buildModel(text)).map((c) => `${c.metric} ${c.quote} ${c.status}`);
const mismatches = (text: string) => analyze(text).diagnostics.filter((d) => d.code === 'text.tableMismatch');

/** 青石市 2024 with one sentence of section 一 replaced. */
const withSentence = (sentence: string, agency = '青石市人民政府') =>
  replaceNth(qingshi, '全年共受理政府信息公开申请 2548 件，', sentence).replace('机关：青石市人民政府', `机关：${agency}`);

describe('text versus tables (section 一 prose)', () => {
  it('青石市 2024: every number the prose quotes is read, compared, and agrees (silent)', () => {
    assert.deepStrictEqual(claims(qingshi), [
      'new 受理政府信息公开申请 2548 件 agrees', 'answered 答复 2544 件 agrees', 'carriedIn 上年度结转申请 41 件 agrees',
      'carriedOver 45 件顺延到下年度 agrees', 'review 行政复议 261 件 agrees', 'upheld 结果维持 58 件 agrees',
      'corrected 结果纠正 41 件 agrees', 'otherResult 其他结果 133 件 agrees', 'pending 尚未审结 29 件 agrees',
      'litigation 行政诉讼 54 件 agrees', 'upheld 结果维持 26 件 agrees', 'corrected 结果纠正 5 件 agrees',
      'otherResult 其他结果 14 件 agrees', 'pending 尚未审结 9 件 agrees',
    ]);
    assert.deepStrictEqual(mismatches(qingshi), []);
  });

  it('a number that disagrees: information on the words, the table cell related, a fix to the table\'s value', () => {
    const text = replaceNth(qingshi, '受理政府信息公开申请 2548 件', '受理政府信息公开申请 2549 件');
    const [d] = mismatches(text);
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(text.slice(d.span.start, d.span.end), '受理政府信息公开申请 2549 件');
    assert.strictEqual(d.message, '正文写“受理政府信息公开申请 2549 件”，但表三（收到和处理政府信息公开申请情况）中“一、本年新收政府信息公开申请数量 · 总计”为 2548。');
    assert.match(text.split('\n')[d.related[0].range.start.line], /^一、本年新收/);
    assert.deepStrictEqual(d.data.fixes[0].edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['2549', '2548']]);
  });

  it('行政诉讼 counts both kinds of suit: the message shows the sum', () => {
    const [d] = mismatches(replaceNth(qingshi, '政府信息公开行政诉讼 54 件', '政府信息公开行政诉讼 53 件'));
    assert.match(d.message, /“未经复议直接起诉 · 总计” \+ “复议后起诉 · 总计”为 35 \+ 19 = 54/);
  });

  it('results after 行政复议 belong to it; after 行政诉讼, to the suits', () => {
    const [d] = mismatches(replaceNth(qingshi, '结果纠正 41 件', '结果纠正 14 件'));
    assert.match(d.message, /“行政复议 · 结果纠正”为 41/);
  });

  it('予以公开及部分公开 is one number for two rows (上海 2019: 258 vs 272 + 3)', () => {
    const [d] = mismatches(withSentence('2024 年，予以公开及部分公开 1800 件，'));
    assert.match(d.message, /“（一）予以公开 · 总计” \+ “（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 总计”为 1134 \+ 367 = 1501/);
  });

  it('白鹭 2024: "备案 … 行政复议案件118件，行政诉讼案件49件" counts another scope (table: 152, 70) and stands down', () => {
    const found = claims(BAILU_2024);
    assert.ok(found.includes('review 行政复议案件118件 standDown'));
    assert.ok(found.includes('litigation 行政诉讼案件49件 standDown'));
    assert.ok(found.includes('granted 予以公开1317件 agrees'), 'the same paragraph\'s own numbers are compared');
    assert.deepStrictEqual(mismatches(BAILU_2024), []);
  });

  describe('stands down on what may count another scope', () => {
    const silent: Array<[string, string, string?]> = [
      ['a comparison with last year', '2024 年，受理政府信息公开申请同比增加 300 件，'],
      ['a delta in its own clause', '2024 年，与上年相比受理申请减少 20 件，'],
      ['last year\'s number', '2024 年，上年受理政府信息公开申请 2900 件，'],
      ['another year', '2024 年，2023 年受理政府信息公开申请 2900 件，'],
      ['a sub-total of one body (其中市本级)', '2024 年，其中市本级受理政府信息公开申请 300 件，'],
      ['a county of the city', '2024 年，清江浦区受理政府信息公开申请 300 件，'],
      ['an approximate number', '2024 年，受理政府信息公开申请 3000 件左右，'],
      ['备案', '2024 年，全市备案受理政府信息公开申请 2000 件，'],
      ['办理', '2024 年，办理政府信息公开申请 3200 件，'],
      ['a list of categories sharing one number', '2024 年，予以公开、部分公开共 1800 件，'],
      ['全市 in a department\'s report', '2024 年，全市共受理政府信息公开申请 9000 件，', '青石市民政局'],
      ['a province-wide number', '2024 年，全省共受理政府信息公开申请 90000 件，'],
    ];
    for (const [why, sentence, agency] of silent) {
      it(why, () => assert.deepStrictEqual(mismatches(withSentence(sentence, agency)).map((d) => d.message), []));
    }
  });

  it('a 人民政府 report\'s 全市 is its own scope: compared', () => {
    assert.strictEqual(mismatches(withSentence('2024 年，全市共受理政府信息公开申请 3000 件，')).length, 1);
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { buildModel, extractClaims, toHalfWidth } from '../../../core/src';
import { example, QINGSHI } from '../../helpers/examples';
import { UNICODE_SPACES } from '../robustness/properties';

/**
 * The claims rule reads a prose line as written, never a half-width copy of it (issue #12): every pattern takes
 * both widths where toHalfWidth would make them one. So a line's claims are those of its half-width copy, at the
 * same offsets; only the quote keeps the author's characters.
 */
describe('claims: a line as written reads like its half-width copy', () => {
  const qingshi = example(QINGSHI);
  const heading = '# 一、总体情况\n';
  const at = qingshi.indexOf(heading) + heading.length;
  const claimsOf = (line: string) => extractClaims(buildModel(`${qingshi.slice(0, at)}${line}\n${qingshi.slice(at)}`))
    .map((claim) => ({ ...claim, quote: undefined, table: claim.table && { ...claim.table, cells: claim.table.cells.map((c) => c.label) } }));

  it('same claims, offsets, values and reasons (property)', () => {
    const words = [
      '受理', '收到申请', '上年结转', '结转下年度', '顺延至下年度', '予以公开', '、', '部分公开', '行政复议', '行政诉讼', '维持', '纠正', '其他结果',
      '尚未审结', '作其他处理', '（含', '(含', '）', ')', '共', '：', ':', '件', '宗', '年', '2024', '２０２３', '较上年', '其中本县', '全市', '左右',
      '，', ',', '。', '；', '！', '?', '．', '.', '1', '2', '5', '４', '５', '０', '٣', '1,234', '1，234', '１,２３４', '３，456', '受理１２', '\u200b',
      ...UNICODE_SPACES,
    ];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 24 }).map((a) => a.join('')), (line) => {
      if (/[\r\n]/.test(line)) return;
      assert.deepStrictEqual(claimsOf(line), claimsOf(toHalfWidth(line)), JSON.stringify(line));
    }), { numRuns: 3000 });
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { toHalfWidth } from '../../../core/src';
import { HAS_COUNT } from '../../../core/src/rules/text/claims';
import { UNICODE_SPACES } from '../robustness/properties';

/**
 * The claims rule rules a prose line out before copying it to half-width (issue #12): its pre-test on the line
 * as written must say yes exactly when a count (digit, spaces, 件 or 宗) is in the half-width text.
 */
describe('claims: the count pre-test on the line as written', () => {
  it('matches iff the half-width line has a digit, spaces and 件 or 宗 (property)', () => {
    const alphabet = ['0', '7', '９', '０', '٣', '一', '件', '宗', '条', 'a', '，', '：', '\u200b', '\u0085', ...UNICODE_SPACES];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((a) => a.join('')), (line) => {
      assert.strictEqual(HAS_COUNT.test(line), /\d\s*(?:件|宗)/.test(toHalfWidth(line)), JSON.stringify(line));
    }), { numRuns: 3000 });
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { fractionalLine, positionOfLine } from '../../client/src/preview/sourceLine';

/** Scroll sync's fractional lines: an editor position goes to the preview and comes back as the same position. */
describe('preview: fractional source lines (client/src/preview/sourceLine.ts)', () => {
  it('a position → its fractional line → the same position; the fraction stays inside its line', () => {
    fc.assert(fc.property(fc.nat(100_000), fc.nat(5_000), fc.nat(5_000), (line, length, at) => {
      const character = Math.min(at, length);
      const fractional = fractionalLine(line, character, length);
      assert.ok(fractional >= line && fractional < line + 1, `${fractional} within line ${line}`);
      assert.deepStrictEqual(positionOfLine(fractional, length), { line, character });
    }));
  });

  it('the start of a line, an empty line and a character past the end', () => {
    assert.strictEqual(fractionalLine(7, 0, 300), 7);
    assert.strictEqual(fractionalLine(7, 5, 0), 7);
    assert.deepStrictEqual(positionOfLine(7.999, 10), { line: 7, character: 10 });
    assert.deepStrictEqual(positionOfLine(-3, 10), { line: 0, character: 0 });
    // Halfway into a 300-character paragraph.
    assert.deepStrictEqual(positionOfLine(12.5, 300), { line: 12, character: 151 });
  });
});

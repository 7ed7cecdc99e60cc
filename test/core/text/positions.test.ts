import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex } from '../../../core/src/text/positions';

/** The line starts by definition: after every \r\n, lone \r and lone \n. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

describe('LineIndex', () => {
  it('finds every line start, with and without \\r (property)', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', 'a', '表', '|', '', '😀', '\u2028');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      const index = new LineIndex(text);
      assert.deepStrictEqual(index.lineStarts, referenceStarts(text));
      for (let offset = 0; offset <= text.length; offset++) {
        assert.strictEqual(index.offsetAt(index.positionAt(offset)), Math.min(offset, index.lineEnd(index.positionAt(offset).line)));
      }
    }), { numRuns: 1000 });
  });
});

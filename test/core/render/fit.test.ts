import * as assert from 'assert';
import fc from 'fast-check';
import { fitColumns, textTwips } from '../../../core/src/render/fit';
import { layoutOf, tableOf } from '../../helpers/render';
import { example, QINGSHI, replaceLine } from '../../helpers/examples';

const TEXT_WIDTH = 8844; // A4 less the GB/T 9704 margins, in twips (as the DOCX)
const MARGINS = 120;

/** The grid column of every one-column value cell, with its text. */
function valueColumns(text: string, table: 'table3' | 'table4') {
  const block = tableOf(layoutOf(text), table);
  const first = block.columns - block.rows[block.rows.length - 1].cells.filter((c) => c.role === 'value').length;
  return { block, first };
}

describe('DOCX column widths (numbers fit on one line)', () => {
  it('keeps the body size and the proportions when the numbers fit', () => {
    const { block } = valueColumns(example(QINGSHI), 'table3');
    const { widths, halfPoints } = fitColumns(block, TEXT_WIDTH, 21, MARGINS);
    assert.strictEqual(halfPoints, 21);
    assert.ok(widths.reduce((a, b) => a + b, 0) <= TEXT_WIDTH);
    const total = block.widths.reduce((a, b) => a + b, 0);
    widths.forEach((w, i) => assert.ok(Math.abs(w - (block.widths[i] / total) * TEXT_WIDTH) <= 1, `column ${i} proportional`));
  });

  it('property: any numbers up to 7 digits in table 三 and 四 fit their columns, within the page width', () => {
    const digits = fc.integer({ min: 0, max: 9_999_999 }).map(String);
    fc.assert(fc.property(fc.array(digits, { minLength: 7, maxLength: 7 }), fc.array(digits, { minLength: 5, maxLength: 5 }), (row3, row4) => {
      let text = replaceLine(example(QINGSHI), '（一）予以公开', `（一）予以公开 | ${row3.join(' | ')}`);
      text = replaceLine(text, '复议后起诉', `复议后起诉 | ${row4.join(' | ')}`);
      for (const table of ['table3', 'table4'] as const) {
        const { block, first } = valueColumns(text, table);
        const { widths, halfPoints } = fitColumns(block, TEXT_WIDTH, 21, MARGINS);
        assert.ok(halfPoints >= 14 && halfPoints <= 21);
        assert.ok(widths.reduce((a, b) => a + b, 0) <= TEXT_WIDTH, 'within the page');
        for (const row of block.rows.filter((r) => r.kind === 'data')) {
          const values = row.cells.filter((c) => c.role === 'value');
          values.forEach((cell, i) => {
            const column = table === 'table4' ? i : first + i;
            if (halfPoints > 14) assert.ok(widths[column] >= textTwips(cell.text, halfPoints) + MARGINS, `${cell.text} fits column ${column}`);
          });
        }
      }
    }), { numRuns: 40 });
  });
});

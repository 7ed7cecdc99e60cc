import * as assert from 'assert';
import fc from 'fast-check';
import { groupLines, layoutText, type PdfItem } from '../../../core/src/import/pdf';
import { AffineMatrix } from '../../../core/src/import/pdf/domMatrix';

const item = (text: string, x: number, y: number, size = 10, width = size * text.length): PdfItem => ({ text, x, y, size, width });
const page = (items: PdfItem[]) => [{ number: 1, width: 595, height: 842, lines: groupLines(items) }];
const nonSpace = (text: string) => [...text.replace(/\s/g, '')].sort().join('');

describe('import: PDF lines and layout text from positioned runs', () => {
  it('numbers set a little below their label join its line; the next label of the group does not (淮安 2024 geometry)', () => {
    const lines = groupLines([
      item('1.本机关不掌握相关政府信息', 150.6, 771.0, 7.5),
      item('746', 262.2, 773.3, 7.5, 11.2), item('769', 498.2, 773.3, 7.5, 11.2),
      item('（四）无', 101.0, 775.1, 7.5),
    ]);
    assert.deepStrictEqual(lines.map((l) => l.items.map((i) => i.text)), [['1.本机关不掌握相关政府信息', '746', '769'], ['（四）无']]);
  });

  it('orders lines top to bottom and runs left to right; text drawn twice ("fake bold") is kept once', () => {
    const lines = groupLines([item('乙', 200, 100), item('丙', 100, 130), item('甲', 100, 100), item('甲', 100.4, 100.2)]);
    assert.deepStrictEqual(lines.map((l) => l.items.map((i) => i.text).join('')), ['甲乙', '丙']);
  });

  it('joins touching runs, puts one space at a word gap, pads a column gap to its column; pages end with a form feed between', () => {
    const text = layoutText([
      ...page([item('国令第', 100, 100, 16, 48), item('711', 151.9, 100, 16, 24), item('规章', 100, 130), item('12', 300, 130, 10, 10), item('3', 400, 130, 10, 5)]),
      ...page([item('- 2 -', 280, 800, 16, 32)]),
    ]);
    const [first, second] = text.split('\f');
    const lines = first.split('\n');
    assert.strictEqual(lines[0], '国令第 711');
    assert.match(lines[1], /^规章 {2,}12 {2,}3$/);
    // A column is half the typical font size (16 pt here, so 8 pt): x 300 → column 25, x 400 → 38 (from the left margin, x 100).
    assert.deepStrictEqual([lines[1].indexOf('12'), lines[1].indexOf('3')], [25, 38], 'columns are proportional to x');
    assert.strictEqual(second.trim(), '- 2 -');
  });

  it('property: every character of every run is kept, and numbers at one x stand in one text column whatever the label before them', () => {
    const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const label = fc.array(cjk, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
    const number = fc.integer({ min: 0, max: 999999 }).map(String);
    const row = fc.record({ label, numbers: fc.array(number, { minLength: 3, maxLength: 3 }) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
      const columns = [300, 370, 440];
      const items = rows.flatMap((r, i) => [
        item(r.label, 60, 100 + i * 20, 10),
        ...r.numbers.map((n, c) => item(n, columns[c], 100 + i * 20 + 1, 10, n.length * 5)),
      ]);
      const text = layoutText(page(items));
      assert.strictEqual(nonSpace(text), nonSpace(items.map((i) => i.text).join('')));
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      assert.strictEqual(lines.length, rows.length);
      // Where each number starts, read left to right after the label.
      const starts = lines.map((l, i) => {
        let from = rows[i].label.length;
        return rows[i].numbers.map((n) => { const at = l.indexOf(n, from); from = at + n.length; return at; });
      });
      for (let c = 0; c < 3; c++) assert.strictEqual(new Set(starts.map((s) => s[c])).size, 1, `column ${c + 1} does not line up:\n${text}`);
    }), { numRuns: 100 });
  });

  it('property: runs anywhere, any size, any text: nothing lost, one line per baseline group, no line longer than the page allows', () => {
    const run = fc.record({
      text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
      x: fc.double({ min: 0, max: 590, noNaN: true }), y: fc.double({ min: 0, max: 840, noNaN: true }), size: fc.double({ min: 4, max: 40, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(run, { maxLength: 60 }), (runs) => {
      const items = runs.map((r) => item(r.text, r.x, r.y, r.size));
      const pages = page(items);
      const text = layoutText(pages);
      const kept = pages[0].lines.flatMap((l) => l.items);
      assert.strictEqual(nonSpace(text), nonSpace(kept.map((i) => i.text.replace(/[\t\n\r\f\v]/g, ' ')).join('')));
      assert.ok(text.split('\n').filter((l) => l.trim() !== '').length <= pages[0].lines.length);
      // A column is at least 2 points wide: a line is at most the page in columns plus its own characters.
      for (const line of text.split('\n')) assert.ok(line.length <= 595 / 2 + items.reduce((s, i) => s + i.text.length + 2, 0));
    }), { numRuns: 200 });
  });
});

describe('import: the 2-D DOMMatrix stand-in pdf.js needs without the canvas package', () => {
  const close = (m: AffineMatrix, values: number[]) => [m.a, m.b, m.c, m.d, m.e, m.f].forEach((v, i) => assert.ok(Math.abs(v - values[i]) < 1e-6, `${v} ≠ ${values[i]}`));
  const entry = fc.double({ min: -100, max: 100, noNaN: true });

  it('property: a matrix times its inverse is the identity; translate and scale are products', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 6, maxLength: 6 }), entry, entry, (values, x, y) => {
      const m = new AffineMatrix(values);
      if (Math.abs(m.a * m.d - m.b * m.c) > 1e-3) close(m.multiply(m.inverse()), [1, 0, 0, 1, 0, 0]);
      close(m.translate(x, y), [m.a, m.b, m.c, m.d, m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
      close(m.scale(x, y), [m.a * x, m.b * x, m.c * y, m.d * y, m.e, m.f]);
      close(new AffineMatrix().preMultiplySelf(m), values);
    }));
    assert.ok(new AffineMatrix().isIdentity);
  });
});

import * as assert from 'assert';
import { analyze, lookupCell } from '../../core/src';
import { example, QINGSHI, SEED, withCell } from '../helpers/examples';

/** Every arithmetic code, the blank-as-zero warning included. */
const ARITHMETIC = /^table[34]\.|^table2\.publishedWithinTotal$|^table\.blankAsZero$/;

/** Every numeric cell of tables 三 and 四: [line index, cell index, value]. */
function numericCells(text: string): Array<[number, number, number]> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('# 三、'));
  const end = lines.findIndex((l) => l.startsWith('# 五、'));
  const cells: Array<[number, number, number]> = [];
  for (let i = start; i < end; i++) {
    const parts = lines[i].split('|');
    for (let c = 1; c < parts.length; c++) cells.push([i, c, Number(parts[c].trim())]);
  }
  return cells;
}

describe('arithmetic never guesses', () => {
  for (const [name, file] of [['青石 2024', QINGSHI], ['the seed', SEED]] as const) {
    const text = example(file);
    const cells = numericCells(text);

    it(`${name}: changing any single number of tables 三/四 gives an error on that row`, () => {
      assert.ok(cells.length >= 25 * 7 - 20);
      for (const [line, cell, value] of cells) {
        const diagnostics = analyze(withCell(text, line, cell - 1, String(value + 1))).diagnostics;
        const onRow = diagnostics.filter((d) => d.severity === 'error' && d.range.start.line === line);
        assert.ok(onRow.length > 0, `line ${line + 1} cell ${cell}: ${diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).join(', ')}`);
      }
    });

    it(`${name}: blanking a 0 is silent; blanking any other number never gives an arithmetic error, only the stated blank-as-zero warning`, () => {
      let warned = 0;
      for (const marker of ['', '/', '—']) {
        for (const [line, cell, value] of cells) {
          const changed = withCell(text, line, cell - 1, marker);
          const { diagnostics, model } = analyze(changed);
          const found = diagnostics.filter((d) => ARITHMETIC.test(d.code));
          const where = `line ${line + 1} cell ${cell} (${value}) "${marker}"`;
          assert.ok(diagnostics.some((d) => d.code === 'table.incomplete'), 'the blank is reported');
          assert.ok(diagnostics.some((d) => d.code === 'cell.blank' && d.range.start.line === line), 'on its cell');
          if (value === 0) { assert.deepStrictEqual(found.map((d) => d.message), [], where); continue; }
          // Read as 0, a non-zero blank breaks exactly the equations it is a term of (with the target written).
          const blank = diagnostics.find((d) => d.code === 'cell.blank' && d.range.start.line === line)!;
          const asTerm = model.format.equations.filter((e) => [...e.plus, ...e.minus].some((ref) => {
            const lookup = lookupCell({ model }, e.table, ref);
            return lookup.status === 'blank' && lookup.cell?.start === blank.span.start;
          }) && lookupCell({ model }, e.table, e.target).status === 'known');
          assert.strictEqual(found.length, asTerm.length, `${where}: ${found.map((d) => d.message).join(' / ')}`);
          warned += found.length;
          for (const d of found) {
            assert.strictEqual(d.code, 'table.blankAsZero', where);
            assert.strictEqual(d.severity, 'warning', where);
            assert.match(d.message, /^空白单元格按 0 计/, where);
            assert.ok(d.related.some((r) => r.span.start === blank.span.start && /空白，按 0 计/.test(r.message)), `${where}: names the blank`);
            // The one blank's number is what the equation is missing: the quick fix puts it back.
            const fix = d.data.fixes.find((f) => f.preferred)!;
            assert.strictEqual(fix.edits.length, 1);
            assert.strictEqual(fix.edits[0].newText.trim(), String(value), where);
          }
        }
      }
      assert.ok(warned > 0 || cells.every(([, , value]) => value === 0), 'non-zero blanks were exercised');
    });

    it(`${name}: a cell that is not a number stands its checks down with its own error`, () => {
      const [line, cell] = cells[3];
      const { diagnostics } = analyze(withCell(text, line, cell - 1, '若干'));
      assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code)), []);
      assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['cell.invalid']);
    });
  }

  it('a missing row stands down the totals that need it, and is reported itself', () => {
    const text = example(QINGSHI).split('\n').filter((l) => !l.startsWith('（一）予以公开')).join('\n');
    const { diagnostics } = analyze(text);
    assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code)), []);
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['structure.rowMissing']);
  });

  it('a blank table (only 总计 filled, as some counties publish) reports incompleteness, not arithmetic', () => {
    const lines = example(QINGSHI).split('\n').map((l) => {
      const parts = l.split('|');
      if (parts.length !== 8) return l;
      return [parts[0], ...parts.slice(1, 7).map(() => ' '), parts[7]].join('|');
    });
    const { diagnostics } = analyze(lines.join('\n'));
    assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code)), []);
    const incomplete = diagnostics.find((d) => d.code === 'table.incomplete')!;
    assert.match(incomplete.message, /有 150 个单元格空白/);
  });
});

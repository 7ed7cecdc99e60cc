import * as assert from 'assert';
import { analyze } from '../../core/src';
import { example, HUAIAN, SEED } from '../helpers/examples';

const ARITHMETIC = /^table[34]\.|^table2\.publishedWithinTotal$/;
const arithmetic = (text: string) => analyze(text).diagnostics.filter((d) => ARITHMETIC.test(d.code));

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

function withCell(text: string, line: number, cell: number, value: string): string {
  const lines = text.split('\n');
  const parts = lines[line].split('|');
  parts[cell] = ` ${value} `;
  lines[line] = parts.join('|');
  return lines.join('\n');
}

describe('arithmetic never guesses', () => {
  for (const [name, file] of [['淮安 2024', HUAIAN], ['the seed', SEED]] as const) {
    const text = example(file);
    const cells = numericCells(text);

    it(`${name}: changing any single number of tables 三/四 gives an error on that row`, () => {
      assert.ok(cells.length >= 25 * 7 - 20);
      for (const [line, cell, value] of cells) {
        const diagnostics = analyze(withCell(text, line, cell, String(value + 1))).diagnostics;
        const onRow = diagnostics.filter((d) => d.severity === 'error' && d.range.start.line === line);
        assert.ok(onRow.length > 0, `line ${line + 1} cell ${cell}: ${diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).join(', ')}`);
      }
    });

    it(`${name}: blanking any single number stands every arithmetic check down`, () => {
      for (const marker of ['', '/', '—']) {
        for (const [line, cell] of cells) {
          const changed = withCell(text, line, cell, marker);
          assert.deepStrictEqual(arithmetic(changed).map((d) => d.message), [], `line ${line + 1} cell ${cell} "${marker}"`);
          const { diagnostics } = analyze(changed);
          assert.ok(diagnostics.some((d) => d.code === 'table.incomplete'), 'the blank is reported');
          assert.ok(diagnostics.some((d) => d.code === 'cell.blank' && d.range.start.line === line), 'on its cell');
        }
      }
    });

    it(`${name}: a cell that is not a number stands its checks down with its own error`, () => {
      const [line, cell] = cells[3];
      const { diagnostics } = analyze(withCell(text, line, cell, '若干'));
      assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code)), []);
      assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['cell.invalid']);
    });
  }

  it('a missing row stands down the totals that need it, and is reported itself', () => {
    const text = example(HUAIAN).split('\n').filter((l) => !l.startsWith('（一）予以公开')).join('\n');
    const { diagnostics } = analyze(text);
    assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code)), []);
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['structure.rowMissing']);
  });

  it('a blank table (only 总计 filled, as some counties publish) reports incompleteness, not arithmetic', () => {
    const lines = example(HUAIAN).split('\n').map((l) => {
      const parts = l.split('|');
      if (parts.length !== 8) return l;
      return [parts[0], ...parts.slice(1, 7).map(() => ' '), parts[7]].join('|');
    });
    const { diagnostics } = analyze(lines.join('\n'));
    assert.deepStrictEqual(diagnostics.filter((d) => ARITHMETIC.test(d.code) && d.code.startsWith('table3')), []);
    const incomplete = diagnostics.find((d) => d.code === 'table.incomplete')!;
    assert.match(incomplete.message, /有 150 个单元格空白/);
  });
});

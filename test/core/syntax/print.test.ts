import * as assert from 'assert';
import fc from 'fast-check';
import { buildModel, FORMATS, type FormatVersion, type RowNode, type TableId } from '../../../core/src';
import { applyEdits, formatEdits } from '../../../core/src/features/formatting';
import type { SubTableSpec } from '../../../core/src/formats';
import { appendedCells, columnHeaderLine, filledCell, rowLine, subTableLines, tabStop } from '../../../core/src/syntax/print';
import { displayWidth } from '../../../core/src/text/normalize';

/** A report whose table section `table` holds `lines` (under the caption of table 二's sub-table, if given). */
function reportWith(version: FormatVersion, table: TableId, lines: string[], subTable?: SubTableSpec): string {
  const section = FORMATS[version].sections.find((s) => s.table === table)!;
  const caption = subTable?.caption ? [`## ${subTable.caption}`] : [];
  return [`年度：${version === '2019' ? 2020 : 2024}`, `格式：${version}`, '', `# ${section.heading}`, ...caption, ...lines, ''].join('\n');
}

function rowsOf(text: string, table: TableId): RowNode[] {
  return buildModel(text).tables[table].all;
}

/** Text a cell or label may hold: the language has no escape for a pipe or a line break, so neither occurs. */
const CHARS = [...'0123456789０１２３.,-—/无万元件xyz 　（）、一二三部分公开不予'];
const cellText = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((c) => c.join('').trim());
/** Labels that are no statutory row, so the model keeps exactly the cells written (a known row may claim a trailing blank). */
const looseLabel = fc.array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸xyz'), { minLength: 1, maxLength: 12 }).map((c) => `自拟${c.join('')}`);
const layout = fc.record({
  labelWidth: fc.option(fc.nat(30), { nil: undefined }),
  cellWidths: fc.option(fc.array(fc.nat(8), { maxLength: 9 }), { nil: undefined }),
  leadingPipe: fc.boolean(),
}, { requiredKeys: [] });

/** Every data row of every sub-table: what the skeleton, the snippets and the fixes print. */
const DATA_ROWS = (['2019', '2021'] as const).flatMap((version) => (['table2', 'table3', 'table4'] as const).flatMap((table) =>
  FORMATS[version].tables[table].subTables.flatMap((subTable) =>
    subTable.rows.filter((r) => r.kind !== 'group').map((row) => ({ version, table, subTable, row })))));

describe('the line printer (core/src/syntax/print.ts)', () => {
  it('prints a row and the model reads back the same label and cells (any layout, any cell text, blanks included)', () => {
    fc.assert(fc.property(looseLabel, fc.array(cellText, { maxLength: 9 }), layout, (label, cells, rowLayout) => {
      const line = rowLine(label, cells, rowLayout);
      const rows = rowsOf(reportWith('2021', 'table3', [line]), 'table3');
      assert.strictEqual(rows.length, 1, line);
      assert.strictEqual(rows[0].label.text, label, line);
      assert.deepStrictEqual(rows[0].cells.map((c) => c.raw), cells, line);
    }), { numRuns: 300 });
  });

  it('a statutory row printed with its cells (blank ones too, in either blank style) reads back cell for cell', () => {
    const nineCells = fc.array(cellText, { minLength: 9, maxLength: 9 });
    fc.assert(fc.property(fc.constantFrom(...DATA_ROWS), nineCells, fc.boolean(), ({ version, table, subTable, row }, texts, compactBlanks) => {
      const cells = texts.slice(0, subTable.columns.length);
      const line = rowLine(row.label, cells, { compactBlanks });
      const [read] = rowsOf(reportWith(version, table, [line], subTable), table);
      assert.strictEqual(read.resolution.status, 'ok', line);
      assert.strictEqual(read.label.text, row.label);
      assert.deepStrictEqual(read.cells.map((c) => c.raw), cells, line);
    }), { numRuns: 300 });
  });

  it('cells appended after a row read as further cells of that row', () => {
    const written = fc.array(cellText, { maxLength: 4 });
    fc.assert(fc.property(looseLabel, written, fc.array(cellText, { minLength: 1, maxLength: 4 }), (label, cells, added) => {
      fc.pre(cells.length === 0 || cells[cells.length - 1] !== '');
      const line = rowLine(label, cells).replace(/ \|$/, '') + appendedCells(added);
      const [read] = rowsOf(reportWith('2021', 'table3', [line]), 'table3');
      // A last blank appended cell is a bare trailing pipe, which closes the row rather than opening a cell.
      const expected = [...cells, ...added];
      if (expected[expected.length - 1] === '') expected.pop();
      assert.deepStrictEqual(read.cells.map((c) => c.raw), expected, line);
    }), { numRuns: 200 });
  });

  it('the formatter over printed lines is idempotent, and a block printed with its alignment is already formatted', () => {
    const blockOf = fc.constantFrom(...DATA_ROWS.map((r) => `${r.version}/${r.table}/${r.subTable.id}`)).chain((key) => {
      const rows = DATA_ROWS.filter((r) => `${r.version}/${r.table}/${r.subTable.id}` === key);
      const numbers = fc.array(fc.oneof(fc.nat(99999).map(String), fc.constant('')), { minLength: 9, maxLength: 9 });
      return fc.tuple(fc.constant(rows), fc.array(numbers, { minLength: rows.length, maxLength: rows.length }), layout);
    });
    fc.assert(fc.property(blockOf, ([rows, numbers, rowLayout]) => {
      const { version, table, subTable } = rows[0];
      const cellsOf = (i: number) => numbers[i].slice(0, subTable.columns.length);
      const format = (text: string) => applyEdits(text, formatEdits(buildModel(text)));
      // Any layout: formatting once is enough.
      const loose = reportWith(version, table, rows.map((r, i) => rowLine(r.row.label, cellsOf(i), rowLayout)), subTable);
      const once = format(loose);
      assert.strictEqual(format(once), once);
      // The formatter's own alignment (labels and cells padded to the widest of the block): a fixed point.
      const labelWidth = Math.max(...rows.map((r) => displayWidth(r.row.label)));
      const cellWidths = subTable.columns.map((_, c) => Math.max(...rows.map((_r, i) => displayWidth(cellsOf(i)[c]))));
      const aligned = reportWith(version, table, rows.map((r, i) => rowLine(r.row.label, cellsOf(i), { labelWidth, cellWidths })), subTable);
      assert.deepStrictEqual(formatEdits(buildModel(aligned)), [], aligned);
    }), { numRuns: 150 });
  });

  it('writes a closing pipe only where the language needs one, and pads only what something follows', () => {
    assert.strictEqual(rowLine('规章', ['1', '', '3']), '规章 | 1 |  | 3');
    assert.strictEqual(rowLine('规章', ['1', '']), '规章 | 1 |  |', 'a last blank cell is closed');
    assert.strictEqual(rowLine('规章', []), '规章 |');
    assert.strictEqual(rowLine('规章', ['', '', '0'], { compactBlanks: true }), '规章 | | | 0');
    assert.strictEqual(rowLine('规章', ['1', ''], { compactBlanks: true }), '规章 | 1 |', 'the skeleton relies on the statutory column count');
    assert.strictEqual(rowLine('规章', ['1', '22'], { labelWidth: 8, cellWidths: [3, 3] }), '规章     | 1   | 22');
    const piped = { labelWidth: 8, cellWidths: [3, 3], leadingPipe: true, closingPipe: true };
    assert.strictEqual(rowLine('规章', ['1', '22'], piped), '| 规章     | 1   | 22  |');
    assert.strictEqual(columnHeaderLine(['本年制发件数', '本年废止件数']), '信息内容 | 本年制发件数 | 本年废止件数');
    assert.strictEqual(appendedCells(['', '12']), ' |  | 12');
    assert.strictEqual(tabStop(3, 'a$b}c\\'), '${3:a\\$b\\}c\\\\}');
  });

  it('fills a blank cell keeping the author\'s spacing, and replaces anything else', () => {
    assert.strictEqual(filledCell('', '0'), ' 0 ');
    assert.strictEqual(filledCell(' ', '0'), ' 0 ');
    assert.strictEqual(filledCell('     ', '12'), ' 12  ');
    assert.strictEqual(filledCell('/', '7'), '7');
  });

  it('prints a sub-table from the format data: caption, column header, every row, group rows without numbers', () => {
    const table3 = FORMATS['2021'].tables.table3.subTables[0];
    const lines = subTableLines(table3, { cell: () => '0' });
    assert.strictEqual(lines.length, table3.rows.length);
    assert.ok(lines.includes('（三）不予公开'));
    assert.ok(lines.includes('（一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0'));
    const item1 = FORMATS['2021'].tables.table2.subTables[0];
    let stop = 1;
    assert.deepStrictEqual(subTableLines(item1, { cell: () => tabStop(stop++, '0'), heading: 'captionAndColumns' }), [
      '## 第二十条第（一）项',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      '规章 | ${1:0} | ${2:0} | ${3:0}',
      '行政规范性文件 | ${4:0} | ${5:0} | ${6:0}',
    ]);
  });
});

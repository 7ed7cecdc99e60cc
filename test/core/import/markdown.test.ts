import * as assert from 'assert';
import * as fc from 'fast-check';
import { detectKind, importKindForFile, importText } from '../../../core/src/import';
import { readMarkdown } from '../../../core/src/import/markdown';
import { generateReport, random } from '../../helpers/generated';
import { writeMarkdown } from '../../helpers/markdownShapes';
import { assertPlaced } from '../../helpers/placed';

describe('import: Markdown', () => {
  it('is detected by its table delimiter rows and by the .md extension', () => {
    assert.strictEqual(detectKind('# 标题\n\n| 项目 | 数据1 |\n| --- | --- |\n| 规章 | 1 |\n'), 'markdown');
    assert.strictEqual(detectKind('规章 | 1 | 0 | 11\n'), 'text'); // the language's own pipe rows are not Markdown
    assert.deepStrictEqual(['a.md', 'B.MARKDOWN', 'x.pdf', 'x.docx', 'x.htm', 'x.txt', 'x'].map(importKindForFile), ['markdown', 'markdown', 'pdf', 'docx', 'html', undefined, undefined]);
  });

  it('reads header rows, repeated header rows and two-level headers as column names, never as rows', () => {
    const doc = readMarkdown('| 未经复议直接起诉 | | 复议后起诉 | |\n|---|---|---|---|\n| 结果维持 | 总计 | 结果维持 | 总计 |\n| 1 | 1 | 2 | 2 |\n| 未经复议直接起诉 | | 复议后起诉 | |\n| 3 | 3 | 4 | 4 |\n| 5 | 5 | 6 |\n');
    assert.deepStrictEqual(doc.lines.filter((l) => l.cells).map((l) => (l.header ? 'H' : 'B')), ['H', 'H', 'B', 'H', 'B', 'B']);
    assert.deepStrictEqual(doc.lines[2].headers, ['未经复议直接起诉 结果维持', '未经复议直接起诉 总计', '复议后起诉 结果维持', '复议后起诉 总计']);
    assert.deepStrictEqual(doc.lines[4].headers, doc.lines[2].headers); // a repeated header brings its names back
    assert.strictEqual(doc.lines[5].headers, undefined); // a short row: its headers are no evidence
  });

  it('the shapes of issue 11, fixed: table 三 per group with 数据1…, table 四 as three 5-column tables', () => {
    for (const version of ['2019', '2021'] as const) {
      assertPlaced(7, version, { table3: 'grouped', table4: 'three' });
      assertPlaced(8, version, { table3: 'grouped', table4: 'apart' });
      assertPlaced(9, version, { table3: 'plain', table4: 'fifteen' });
    }
  });

  it('a heading repeating a row label is no row: no empty duplicate ahead of the real one', () => {
    const { text, summary } = importText(writeMarkdown(generateReport(3, '2021'), { table3: 'grouped', table4: 'three' }, random(4)).text);
    assert.strictEqual(text.match(/^（二）部分公开/gm)?.length, 1, text);
    assert.deepStrictEqual(summary.unmapped, []);
  });

  it('property: any split and column order, every number in exactly its cell or reported unplaced', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('2019' as const, '2021' as const),
      fc.constantFrom('plain' as const, 'grouped' as const, 'shuffled' as const), fc.constantFrom('fifteen' as const, 'three' as const, 'apart' as const, 'shuffled' as const, 'transposed' as const),
      fc.option(fc.record({ row: fc.nat(40), column: fc.nat(6) }), { nil: undefined }),
      (seed, version, table3, table4, dropCell) => assertPlaced(seed, version, { table3, table4, dropCell }),
    ), { numRuns: 60 });
  });
});

import * as assert from 'assert';
import { importText } from '../../../core/src/import';
import { readMarkdown } from '../../../core/src/import/markdown';
import { untranspose } from '../../../core/src/import/transpose';
import { markdownToHtml } from '../../helpers/htmlShapes';
import { numbersOf } from '../../helpers/imported';
import { assertPlaced } from '../../helpers/placed';

const report = (section2: string, section4: string) => ['# 青石县审计局2024年政府信息公开工作年度报告', '', '## 一、总体情况', '', '本年度依法做好政府信息公开工作。', '',
  '## 二、主动公开政府信息情况', '', section2, '## 四、政府信息公开行政复议、行政诉讼情况', '', section4, '## 五、存在的主要问题及改进情况', '', '培训不够。', ''].join('\n');

const TABLE4 = ['| 项目 | 行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉） |', '| --- | --- | --- | --- |',
  '| 总计 | 5 | 3 | 2 |', '| 结果维持 | 2 | 1 | 1 |', '| 结果纠正 | 1 | 0 | 0 |', '| 其他结果 | 1 | 1 | 1 |', '| 尚未审结 | 1 | 1 | 0 |', ''].join('\n');

describe('import: transposed tables (statutory rows as columns)', () => {
  it('turns a transposed table back on the neutral form: each column a row, each number with its body label as header', () => {
    const lines = readMarkdown(TABLE4).lines;
    const turned = untranspose(lines, 'table4');
    assert.deepStrictEqual(turned.filter((l) => l.cells && !l.header).map((l) => l.cells), [
      ['行政复议', '5', '2', '1', '1', '1'], ['行政诉讼（未经复议直接起诉）', '3', '1', '0', '1', '1'], ['行政诉讼（复议后起诉）', '2', '1', '0', '1', '0']]);
    assert.deepStrictEqual(turned[1].headers, ['', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结']);
    // A table labelled by rows, with column names as its header, is left as it is.
    const upright = readMarkdown('| 项目 | 其他 | 总计 |\n| --- | --- | --- |\n| 3.其他 | 1 | 1 |\n| （七）总计 | 2 | 2 |\n').lines;
    assert.deepStrictEqual(untranspose(upright, 'table3'), upright);
  });

  it('places table 四 and a table 二 part given transposed, in Markdown and as a web page', () => {
    const section2 = ['### 第二十条第（一）项', '', '| 信息内容 | 规章 | 行政规范性文件 |', '| --- | --- | --- |', '| 本年制发件数 | 2 | 7 |', '| 本年废止件数 | 0 | 1 |', '| 现行有效件数 | 11 | 40 |', ''].join('\n');
    const markdown = report(section2, TABLE4);
    for (const [source, kind] of [[markdown, 'markdown'], [markdownToHtml(markdown), 'html']] as const) {
      const { text, summary } = importText(source, kind);
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table4/review'], ['2', '1', '1', '1', '5'], text);
      assert.deepStrictEqual(numbers['table4/directSuit'], ['1', '0', '1', '1', '3'], text);
      assert.deepStrictEqual(numbers['table4/suitAfterReview'], ['1', '0', '1', '0', '2'], text);
      assert.deepStrictEqual(numbers['table2/item1.rules'], ['2', '0', '11'], text);
      assert.deepStrictEqual(numbers['table2/item1.normative'], ['7', '1', '40'], text);
      assert.deepStrictEqual(summary.unplaced, []);
    }
  });

  it('a transposed table whose header names no statutory row is reported, never guessed into cells', () => {
    const odd = TABLE4.replace('行政诉讼（复议后起诉）', '信访事项');
    const { text, summary } = importText(report('', odd), 'markdown');
    const numbers = numbersOf(text);
    assert.deepStrictEqual(numbers['table4/review'], ['2', '1', '1', '1', '5']);
    assert.strictEqual(numbers['table4/suitAfterReview'], undefined, text);
    assert.ok(summary.unmapped.some((u) => u.startsWith('信访事项 | 2 | 1 | 0 | 1 | 0')), summary.unmapped.join('\n'));
    // No header names a row: the fifteen numbers are not read in the statutory order either (before: silently, row by row of the transposed table).
    const none = importText(report('', TABLE4.replace('行政复议', '甲类').replace('行政诉讼（未经复议直接起诉）', '乙类').replace('行政诉讼（复议后起诉）', '丙类')), 'markdown');
    assert.deepStrictEqual(Object.keys(numbersOf(none.text)).filter((k) => k.startsWith('table4/')), [], none.text);
    assert.strictEqual(none.summary.unplaced.length, 1, none.text);
    assert.deepStrictEqual(none.summary.unplaced[0].split(' | ').slice(1).sort(), ['0', '0', '0', '1', '1', '1', '1', '1', '1', '1', '1', '2', '2', '3', '5']);
  });

  it('property shapes: table 四 transposed, columns in any order', () => {
    for (let seed = 1; seed <= 12; seed++) for (const version of ['2019', '2021'] as const) assertPlaced(seed, version, { table3: 'plain', table4: 'transposed' });
  });
});

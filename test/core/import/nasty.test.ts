import * as assert from 'assert';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { detectKind, importReport, importText } from '../../../core/src/import';
import { errorsOf, numbersOf } from '../../helpers/imported';

const HEAD = '某县人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n本年度我办依法公开政府信息。\n';
const TAIL = '五、存在的主要问题及改进情况\n培训不足。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';

describe('import: nasty inputs', () => {
  it('full-width digits and a full-width minus are read as numbers and written half-width', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t１\t０\t１１\n行政规范性文件\t１２\t３\t４５６\n`;
    const numbers = numbersOf(importText(text).text);
    assert.deepStrictEqual(numbers['table2/item1.rules'], ['1', '0', '11']);
    assert.deepStrictEqual(numbers['table2/item1.normative'], ['12', '3', '456']);
  });

  it('merged label cells and shifted columns (tab text): empty cells before and after the numbers are layout', () => {
    const text = `${HEAD}三、收到和处理政府信息公开申请情况\n`
      + '一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t0\t6\t\n' // label spans two cells, trailing tab
      + '\t\t\t二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n' // shifted right by three empty cells
      + '三、本年度办理结果\t(一) 予以公开\t4\t1\t0\t0\t0\t0\t5\n'
      + '\t(三) 不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n'
      + '（七）总计\t\t2\t\t0\t0\t0\t0\t2\n'; // a genuine blank in the second column
    const numbers = numbersOf(importText(text).text);
    assert.deepStrictEqual(numbers['table3/new'], ['5', '1', '0', '0', '0', '0', '6']);
    assert.deepStrictEqual(numbers['table3/carriedIn'], ['1', '0', '0', '0', '0', '0', '1']);
    assert.deepStrictEqual(numbers['table3/granted'], ['4', '1', '0', '0', '0', '0', '5']);
    assert.deepStrictEqual(numbers['table3/refused.stateSecret'], ['0', '0', '0', '0', '0', '0', '0']);
    assert.deepStrictEqual(numbers['table3/total'], ['2', '', '0', '0', '0', '0', '2']);
  });

  it('a table split across PDF pages: page number and repeated header in the middle, a label wrapped over the break', () => {
    const text = `            某县人民政府\n     2022 年政府信息公开工作年度报告\n   一、总体情况\n   本年度依法公开。\n   三、收到和处理政府信息公开申请情况\n`
      + '                                 自然人    商业企业   总计\n'
      + '一、本年新收政府信息公开申请数量     3        0      0      0      0      0      3\n'
      + '             1.属于国家秘密        1        0      0      0      0      0      1\n'
      + '             2.其他法律行政法规禁\n\n'
      + '                                         -4-\n\f'
      + '                                 自然人    商业企业   总计\n'
      + '             止公开                2        0      0      0      0      0      2\n'
      + '             3.危及“三安全一稳定”  0        0      0      0      0      0      0\n';
    const { text: out, summary } = importText(text);
    assert.strictEqual(summary.kind, 'pdf-text');
    const numbers = numbersOf(out);
    assert.deepStrictEqual(numbers['table3/new'], ['3', '0', '0', '0', '0', '0', '3']);
    assert.deepStrictEqual(numbers['table3/refused.prohibited'], ['2', '0', '0', '0', '0', '0', '2']);
    assert.deepStrictEqual(numbers['table3/refused.threeSecurity'], ['0', '0', '0', '0', '0', '0', '0']);
    assert.deepStrictEqual(summary.unmapped, []);
    assert.strictEqual(summary.removed.pageNumbers, 1);
  });

  it('a PDF row with cells left empty: the numbers go to their columns by position, the rest stay blank', () => {
    const text = `     某县人民政府2022年政府信息公开工作年度报告\n   一、总体情况\n   正文。\n   三、收到和处理政府信息公开申请情况\n`
      + '一、本年新收政府信息公开申请数量     3        1      0      0      0      0      4\n'
      + '二、上年结转政府信息公开申请数量     2                                         2\n';
    const { text: out, summary } = importText(text);
    assert.deepStrictEqual(numbersOf(out)['table3/carriedIn'], ['2', '', '', '', '', '', '2']);
    assert.ok(summary.guesses.some((g) => /按版面位置/.test(g['zh-cn'])));
    assert.match(out, /^%% 导入：.*按版面位置/m);
  });

  it('HTML with rowspan/colspan: merged labels read once, numbers in place, entities decoded', () => {
    const html = `<html><head><title>某县人民政府2021年政府信息公开工作年度报告_某县政府网</title></head><body>
      <div class="nav">首页 &gt; 政府信息公开</div>
      <h1>某县人民政府2021年政府信息公开工作年度报告</h1>
      <p>一、总体情况</p><p>本年度&nbsp;依法公开&ldquo;政府信息&rdquo;。</p>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table>
        <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>7</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>8</td></tr>
        <tr><td rowspan="4">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
        <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>/</td><td></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td colspan="2">（七）总计</td><td>6</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr>
      </table>
      <p>四、政府信息公开行政复议、行政诉讼情况</p>
      <table>
        <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
        <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
        <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
      </table>
      <p>五、存在的主要问题及改进情况</p><p>培训不足。</p><p>六、其他需要报告的事项</p><p>未收取信息处理费。</p>
      </body></html>`;
    assert.strictEqual(detectKind(html), 'html');
    const { text, summary } = importText(html);
    assert.deepStrictEqual([summary.title, summary.agency, summary.year, summary.format], ['某县人民政府2021年政府信息公开工作年度报告', '某县人民政府', 2021, '2021']);
    const numbers = numbersOf(text);
    assert.deepStrictEqual(numbers['table3/new'], ['7', '1', '0', '0', '0', '0', '8']);
    assert.deepStrictEqual(numbers['table3/granted'], ['5', '1', '0', '0', '0', '0', '6']);
    assert.deepStrictEqual(numbers['table3/refused.prohibited'], ['', '', '0', '0', '0', '0', '0']);
    assert.deepStrictEqual(numbers['table4/review'], ['1', '0', '0', '1', '2']);
    assert.deepStrictEqual(numbers['table4/suitAfterReview'], ['3', '0', '0', '0', '3']);
    assert.match(text, /^本年度 依法公开“政府信息”。$/m);
    assert.match(text, /^%% 首页 > 政府信息公开$/m); // page chrome before the title: kept, as a comment
  });

  it('a DOCX built with merged cells (docx package) imports through mammoth', async () => {
    const cell = (text: string, extra: Record<string, unknown> = {}) => new TableCell({
      children: [new Paragraph({ text, alignment: AlignmentType.CENTER })], ...extra,
    });
    const numbers = (values: string[]) => values.map((v) => cell(v));
    const doc = new Document({ sections: [{ children: [
      new Paragraph('某市生态环境局2023年政府信息公开工作年度报告'),
      new Paragraph('一、总体情况'), new Paragraph('2023年，我局依法公开政府信息。'),
      new Paragraph('二、主动公开政府信息情况'),
      new Table({ rows: [
        new TableRow({ children: [cell('第二十条第（一）项', { columnSpan: 4 })] }),
        new TableRow({ children: [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')] }),
        new TableRow({ children: [cell('规章'), ...numbers(['0', '0', '0'])] }),
        new TableRow({ children: [cell('行政规范性文件'), ...numbers(['2', '1', '9'])] }),
      ] }),
      new Paragraph('三、收到和处理政府信息公开申请情况'),
      new Table({ rows: [
        new TableRow({ children: [cell('三、本年度办理结果', { verticalMerge: VerticalMergeType.RESTART }), cell('（一）予以公开', { columnSpan: 2 }), ...numbers(['3', '0', '0', '0', '0', '0', '3'])] }),
        new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('（三）不予公开'), cell('1.属于国家秘密'), ...numbers(['0', '0', '0', '0', '0', '0', '0'])] }),
      ] }),
      new Paragraph('五、存在的主要问题及改进情况'), new Paragraph('无。'),
    ] }] });
    const bytes = await Packer.toBuffer(doc);
    assert.strictEqual(detectKind(bytes), 'docx');
    const { text, summary } = await importReport(bytes);
    assert.strictEqual(summary.kind, 'docx');
    assert.deepStrictEqual([summary.agency, summary.year, summary.format], ['某市生态环境局', 2023, '2021']);
    const found = numbersOf(text);
    assert.deepStrictEqual(found['table2/item1.normative'], ['2', '1', '9']);
    assert.deepStrictEqual(found['table3/granted'], ['3', '0', '0', '0', '0', '0', '3']);
    assert.deepStrictEqual(found['table3/refused.stateSecret'], ['0', '0', '0', '0', '0', '0', '0']);
    assert.match(text, /^2023年，我局依法公开政府信息。$/m);
  });

  it('what cannot be mapped is kept and reported by the checks: an unknown row, stray numbers, a misspelt label', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t12\n行政检查\t7\n\t\t99\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申情数量\t1\t0\t0\t0\t0\t0\t1\n${TAIL}`;
    const { text: out, summary } = importText(text);
    assert.match(out, /^行政检查 +\| 7$/m);
    assert.deepStrictEqual(numbersOf(out)['table3/new'], ['1', '0', '0', '0', '0', '0', '1']);
    assert.match(out, /^%% 导入：原文“一、本年新收政府信息公开申情数量”按“一、本年新收政府信息公开申请数量”识别$/m);
    assert.deepStrictEqual(summary.unmapped, ['行政检查 | 7']);
    // Numbers that follow no label are not a row: kept where they were, as a comment the checker reports.
    assert.deepStrictEqual(summary.unplaced, ['（导入：未能对应到行的数字） | 99']);
    assert.match(out, /^%% 导入：未放置的数字：（导入：未能对应到行的数字） \| 99$/m);
    const errors = errorsOf(out);
    assert.ok(errors.some((e) => e.startsWith('import.unplaced ') && e.includes('99')));
    assert.ok(errors.some((e) => e.includes('“行政检查”不是表二')));
    assert.ok(errors.some((e) => e.includes('未能对应到行的数字')));
  });

  it('prose that would read as markup is kept as a comment; garbage never throws', () => {
    const { text } = importText(`${HEAD}#这一行以井号开头\n%% 以及百分号\n${TAIL}`);
    assert.match(text, /^%% #这一行以井号开头$/m);
    assert.match(text, /^%% 以及百分号$/m);
    for (const junk of ['', '\f\f', '|||\n|', '<table><tr><td rowspan="99999">x', '一、\n二、\n三、\n\t\t\t', '<<<>>>&&&#xffffff;', '\u0000\u3000']) {
      assert.doesNotThrow(() => importText(junk));
      assert.doesNotThrow(() => importText(junk, 'pdf-text'));
      assert.doesNotThrow(() => importText(junk, 'html'));
    }
  });
});

import * as assert from 'assert';
import * as fc from 'fast-check';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importReport, importText } from '../../../core/src/import';
import { readHtml } from '../../../core/src/import/html';
import { markdownToHtml } from '../../helpers/htmlShapes';
import { numbersOf } from '../../helpers/imported';
import { assertPlaced } from '../../helpers/placed';

const asHtml = { kind: 'html' as const, write: markdownToHtml };
const table = (rows: string) => `<table>${rows}</table>`;

describe('import: HTML <th>/<thead> as header evidence', () => {
  it('reads header rows as column names and gives every body cell the names above its grid column', () => {
    const doc = readHtml(table('<thead><tr><th rowspan="2"></th><th colspan="2">行政诉讼</th></tr><tr><th>结果维持</th><th>总计</th></tr></thead>'
      + '<tbody><tr><td>复议后起诉</td><td>1</td><td>1</td></tr><tr><td>直接起诉</td><td>2</td></tr></tbody>'));
    const rows = doc.lines.filter((l) => l.cells);
    assert.deepStrictEqual(rows.map((l) => (l.header ? 'H' : 'B')), ['H', 'H', 'B', 'B']);
    assert.deepStrictEqual(rows[2].headers, ['', '行政诉讼 结果维持', '行政诉讼 总计']);
    assert.strictEqual(rows[3].headers, undefined); // narrower than its header: a lost cell, no evidence
  });

  it('a row of <th> names is a header row; a row of <th> with numbers (mammoth puts every row in <thead>) is a body row', () => {
    const doc = readHtml(table('<thead><tr><th>信息内容</th><th>本年制发件数</th></tr><tr><th>规章</th><th>3</th></tr><tr><th>规范性文件</th><th></th></tr></thead>'));
    assert.deepStrictEqual(doc.lines.filter((l) => l.cells).map((l) => Boolean(l.header)), [true, false, false]);
    const plain = readHtml(table('<tr><th>项目</th><th>数量</th></tr><tr><td>规章</td><td>3</td></tr>'));
    assert.deepStrictEqual(plain.lines.filter((l) => l.cells).map((l) => Boolean(l.header)), [true, false]);
    assert.deepStrictEqual(plain.lines[1].headers, ['项目', '数量']);
  });

  it('places table 三 by its <th> headers when the columns are in another order', () => {
    const html = ['<h2>三、收到和处理政府信息公开申请情况</h2>', table('<thead><tr><th>项目</th><th>总计</th><th>自然人</th><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr></thead>'
      + '<tbody><tr><td>一、本年新收政府信息公开申请数量</td><td>12</td><td>9</td><td>1</td><td>0</td><td>0</td><td>2</td><td>0</td></tr></tbody>')].join('\n');
    const numbers = numbersOf(importText(html, 'html').text);
    assert.deepStrictEqual(numbers['table3/new'], ['9', '1', '0', '0', '2', '0', '12']);
  });

  it('a single <th> name spanning a row after body rows is a group row: the column names above stay the evidence', () => {
    const head = '<thead><tr><th>项目</th><th>总计</th><th>自然人</th><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr></thead>';
    const row = (label: string, cells: number[]) => `<tr><td>${label}</td>${cells.map((n) => `<td>${n}</td>`).join('')}</tr>`;
    const html = ['<h2>三、收到和处理政府信息公开申请情况</h2>', table(`${head}<tbody>${row('一、本年新收政府信息公开申请数量', [12, 9, 1, 0, 0, 2, 0])}`
      + `<tr><th colspan="8">三、本年度办理结果</th></tr>${row('（一）予以公开', [7, 5, 1, 0, 0, 1, 0])}</tbody>`)].join('\n');
    const numbers = numbersOf(importText(html, 'html').text);
    assert.deepStrictEqual(numbers['table3/new'], ['9', '1', '0', '0', '2', '0', '12']);
    assert.deepStrictEqual(numbers['table3/granted'], ['5', '1', '0', '0', '1', '0', '7']);
  });

  it('a heading (<h3>) that repeats a row label is context, not an empty row ahead of the real one', () => {
    const html = ['<h2>三、收到和处理政府信息公开申请情况</h2>', '<h3>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</h3>',
      table('<tr><th>项目</th><th>数据1</th><th>数据2</th><th>数据3</th><th>数据4</th><th>数据5</th><th>数据6</th><th>数据7</th></tr>'
        + '<tr><td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>')].join('\n');
    const { text, summary } = importText(html, 'html');
    assert.strictEqual(text.match(/^（二）部分公开/gm)?.length, 1, text);
    assert.deepStrictEqual(numbersOf(text)['table3/partial'], ['3', '0', '0', '0', '0', '0', '3']);
    assert.deepStrictEqual(summary.unmapped, []);
  });

  it('a DOCX header row (Word: repeat as header row) arrives through mammoth as <thead> and places columns in another order', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const names = ['项目', '总计', '其他', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构'];
    const doc = new Document({ sections: [{ children: [
      new Paragraph('青石县审计局2024年政府信息公开工作年度报告'), new Paragraph('一、总体情况'), new Paragraph('本年度依法公开政府信息。'),
      new Paragraph('三、收到和处理政府信息公开申请情况'),
      new Table({ rows: [
        new TableRow({ tableHeader: true, children: names.map(cell) }),
        new TableRow({ children: ['一、本年新收政府信息公开申请数量', '15', '1', '11', '2', '0', '0', '1'].map(cell) }),
      ] }),
    ] }] });
    const { text } = await importReport(await Packer.toBuffer(doc));
    assert.deepStrictEqual(numbersOf(text)['table3/new'], ['11', '2', '0', '0', '1', '1', '15'], text);
  });

  it('property: the Markdown shapes as web pages (headers in <thead>), every number in exactly its cell', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('2019' as const, '2021' as const),
      fc.constantFrom('plain' as const, 'grouped' as const, 'shuffled' as const), fc.constantFrom('fifteen' as const, 'three' as const, 'apart' as const, 'shuffled' as const, 'transposed' as const),
      (seed, version, table3, table4) => assertPlaced(seed, version, { table3, table4 }, asHtml),
    ), { numRuns: 40 });
  });
});

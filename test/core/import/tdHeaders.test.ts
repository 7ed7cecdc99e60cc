import * as assert from 'assert';
import * as fc from 'fast-check';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { FORMATS } from '../../../core/src/formats';
import { importReport, importText } from '../../../core/src/import';
import { readHtml } from '../../../core/src/import/html';
import { markdownToHtml } from '../../helpers/htmlShapes';
import { errorsOf, numbersOf } from '../../helpers/imported';
import { assertPlaced } from '../../helpers/placed';

/**
 * Web pages (CMS) and Word tables write header rows as ordinary <td> cells. Their words are the
 * evidence (core/src/import/headerRows.ts): names only, statutory column names, no row label.
 * The reports are made up (a fictional agency, numbers that add up).
 */

const T3 = FORMATS['2021'].tables.table3.subTables[0].columns.map((c) => c.label);
const T4 = FORMATS['2021'].tables.table4.subTables[0].columns.map((c) => c.label);
const cell = (text: string, attributes = '') => `<td${attributes}><p style="text-align:center"><span>${text}</span></p></td>`;
const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
/** A body row: its label cell, then the statutory-order numbers written in the page's column order. */
const bodyRow = (label: string, statutory: number[], order: number[], labelAttributes = '') => tr([cell(label, labelAttributes), ...order.map((c) => cell(String(statutory[c])))]);
const page = (title: string, sections: string[]) => `<html><head><title>${title}</title></head><body><h1>${title}</h1>${sections.join('\n')}</body></html>`;
const headerFlags = (html: string) => readHtml(html).lines.filter((l) => l.cells).map((l) => (l.header ? 'H' : 'B')).join('');

// 青石县农业农村局, 2024 (2021 format): numbers that add up (总计 the sum; 一+二 = 办理结果总计 + 结转).
const NEW = [9, 2, 0, 1, 1, 0, 13];
const CARRIED = [1, 0, 0, 0, 0, 0, 1];
const GRANTED = [4, 1, 0, 0, 1, 0, 6];
const PARTIAL = [2, 0, 0, 0, 0, 0, 2];
const NOT_HELD = [3, 1, 0, 1, 0, 0, 5];
const TOTAL = [9, 2, 0, 1, 1, 0, 13];
const OVER = [1, 0, 0, 0, 0, 0, 1];
const REVIEW = [2, 1, 0, 0, 3];
const DIRECT = [1, 0, 1, 1, 3];
const AFTER = [0, 1, 0, 0, 1];

const OPENING = ['<p>一、总体情况</p>', '<p>本年度，本局依法做好政府信息公开工作。</p>'];
const CLOSING = ['<p>五、存在的主要问题及改进情况</p>', '<p>培训覆盖面不够广，下一年度加强培训。</p>', '<p>六、其他需要报告的事项</p>', '<p>本年度未收取信息处理费。</p>'];

/**
 * Table 三 with the template's three-level header in <td>: the 勾稽 note in the corner, 申请人情况 over
 * 自然人 · 法人或其他组织 (five sub-columns) · 总计, here with 总计 first and the sub-columns reordered.
 */
function table3Page(order: number[]): string {
  const legal = (c: number) => c >= 1 && c <= 5; // the 法人或其他组织 sub-columns, kept together (the template merges their group cell)
  const firstLevel = order.flatMap((c, i) => (!legal(c) ? [cell(T3[c], ' rowspan="2"')] : legal(order[i - 1] ?? -1) ? [] : [cell('法人或其他组织', ' colspan="5"')]));
  const row = (label: string, statutory: number[]) => bodyRow(label, statutory, order, ' colspan="3"');
  const numbers = (statutory: number[]) => order.map((c) => cell(String(statutory[c])));
  const table = ['<table border="1" cellspacing="0"><tbody>',
    tr([cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"'), cell('申请人情况', ' colspan="7"')]),
    tr(firstLevel),
    tr(order.filter(legal).map((c) => cell(T3[c]))),
    row('一、本年新收政府信息公开申请数量', NEW),
    row('二、上年结转政府信息公开申请数量', CARRIED),
    tr([cell('三、本年度办理结果', ' rowspan="4"'), cell('（一）予以公开', ' colspan="2"'), ...numbers(GRANTED)]),
    tr([cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ' colspan="2"'), ...numbers(PARTIAL)]),
    tr([cell('（四）无法提供'), cell('1.本机关不掌握相关政府信息'), ...numbers(NOT_HELD)]),
    tr([cell('（七）总计', ' colspan="2"'), ...numbers(TOTAL)]),
    row('四、结转下年度继续办理', OVER),
    '</tbody></table>'].join('\n');
  return page('青石县农业农村局2024年政府信息公开工作年度报告', [...OPENING, '<p>三、收到和处理政府信息公开申请情况</p>', table, ...CLOSING]);
}

/** Table 四 with its three-level <td> header, the groups in the given order (0 行政复议, 1 直接起诉, 2 复议后起诉) and columns. */
function table4Page(groups: number[], columns: number[]): string {
  const names = ['行政复议', '未经复议直接起诉', '复议后起诉'];
  const values = [REVIEW, DIRECT, AFTER];
  const suits = groups.filter((g) => g > 0);
  const reviewFirst = groups[0] === 0;
  const top = [cell('行政复议', ' colspan="5" rowspan="2"'), cell('行政诉讼', ' colspan="10"')];
  const table = ['<table border="1"><tbody>',
    tr(reviewFirst ? top : top.reverse()),
    tr(suits.map((g) => cell(names[g], ' colspan="5"'))),
    tr(groups.flatMap(() => columns.map((c) => cell(T4[c])))),
    tr((reviewFirst ? [0, ...suits] : [...suits, 0]).flatMap((g) => columns.map((c) => cell(String(values[g][c]))))),
    '</tbody></table>'].join('\n');
  return page('青石县农业农村局2024年政府信息公开工作年度报告', [...OPENING, '<p>四、政府信息公开行政复议、行政诉讼情况</p>', table, ...CLOSING]);
}

describe('import: HTML/DOCX header rows written as <td> (their words are the evidence)', () => {
  it('a three-level <td> header (rowspan/colspan, <p>/<span> inside) gives every body cell the names above it', () => {
    const doc = readHtml(table3Page([0, 1, 2, 3, 4, 5, 6]));
    const rows = doc.lines.filter((l) => l.cells);
    assert.deepStrictEqual(rows.slice(0, 4).map((l) => Boolean(l.header)), [true, true, true, false]);
    assert.deepStrictEqual(rows[3].headers!.slice(1), ['申请人情况 自然人', ...T3.slice(1, 6).map((n) => `申请人情况 法人或其他组织 ${n}`), '申请人情况 总计']);
  });

  it('table 三 with 总计 first and the 法人或其他组织 sub-columns reordered: every number in its statutory cell', () => {
    for (const order of [[6, 0, 5, 4, 3, 2, 1], [0, 3, 1, 5, 2, 4, 6], [0, 1, 2, 3, 4, 5, 6]]) {
      const { text, summary } = importText(table3Page(order), 'html');
      const numbers = numbersOf(text);
      const strings = (n: number[]) => n.map(String);
      assert.deepStrictEqual(numbers['table3/new'], strings(NEW), `${order}\n${text}`);
      assert.deepStrictEqual(numbers['table3/carriedIn'], strings(CARRIED));
      assert.deepStrictEqual(numbers['table3/granted'], strings(GRANTED));
      assert.deepStrictEqual(numbers['table3/partial'], strings(PARTIAL));
      assert.deepStrictEqual(numbers['table3/unable.notHeld'], strings(NOT_HELD));
      assert.deepStrictEqual(numbers['table3/total'], strings(TOTAL));
      assert.deepStrictEqual(numbers['table3/carriedOver'], strings(OVER));
      assert.deepStrictEqual(summary.unplaced, []);
      assert.deepStrictEqual(summary.unmapped, [], text);
      assert.deepStrictEqual(errorsOf(text).filter((e) => /^table3/.test(e)), [], text);
    }
  });

  it('table 四 with its groups and columns in another order: every number in its statutory cell', () => {
    for (const [groups, columns] of [[[0, 1, 2], [4, 0, 1, 2, 3]], [[2, 1, 0], [0, 1, 2, 3, 4]], [[1, 2, 0], [3, 2, 1, 0, 4]]]) {
      const { text, summary } = importText(table4Page(groups, columns), 'html');
      const numbers = numbersOf(text);
      assert.deepStrictEqual([numbers['table4/review'], numbers['table4/directSuit'], numbers['table4/suitAfterReview']],
        [REVIEW, DIRECT, AFTER].map((r) => r.map(String)), `${groups} ${columns}\n${text}`);
      assert.deepStrictEqual(summary.unplaced, []);
    }
  });

  it('table 四 in the template\'s layout (行政复议\'s columns beside 未经复议直接起诉 · 复议后起诉, rowspan 2), 总计 moved first in each group', () => {
    const columns = [4, 0, 1, 2, 3];
    const values = [REVIEW, DIRECT, AFTER].flatMap((r) => columns.map((c) => cell(String(r[c]))));
    const html = page('青石县农业农村局2024年政府信息公开工作年度报告', [...OPENING, '<p>四、政府信息公开行政复议、行政诉讼情况</p>', '<table border="1"><tbody>',
      tr([cell('行政复议', ' colspan="5"'), cell('行政诉讼', ' colspan="10"')]),
      tr([...columns.map((c) => cell(T4[c], ' rowspan="2"')), cell('未经复议直接起诉', ' colspan="5"'), cell('复议后起诉', ' colspan="5"')]),
      tr([...columns, ...columns].map((c) => cell(T4[c]))),
      tr(values), '</tbody></table>', ...CLOSING]);
    const lines = readHtml(html).lines.filter((l) => l.cells);
    assert.deepStrictEqual(lines.map((l) => (l.header ? 'H' : 'B')).join(''), 'HHHB');
    assert.deepStrictEqual([lines[3].headers![0], lines[3].headers![5], lines[3].headers![14]], ['行政复议 总计', '行政诉讼 未经复议直接起诉 总计', '行政诉讼 复议后起诉 尚未审结']);
    const numbers = numbersOf(importText(html, 'html').text);
    assert.deepStrictEqual([numbers['table4/review'], numbers['table4/directSuit'], numbers['table4/suitAfterReview']], [REVIEW, DIRECT, AFTER].map((r) => r.map(String)));
  });

  it('a 2019-format page (table 二 and 三 one-level, columns moved): every number in its statutory cell', () => {
    const item1 = ['对外公开总数量', '本年新制作数量', '本年新公开数量'];
    const t3 = [6, 0, 1, 2, 3, 4, 5];
    const html = page('青石县统计局2020年政府信息公开工作年度报告', [...OPENING, '<p>二、主动公开政府信息情况</p>',
      `<table border="1"><tbody>${tr([cell('第二十条第（一）项', ' colspan="4"')])}${tr(['信息内容', ...item1].map((n) => cell(n)))}`
      + `${tr(['规章', '0', '0', '0'].map((n) => cell(n)))}${tr(['规范性文件', '12', '3', '2'].map((n) => cell(n)))}</tbody></table>`,
      '<p>三、收到和处理政府信息公开申请情况</p>',
      `<table border="1"><tbody>${tr([cell('项目'), ...t3.map((c) => cell(T3[c]))])}${bodyRow('一、本年新收政府信息公开申请数量', NEW, t3)}`
      + `${bodyRow('（一）予以公开', GRANTED, t3)}${bodyRow('（七）总计', TOTAL, t3)}</tbody></table>`, ...CLOSING]);
    const { text, summary } = importText(html, 'html');
    assert.strictEqual(summary.format, '2019');
    const numbers = numbersOf(text);
    assert.deepStrictEqual(numbers['table2/item1.normative'], ['3', '2', '12'], text);
    assert.deepStrictEqual(numbers['table3/new'], NEW.map(String));
    assert.deepStrictEqual(numbers['table3/granted'], GRANTED.map(String));
    assert.deepStrictEqual(numbers['table3/total'], TOTAL.map(String));
  });

  it('table 二 (2021) as one table: each sub-table\'s <td> header row, even of one column (信息内容 · 本年处理决定数量), names its columns afresh', () => {
    const caption = (item: string) => tr([cell(`第二十条第（${item}）项`, ' colspan="4"')]);
    const html = page('青石县农业农村局2024年政府信息公开工作年度报告', [...OPENING, '<p>二、主动公开政府信息情况</p>', '<table border="1"><tbody>',
      caption('一'), tr(['信息内容', '现行有效件数', '本年制发件数', '本年废止件数'].map((n) => cell(n))),
      tr(['规章', '0', '0', '0'].map((n) => cell(n))), tr(['行政规范性文件', '7', '2', '1'].map((n) => cell(n))),
      caption('五'), tr([cell('信息内容'), cell('本年处理决定数量', ' colspan="3"')]), tr([cell('行政许可'), cell('315', ' colspan="3"')]),
      '</tbody></table>', ...CLOSING]);
    const lines = readHtml(html).lines.filter((l) => l.cells);
    assert.deepStrictEqual(lines.map((l) => (l.header ? 'H' : 'B')).join(''), 'BHBBBHB');
    assert.deepStrictEqual(lines[6].headers, ['信息内容', '本年处理决定数量']);
    const numbers = numbersOf(importText(html, 'html').text);
    assert.deepStrictEqual(numbers['table2/item1.normative'], ['2', '1', '7']);
    assert.deepStrictEqual(numbers['table2/item5.licensing'], ['315']);
  });

  it('table 四 transposed (its rows as <td> header columns, the column names down the first column) is turned back', () => {
    const order = [4, 2, 0, 3, 1];
    const html = page('青石县农业农村局2024年政府信息公开工作年度报告', [...OPENING, '<p>四、政府信息公开行政复议、行政诉讼情况</p>',
      `<table border="1"><tbody>${tr(['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].map((n) => cell(n)))}`
      + order.map((c) => tr([cell(T4[c]), ...[REVIEW, DIRECT, AFTER].map((r) => cell(String(r[c])))])).join('') + '</tbody></table>', ...CLOSING]);
    const numbers = numbersOf(importText(html, 'html').text);
    assert.deepStrictEqual([numbers['table4/review'], numbers['table4/directSuit'], numbers['table4/suitAfterReview']], [REVIEW, DIRECT, AFTER].map((r) => r.map(String)));
  });

  it('a Word table whose header row is not marked as one (mammoth: <td>) places columns in another order, also under a two-level header', async () => {
    const wordCell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...options });
    const legal = ['科研机构', '商业企业', '其他', '法律服务机构', '社会公益组织'];
    const written = [6, 2, 1, 5, 4, 3, 0]; // 总计, then the 法人 sub-columns as named above, then 自然人
    const doc = new Document({ sections: [{ children: [
      new Paragraph('青石县审计局2024年政府信息公开工作年度报告'), new Paragraph('一、总体情况'), new Paragraph('本年度依法公开政府信息。'),
      new Paragraph('三、收到和处理政府信息公开申请情况'),
      new Table({ rows: [
        new TableRow({ children: [wordCell('项目', { rowSpan: 2 }), wordCell('总计', { rowSpan: 2 }), wordCell('法人或其他组织', { columnSpan: 5 }), wordCell('自然人', { rowSpan: 2 })] }),
        new TableRow({ children: legal.map((n) => wordCell(n)) }),
        new TableRow({ children: ['一、本年新收政府信息公开申请数量', ...written.map((c) => String(NEW[c]))].map((t) => wordCell(t)) }),
        new TableRow({ children: ['（一）予以公开', ...written.map((c) => String(GRANTED[c]))].map((t) => wordCell(t)) }),
      ] }),
    ] }] });
    const { text } = await importReport(await Packer.toBuffer(doc));
    assert.deepStrictEqual(numbersOf(text)['table3/new'], NEW.map(String), text);
    assert.deepStrictEqual(numbersOf(text)['table3/granted'], GRANTED.map(String), text);
  });

  describe('never a false header: without clear evidence the rows stay body rows (the names above stay)', () => {
    const head = tr([cell('项目'), ...T3.map((n) => cell(n))]);
    const t = (rows: string) => `<table>${rows}</table>`;
    const numbers = (label: string) => tr([cell(label), ...T3.map((_, i) => cell(String(i)))]);

    it('a body row of a label and text cells (不适用), a group row, a row label among names', () => {
      assert.strictEqual(headerFlags(t(head + tr([cell('（一）予以公开'), ...T3.map(() => cell('不适用'))]) + numbers('（二）部分公开'))), 'HBB');
      assert.strictEqual(headerFlags(t(head + numbers('一、本年新收政府信息公开申请数量') + tr([cell('三、本年度办理结果', ' colspan="8"')]) + numbers('（一）予以公开'))), 'HBBB');
      assert.strictEqual(headerFlags(t(head + numbers('（二）部分公开') + tr([cell('（三）不予公开'), cell('自然人'), cell('总计')]))), 'HBB');
      const doc = readHtml(t(head + tr([cell('（一）予以公开'), ...T3.map(() => cell('不适用'))]) + numbers('（二）部分公开')));
      assert.deepStrictEqual(doc.lines.filter((l) => l.cells)[2].headers, ['项目', ...T3]);
    });

    it('a caption above the header is no level of it; generic names, one column name or a blank marker are no header', () => {
      const caption = readHtml(t(tr([cell('表3 收到和处理政府信息公开申请情况统计表', ' colspan="8"')]) + head + numbers('（一）予以公开')));
      assert.deepStrictEqual(caption.lines.filter((l) => l.cells).map((l) => Boolean(l.header)), [false, true, false]);
      assert.deepStrictEqual(caption.lines.filter((l) => l.cells)[2].headers, ['项目', ...T3]);
      assert.strictEqual(headerFlags(t(tr([cell('申请人情况'), cell('详见附件')]) + head + numbers('（一）予以公开'))), 'BHB');
      assert.strictEqual(headerFlags(t(tr(['项目', '数据1', '数据2', '数据3'].map((n) => cell(n))) + numbers('（一）予以公开'))), 'BB');
      assert.strictEqual(headerFlags(t(tr([cell('项目'), cell('总计')]) + numbers('（一）予以公开'))), 'BB');
      assert.strictEqual(headerFlags(t(tr([cell('项目'), cell('自然人'), cell('—'), cell('总计')]) + numbers('（一）予以公开'))), 'BB');
      assert.strictEqual(headerFlags(t(tr([cell('项目'), cell('自然人'), cell(''), cell('总计')]) + numbers('（一）予以公开'))), 'BB');
    });

    it('prose laid out in a table (a contact block) is no header', () => {
      assert.strictEqual(headerFlags(t(tr([cell('联系人'), cell('王某')]) + tr([cell('电话'), cell('0000-0000000')]))), 'BB');
      assert.strictEqual(headerFlags(t(tr([cell('其他'), cell('见附件'), cell('说明'), cell('备注')]))), 'B');
    });
  });

  it('property: the Markdown shapes as CMS pages (header rows as <td>, <p>/<strong> inside), every number in exactly its cell', () => {
    const asTdHtml = { kind: 'html' as const, write: (markdown: string) => markdownToHtml(markdown, 'td') };
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('2019' as const, '2021' as const),
      fc.constantFrom('plain' as const, 'shuffled' as const), fc.constantFrom('fifteen' as const, 'three' as const, 'apart' as const, 'shuffled' as const, 'transposed' as const),
      (seed, version, table3, table4) => assertPlaced(seed, version, { table3, table4 }, asTdHtml),
    ), { numRuns: 40 });
  });
});

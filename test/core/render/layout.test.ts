import * as assert from 'assert';
import { FORMATS } from '../../../core/src';
import { example, QINGSHI, replaceLine, SEED } from '../../helpers/examples';
import { gridCoverage, layoutOf, tableOf, texts } from '../../helpers/render';

const TABLE3_NOTE_TEXT = FORMATS['2021'].tables.table3.note;

describe('render: the report laid out in the official form', () => {
  const qingshi = layoutOf(example(QINGSHI));
  const seed = layoutOf(example(SEED));

  it('prints the title, the preamble and the six canonical headings in order', () => {
    assert.deepStrictEqual(qingshi.blocks[0], {
      kind: 'title', text: '青石市人民政府2024年政府信息公开工作年度报告', source: { line: 1, character: 3 }, mark: undefined,
    });
    assert.strictEqual(qingshi.blocks[1].kind, 'paragraph');
    assert.match((qingshi.blocks[1] as { text: string }).text, /^本报告由青石市人民政府办公室/);
    const headings = qingshi.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    assert.deepStrictEqual(headings, FORMATS['2021'].sections.map((s) => s.heading));
  });

  for (const [name, layout] of [['2021 (青石)', qingshi], ['2019 (seed)', seed]] as const) {
    it(`every table of ${name} covers its grid exactly once (no gaps, no overlaps)`, () => {
      for (const block of layout.blocks) {
        if (block.kind !== 'table') continue;
        assert.deepStrictEqual(gridCoverage(block), block.rows.map(() => block.columns), `table ${block.table}`);
      }
    });
  }

  it('table 三: the 勾稽 note top left, 申请人情况 spanning, 法人或其他组织 over five columns, 总计', () => {
    const table = tableOf(qingshi, 'table3');
    assert.strictEqual(table.columns, 10);
    assert.strictEqual(table.headerRows, 3);
    const [first, second, third] = table.rows;
    assert.deepStrictEqual(first.cells.map((c) => [c.text, c.colSpan, c.rowSpan]), [[TABLE3_NOTE_TEXT, 3, 3], ['申请人情况', 7, 1]]);
    assert.deepStrictEqual(second.cells.map((c) => [c.text, c.colSpan, c.rowSpan]), [['自然人', 1, 2], ['法人或其他组织', 5, 1], ['总计', 1, 2]]);
    assert.deepStrictEqual(texts(third), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('table 三 (2021): 三、本年度办理结果 is one vertical cell over 22 rows; （三）…（六） span their items', () => {
    const groups = tableOf(qingshi, 'table3').rows.flatMap((r) => r.cells).filter((c) => c.role === 'group');
    assert.deepStrictEqual(groups.map((c) => [c.text, c.rowSpan, !!c.vertical]), [
      ['三、本年度办理结果', 22, true], ['（三）不予公开', 8, false], ['（四）无法提供', 3, false], ['（五）不予处理', 5, false], ['（六）其他处理', 3, false],
    ]);
  });

  it('table 三 (2019): （六）其他处理 is one row spanning two label columns; the vertical cell spans 20 rows', () => {
    const rows = tableOf(seed, 'table3').rows;
    const groups = rows.flatMap((r) => r.cells).filter((c) => c.role === 'group');
    assert.deepStrictEqual(groups.map((c) => [c.text, c.rowSpan]), [['三、本年度办理结果', 20], ['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5]]);
    const other = rows.find((r) => r.cells.some((c) => c.text === '（六）其他处理'))!;
    assert.strictEqual(other.cells[0].colSpan, 2);
    assert.strictEqual(other.cells.length, 8);
  });

  it('table 三: labels in full and the seven numbers as written', () => {
    const rows = tableOf(qingshi, 'table3').rows.slice(3);
    assert.strictEqual(rows.length, 25);
    assert.deepStrictEqual(texts(rows[0]), ['一、本年新收政府信息公开申请数量', '2456', '40', '0', '0', '46', '6', '2548']);
    assert.deepStrictEqual(texts(rows[rows.length - 1]), ['四、结转下年度继续办理', '45', '0', '0', '0', '0', '0', '45']);
    assert.deepStrictEqual(rows.map((r) => r.cells.find((c) => c.role === 'label')!.text),
      FORMATS['2021'].tables.table3.subTables[0].rows.filter((r) => r.kind !== 'group').map((r) => r.label));
  });

  it('table 四: 行政复议 (5) | 行政诉讼 over 未经复议直接起诉 (5) and 复议后起诉 (5), one row of 15 numbers', () => {
    const table = tableOf(qingshi, 'table4');
    assert.strictEqual(table.columns, 15);
    const [first, second, third, data] = table.rows;
    assert.deepStrictEqual(first.cells.map((c) => [c.text, c.colSpan]), [['行政复议', 5], ['行政诉讼', 10]]);
    assert.deepStrictEqual(second.cells.map((c) => [c.text, c.colSpan, c.rowSpan]), [
      ['结果维持', 1, 2], ['结果纠正', 1, 2], ['其他结果', 1, 2], ['尚未审结', 1, 2], ['总计', 1, 2], ['未经复议直接起诉', 5, 1], ['复议后起诉', 5, 1],
    ]);
    assert.deepStrictEqual(texts(third), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    assert.deepStrictEqual(texts(data), ['58', '41', '133', '29', '261', '17', '3', '11', '4', '35', '9', '2', '3', '5', '19']);
    // Each number points at its own source line (三 rows of five in the source).
    assert.deepStrictEqual([data.cells[0].source!.line, data.cells[5].source!.line, data.cells[10].source!.line], [65, 66, 67]);
  });

  it('table 二: per caption a caption row and a 信息内容 header row; a single value column spans the rest', () => {
    const table = tableOf(qingshi, 'table2');
    assert.strictEqual(table.columns, 4);
    const captions = table.rows.filter((r) => r.kind === 'caption').map((r) => [r.cells[0].text, r.cells[0].colSpan]);
    assert.deepStrictEqual(captions, [['第二十条第（一）项', 4], ['第二十条第（五）项', 4], ['第二十条第（六）项', 4], ['第二十条第（八）项', 4]]);
    const headers = table.rows.filter((r) => r.kind === 'columns');
    assert.deepStrictEqual(headers.map((r) => r.cells[0].text), ['信息内容', '信息内容', '信息内容', '信息内容']);
    const licensing = table.rows.find((r) => r.cells[0].text === '行政许可')!;
    assert.deepStrictEqual(licensing.cells.map((c) => [c.text, c.colSpan]), [['行政许可', 1], ['386514', 3]]);
  });

  it('table 二 (2019): keeps the author\'s qualifier after a canonical column label', () => {
    const header = tableOf(seed, 'table2').rows.filter((r) => r.kind === 'columns').at(-1)!;
    assert.deepStrictEqual(texts(header), ['信息内容', '采购项目数量', '采购总金额（单位：万元，保留4位小数）']);
  });

  it('prints statutory labels in full whatever short spelling the author typed', () => {
    let text = example(QINGSHI);
    text = replaceLine(text, '一、本年新收政府信息公开申请数量', '新收 | 2456 | 40 | 0 | 0 | 46 | 6 | 2548');
    text = replaceLine(text, '（二）部分公开', '部分公开 | 362 | 5 | 0 | 0 | 0 | 0 | 367');
    text = replaceLine(text, '行政复议         |', '复议 | 58 | 41 | 133 | 29 | 261');
    const layout = layoutOf(text);
    const labels = tableOf(layout, 'table3').rows.map((r) => r.cells.find((c) => c.role === 'label')?.text);
    assert.ok(labels.includes('一、本年新收政府信息公开申请数量'));
    assert.ok(labels.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
    assert.ok(!labels.includes('新收') && !labels.includes('部分公开'));
    assert.strictEqual(tableOf(layout, 'table4').rows[0].cells[0].text, '行政复议');
  });

  it('marks a cell that carries a diagnostic, with the worst severity and the message', () => {
    const text = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
    const row = tableOf(layoutOf(text), 'table3').rows.find((r) => r.cells.some((c) => c.text === '（一）予以公开'))!;
    const total = row.cells.at(-1)!;
    assert.strictEqual(total.text, '1135');
    assert.strictEqual(total.mark?.severity, 'error');
    assert.ok(total.mark!.messages.some((m) => m.includes('1134')), total.mark!.messages.join('\n'));
    assert.strictEqual(row.cells[2].mark, undefined);
  });

  it('shows a blank as a blank (never 0), and a missing statutory row as an empty row', () => {
    let text = replaceLine(example(QINGSHI), '2.重复申请', '2.重复申请 |  | 0 | 0 | 0 | 0 | 0 | 31');
    text = text.split('\n').filter((l) => !l.startsWith('3.要求提供公开出版物')).join('\n');
    const rows = tableOf(layoutOf(text), 'table3').rows;
    const repeat = rows.find((r) => r.cells.some((c) => c.text === '2.重复申请'))!;
    assert.strictEqual(repeat.cells.find((c) => c.role === 'value')!.text, '');
    const blank = repeat.cells.find((c) => c.role === 'value')!;
    assert.ok(blank.mark?.messages.some((m) => m.includes('未填写')), JSON.stringify(blank.mark));
    const missing = rows.find((r) => r.cells.some((c) => c.text === '3.要求提供公开出版物'))!;
    assert.strictEqual(missing.missing, true);
    assert.strictEqual(missing.source, undefined);
    assert.deepStrictEqual(missing.cells.filter((c) => c.role === 'value').map((c) => c.text), ['', '', '', '', '', '', '']);
  });

  it('prints a section not written yet at its place, marked missing, with its empty table', () => {
    const text = example(QINGSHI);
    const without = text.slice(0, text.indexOf('# 四、')) + text.slice(text.indexOf('# 五、'));
    const layout = layoutOf(without);
    const index = layout.blocks.findIndex((b) => b.kind === 'heading' && b.text === '四、政府信息公开行政复议、行政诉讼情况');
    assert.deepStrictEqual(layout.blocks[index], { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况', missing: true });
    const table = layout.blocks[index + 1];
    assert.ok(table.kind === 'table' && table.table === 'table4');
    assert.deepStrictEqual(texts(table.rows.at(-1)!), Array(15).fill(''));
    assert.strictEqual((layout.blocks[index + 2] as { text: string }).text, '五、存在的主要问题及改进情况');
  });

  it('keeps rows that are not statutory, as written, in a marked table after the statutory one', () => {
    const text = replaceLine(example(QINGSHI), '四、结转下年度继续办理', '四、结转下年度继续办理 | 103 | 0 | 0 | 0 | 0 | 0 | 103\n其他情况说明 | 1 | 2');
    const layout = layoutOf(text);
    const stray = tableOf(layout, 'stray');
    assert.deepStrictEqual(texts(stray.rows[0]), ['其他情况说明', '1', '2']);
    assert.strictEqual(stray.rows[0].cells[0].mark?.severity, 'error');
    assert.strictEqual(layout.blocks[layout.blocks.indexOf(stray) - 1], tableOf(layout, 'table3'));
  });

  it('every written row and block carries its source line', () => {
    const lines = example(QINGSHI).split('\n');
    for (const block of qingshi.blocks) {
      if (block.kind === 'table') {
        for (const row of block.rows) {
          if (row.kind !== 'data' || !row.source || block.table === 'table4') continue;
          const label = row.cells.find((c) => c.role === 'label')!;
          assert.strictEqual(lines[row.source.line].split('|')[0].trim(), label.text);
        }
      } else if (block.source && block.kind !== 'title') {
        assert.ok(lines[block.source.line].includes(block.text.slice(0, 10)), `line ${block.source.line}: ${block.text.slice(0, 10)}`);
      }
    }
  });
});

import * as assert from 'assert';
import JSZip from 'jszip';
import { analyze, FORMATS, layoutReport, type FormatVersion } from '../../../core/src';
import { renderDocx } from '../../../core/src/render/docx';
import { example, QINGSHI, SEED } from '../../helpers/examples';

async function documentXml(name: string): Promise<string> {
  const analysis = analyze(example(name));
  const bytes = await renderDocx(layoutReport(analysis.model, analysis.diagnostics));
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

/** The text of every paragraph (runs joined), in document order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every statutory text of a format: headings, captions, column and row labels, the note and spanning headers. */
function statutoryTexts(version: FormatVersion): string[] {
  const format = FORMATS[version];
  const out = format.sections.map((s) => s.heading);
  for (const table of Object.values(format.tables)) {
    if (table.note) out.push(table.note);
    if (table.columnsHeading) out.push(table.columnsHeading);
    for (const sub of table.subTables) {
      if (sub.caption) out.push(sub.caption);
      for (const column of sub.columns) out.push(column.label, ...(column.group ? [column.group] : []));
      for (const row of sub.rows) out.push(row.label, ...(row.group ? [row.group] : []));
    }
  }
  return [...new Set(out)];
}

describe('render: DOCX read back', () => {
  for (const [name, version] of [[QINGSHI, '2021'], [SEED, '2019']] as const) {
    it(`${name}: three real Word tables, and every statutory label and heading in full`, async () => {
      const xml = await documentXml(name);
      assert.strictEqual(tables(xml).length, 3);
      const texts = new Set(paragraphs(xml).map(unescape));
      // 采购总金额 is printed with the qualifier the seed's header declares.
      const missing = statutoryTexts(version).filter((t) => !texts.has(t) && ![...texts].some((p) => p.startsWith(t + '（')));
      assert.deepStrictEqual(missing, []);
    });
  }

  it('headings are Word headings: one Title and the six sections as Heading 1', async () => {
    const xml = await documentXml(QINGSHI);
    assert.strictEqual(count(xml, /<w:pStyle w:val="Title"\/>/g), 1);
    assert.strictEqual(count(xml, /<w:pStyle w:val="Heading1"\/>/g), 6);
  });

  it('table 三 merges the note, 申请人情况, 法人或其他组织 and the row groups; 三、本年度办理结果 runs vertically', async () => {
    const table3 = tables(await documentXml(QINGSHI))[1];
    assert.strictEqual(count(table3, /<w:gridCol /g), 10);
    assert.strictEqual(count(table3, /<w:tr>|<w:tr /g), 28); // 3 header rows + 25 data rows
    assert.strictEqual(count(table3, /<w:gridSpan w:val="7"\/>/g), 1); // 申请人情况
    assert.strictEqual(count(table3, /<w:gridSpan w:val="5"\/>/g), 1); // 法人或其他组织
    assert.strictEqual(count(table3, /<w:gridSpan w:val="3"\/>/g), 6); // the note in its 3 rows; 一、 二、 四、
    assert.strictEqual(count(table3, /<w:gridSpan w:val="2"\/>/g), 3); // （一）（二）（七）
    // Restarted vertical merges: the note, 自然人, 总计, 三、本年度办理结果, （三）（四）（五）（六）.
    assert.strictEqual(count(table3, /<w:vMerge w:val="restart"\/>/g), 8);
    // Continued: note 2 + 自然人 1 + 总计 1 + the vertical cell 21 + （三）7 （四）2 （五）4 （六）2.
    assert.strictEqual(count(table3, /<w:vMerge w:val="continue"\/>/g), 40);
    // The vertical cell and its 21 merged continuations (Word reads the direction from the first).
    assert.strictEqual(count(table3, /<w:textDirection w:val="tbRl"\/>/g), 22);
    assert.strictEqual(count(table3, /<w:tblHeader\/>/g), 3);
  });

  it('table 四: 行政复议 over 5, 行政诉讼 over 10, its two groups over 5 each, and one row of 15 numbers', async () => {
    const table4 = tables(await documentXml(QINGSHI))[2];
    assert.strictEqual(count(table4, /<w:gridCol /g), 15);
    assert.strictEqual(count(table4, /<w:gridSpan w:val="10"\/>/g), 1);
    assert.strictEqual(count(table4, /<w:gridSpan w:val="5"\/>/g), 3);
    assert.strictEqual(count(table4, /<w:vMerge w:val="restart"\/>/g), 5);
    const lastRow = [...table4.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].at(-1)![0];
    assert.deepStrictEqual(paragraphs(lastRow), ['58', '41', '133', '29', '261', '17', '3', '11', '4', '35', '9', '2', '3', '5', '19']);
  });

  it('is A4 with official-document margins', async () => {
    const xml = await documentXml(SEED);
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
  });
});

import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextDirection, TextRun,
  VerticalAlignTable, WidthType, type IRunOptions,
} from 'docx';
import { markupSafe } from '../text/sanitize';
import { fitColumns } from './fit';
import type { LayoutCell, ReportLayout, TableBlock, TextBlock } from './types';

/**
 * The report as a Word document: real Word tables with merged cells (rowSpan/columnSpan),
 * headings as Word headings (Title, Heading 1, Heading 2) styled like an official document
 * (GB/T 9704-style A4 margins, 仿宋 body, 黑体 section headings, 小标宋 title).
 * Every author text goes through markupSafe: a control character would make document.xml
 * invalid XML, which Word refuses to open.
 */

const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838, top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const FANGSONG = font('仿宋_GB2312');
const SONG = font('宋体');
const HEI = font('黑体');
const XIAOBIAOSONG = font('方正小标宋简体');
const LINE = 560; // exact line pitch of 28 pt, in twips

export async function renderDocx(layout: ReportLayout): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const block of layout.blocks) {
    if (block.kind === 'table') {
      if (block.caption) children.push(new Paragraph({ children: [new TextRun({ text: markupSafe(block.caption), font: FANGSONG, size: 24 })] }));
      children.push(table(block), new Paragraph({ children: [] }));
    } else {
      children.push(textBlock(block));
    }
  }
  const document = new Document({
    creator: 'zfxxgk',
    title: markupSafe(layout.title),
    styles: {
      default: {
        document: { run: { font: FANGSONG, size: 32 }, paragraph: { spacing: { line: LINE, lineRule: 'exact' } } },
        title: { run: { font: XIAOBIAOSONG, size: 44, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 560, line: 800, lineRule: 'exact' } } },
        heading1: { run: { font: HEI, size: 32, bold: false, color: '000000' }, paragraph: { indent: { firstLine: 640 }, spacing: { before: 0, after: 0, line: LINE, lineRule: 'exact' }, keepNext: true } },
        heading2: { run: { font: FANGSONG, size: 32, bold: false, color: '000000' }, paragraph: { indent: { firstLine: 640 }, spacing: { before: 0, after: 0, line: LINE, lineRule: 'exact' }, keepNext: true } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
        },
      },
      children,
    }],
  });
  return Packer.toBuffer(document);
}

function textBlock(block: TextBlock): Paragraph {
  const runs = [new TextRun({ text: markupSafe(block.text) })];
  switch (block.kind) {
    case 'title': return new Paragraph({ heading: HeadingLevel.TITLE, children: runs });
    case 'heading': return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs });
    case 'subheading': return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs });
    case 'paragraph': return new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: runs });
  }
}

/** Table text: 宋体 五号 (10.5 pt), smaller only when a table's numbers cannot fit otherwise. */
const TABLE_HALF_POINTS = 21;
const CELL_MARGIN = 60;

function table(block: TableBlock): Table {
  // Every number fits its column on one line (a wrapped 3001 reads as 300 / 1).
  const { widths, halfPoints } = fitColumns(block, TEXT_WIDTH, TABLE_HALF_POINTS, 2 * CELL_MARGIN);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: block.rows.map((row, r) => {
      let column = 0;
      const cells = row.cells.map((c) => {
        // Column position is only used for widths; cells covered by a rowSpan above are skipped by docx itself.
        const width = widths.slice(column, column + c.colSpan).reduce((a, b) => a + b, 0);
        column += c.colSpan;
        return cell(c, width, halfPoints);
      });
      return new TableRow({ children: cells, tableHeader: r < block.headerRows, cantSplit: true, keepNext: row.kind === 'caption' || row.kind === 'columns' });
    }),
  });
}

function cell(c: LayoutCell, width: number, size: number): TableCell {
  const run: IRunOptions = { text: markupSafe(c.text), font: SONG, size, bold: c.role === 'caption' };
  const alignment = c.role === 'label' || c.role === 'note' || c.role === 'caption' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    children: [new Paragraph({ alignment, spacing: { line: 300, lineRule: 'auto' }, children: [new TextRun(run)] })],
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    // LibreOffice shows vertical text of a cell that runs over a page break only from its top.
    verticalAlign: c.vertical ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    textDirection: c.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
  });
}

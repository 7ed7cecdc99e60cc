import { Parser } from 'htmlparser2';
import { headerRowsByWords } from './headerRows';
import type { SourceDocument, SourceLine } from './types';
import { readValue } from './values';

/**
 * HTML reader: paragraphs become lines, <table> rows become lines of cells. rowspan/colspan are
 * laid out on a grid so every cell knows its column; cells covered by a span are not repeated
 * (the statutory tables merge their label cells). htmlparser2 reads the page in one pass (linear
 * on any input, issue 14 F3: no regex rescans to the end for each unclosed `<!--`).
 */

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'blockquote', 'pre', 'table', 'tr', 'hr', 'dd', 'dt', 'dl', 'center', 'form', 'main', 'nav', 'aside', 'caption', 'tbody', 'thead', 'tfoot']);
const HEADING = /^h[1-6]$/;
/** Elements whose text is not the report's. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

interface Cell { text: string; rowspan: number; colspan: number; th: boolean }
interface Row { cells: Cell[]; head: boolean }
interface Table { rows: Row[]; row?: Row; cell?: Cell; head: number }

function span(value: string | undefined): number {
  const match = value ? /^\s*(\d+)/.exec(value) : null;
  const n = match ? Number(match[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Lay rows out on a grid; returns each row's own cells with their column. */
function layoutTable(rows: Array<Array<Omit<Cell, 'th'>>>): Array<Array<{ text: string; column: number; span: number }>> {
  const covered: Array<Set<number>> = [];
  return rows.map((cells, r) => {
    const taken = covered[r] ?? new Set<number>();
    let column = 0;
    return cells.map((cell) => {
      while (taken.has(column)) column++;
      // Spans are capped (span()), and only rows that exist are marked: a rowspan of 1000 on the last row costs nothing.
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        const set = (covered[r + dr] ??= new Set<number>());
        for (let dc = 0; dc < cell.colspan; dc++) set.add(column + dc);
      }
      const placed = { text: cell.text, column, span: cell.colspan };
      column += cell.colspan;
      return placed;
    });
  });
}

type Placed = { text: string; column: number; span: number };

function rowLine(row: Placed[]): SourceLine {
  return { text: row.map((c) => c.text).join(' '), cells: row.map((c) => c.text), columns: row.map((c) => c.column + c.span) };
}

/**
 * A header row marked as one: in <thead> or all <th>, holding names only: no number or blank marker,
 * no empty cell but a corner one. A row with numbers is a body row wherever it sits (mammoth puts
 * every row of a table into <thead> when Word marks them `tblHeader w:val="off"`). Unmarked rows
 * (<td>, as CMS pages and Word write them) are header rows on the evidence of their words (headerRows.ts).
 */
function isMarkedHeaderRow(row: Row): boolean {
  if (!row.head && !row.cells.every((c) => c.th)) return false;
  return row.cells.some((c) => c.text !== '') && row.cells.every((c, i) => (c.text === '' ? i === 0 : readValue(c.text) === undefined));
}

const MAX_LEVELS = 4;

/**
 * A table's lines: header rows (<thead>, rows of <th>, rows of <td> whose words are column names)
 * are column names, never rows; every body cell carries the names above its grid column, all header levels joined (行政诉讼 未经复议直接起诉 结果维持),
 * the evidence placement uses for its column. A header repeated after body rows starts the names afresh.
 */
function tableLines(rows: Row[]): SourceLine[] {
  const placed = layoutTable(rows.map((r) => r.cells));
  const byWords = headerRowsByWords(rows.map((r) => r.cells.map((c) => c.text)));
  const lines: SourceLine[] = [];
  let names: string[][] = [];
  let inHeader = false;
  let bodySeen = false;
  rows.forEach((row, r) => {
    const cells = placed[r];
    if (cells.length === 0) return;
    // After body rows, one name across the row (<th colspan> 三、本年度办理结果) is a group row, not a new header:
    // taking it as one would wipe the column names, and the rows below would lose their evidence.
    const groupRow = bodySeen && !inHeader && cells.filter((c) => c.text !== '').length < 2;
    if (!groupRow && (isMarkedHeaderRow(row) || byWords[r])) {
      if (!inHeader) names = [];
      inHeader = true;
      for (const cell of cells) {
        if (cell.text === '') continue;
        for (let c = cell.column; c < cell.column + cell.span; c++) {
          const levels = (names[c] ??= []);
          levels.push(cell.text);
          // Real headers have two or three levels; thousands of header rows (hostile) must not make every body cell's header long.
          if (levels.length > MAX_LEVELS) levels.shift();
        }
      }
      lines.push({ ...rowLine(cells), header: true });
      return;
    }
    inHeader = false;
    bodySeen = true;
    const line = rowLine(cells);
    // A row narrower than its header lost a cell somewhere: its grid columns say nothing of which.
    const last = cells[cells.length - 1];
    if (names.length > 0 && last.column + last.span >= names.length) line.headers = cells.map((c) => (names[c.column] ?? []).join(' '));
    lines.push(line);
  });
  return lines;
}

function cleanText(text: string): string {
  return text.split('\n').map((l) => l.replace(/[ \t\r\u00a0]+/g, ' ').trim()).filter((l) => l !== '').join('\n');
}

export function readHtml(html: string): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: Table[] = [];
  const text: string[] = [];
  let skipped = 0;
  let inTitle = false;
  let title = '';
  // A heading (<h1>…<h6>) outside tables: context for the table below it, never a row (as in Markdown).
  let heading: number | undefined;
  const flushText = () => {
    for (const line of cleanText(text.join('')).split('\n')) if (line !== '') lines.push(heading === undefined ? { text: line } : { text: line, heading });
    text.length = 0;
  };
  const closeCell = (table: Table) => {
    if (table.cell) { table.cell.text = cleanText(table.cell.text); table.cell = undefined; }
  };
  const closeRow = (table: Table) => {
    closeCell(table);
    if (table.row) { table.rows.push(table.row); table.row = undefined; }
  };
  const closeTable = () => {
    const table = tables.pop()!;
    closeRow(table);
    lines.push(...tableLines(table.rows));
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title') inTitle = true;
      if (SKIPPED.has(name)) { skipped++; return; }
      if (skipped > 0) return;
      const table = tables[tables.length - 1];
      if (name === 'table') { if (!table) flushText(); tables.push({ rows: [], head: 0 }); return; }
      if (table && name === 'thead') { closeRow(table); table.head++; return; }
      if (table && name === 'tr') { closeRow(table); table.row = { cells: [], head: table.head > 0 }; return; }
      if (table && (name === 'td' || name === 'th')) {
        closeCell(table);
        table.row ??= { cells: [], head: table.head > 0 };
        table.cell = { text: '', rowspan: span(attributes.rowspan), colspan: span(attributes.colspan), th: name === 'th' };
        table.row.cells.push(table.cell);
        return;
      }
      if (!table && HEADING.test(name)) { flushText(); heading = Number(name[1]); return; }
      if (BLOCK.has(name)) blockBreak(table);
    },
    ontext(data) {
      if (inTitle) { title += data; return; }
      if (skipped > 0) return;
      const table = tables[tables.length - 1];
      if (table?.cell) table.cell.text += data;
      else if (!table) text.push(data);
      // Text between cells of a table (whitespace, stray words) is kept as its own line.
      else if (data.trim() !== '') lines.push({ text: cleanText(data) });
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (SKIPPED.has(name)) { skipped = Math.max(0, skipped - 1); return; }
      if (skipped > 0) return;
      const table = tables[tables.length - 1];
      if (name === 'table') { if (table) closeTable(); return; }
      if (table && name === 'thead') { closeRow(table); table.head = Math.max(0, table.head - 1); return; }
      if (!table && HEADING.test(name) && heading !== undefined) { flushText(); heading = undefined; return; }
      if (table && name === 'tr') { closeRow(table); return; }
      if (table && (name === 'td' || name === 'th')) { closeCell(table); return; }
      if (BLOCK.has(name)) blockBreak(table);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  const blockBreak = (table: Table | undefined) => {
    if (table?.cell) table.cell.text += '\n';
    else if (!table) text.push('\n');
  };
  parser.write(html);
  parser.end();
  while (tables.length > 0) closeTable();
  flushText();
  const titleHint = cleanText(title).replace(/\n/g, '') || undefined;
  return { kind: 'html', lines, titleHint, removed: { pageNumbers: 0, runningHeaders: 0 } };
}

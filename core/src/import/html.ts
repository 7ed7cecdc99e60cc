import { Parser } from 'htmlparser2';
import type { SourceDocument, SourceLine } from './types';

/**
 * HTML reader: paragraphs become lines, <table> rows become lines of cells. rowspan/colspan are
 * laid out on a grid so every cell knows its column; cells covered by a span are not repeated
 * (the statutory tables merge their label cells). htmlparser2 reads the page in one pass (linear
 * on any input, issue 14 F3: no regex rescans to the end for each unclosed `<!--`).
 */

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'blockquote', 'pre', 'table', 'tr', 'hr', 'dd', 'dt', 'dl', 'center', 'form', 'main', 'nav', 'aside', 'caption', 'tbody', 'thead', 'tfoot']);
/** Elements whose text is not the report's. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

interface Cell { text: string; rowspan: number; colspan: number }
interface Table { rows: Cell[][]; row?: Cell[]; cell?: Cell }

function span(value: string | undefined): number {
  const match = value ? /^\s*(\d+)/.exec(value) : null;
  const n = match ? Number(match[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Lay rows out on a grid; returns each row's own cells with their column. */
export function layoutTable(rows: Cell[][]): Array<Array<{ text: string; column: number; span: number }>> {
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

function rowLine(row: Array<{ text: string; column: number; span: number }>): SourceLine {
  return { text: row.map((c) => c.text).join(' '), cells: row.map((c) => c.text), columns: row.map((c) => c.column + c.span) };
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
  const flushText = () => {
    for (const line of cleanText(text.join('')).split('\n')) if (line !== '') lines.push({ text: line });
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
    for (const row of layoutTable(table.rows)) if (row.length > 0) lines.push(rowLine(row));
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title') inTitle = true;
      if (SKIPPED.has(name)) { skipped++; return; }
      if (skipped > 0) return;
      const table = tables[tables.length - 1];
      if (name === 'table') { if (!table) flushText(); tables.push({ rows: [] }); return; }
      if (table && name === 'tr') { closeRow(table); table.row = []; return; }
      if (table && (name === 'td' || name === 'th')) {
        closeCell(table);
        table.row ??= [];
        table.cell = { text: '', rowspan: span(attributes.rowspan), colspan: span(attributes.colspan) };
        table.row.push(table.cell);
        return;
      }
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

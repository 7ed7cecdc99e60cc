import type { SourceDocument, SourceLine } from './types';

/**
 * A small, tolerant HTML reader: paragraphs become lines, <table> rows become lines of cells.
 * rowspan/colspan are laid out on a grid so every cell knows its column; cells covered by a
 * span are not repeated (the statutory tables merge their label cells).
 */

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'blockquote', 'pre', 'table', 'tr', 'hr', 'dd', 'dt', 'dl', 'center', 'form', 'main', 'nav', 'aside', 'caption', 'tbody', 'thead', 'tfoot']);
const SKIPPED = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: '\u3000', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', copy: '©', reg: '®', deg: '°', yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

interface Cell { text: string; rowspan: number; colspan: number }
interface Table { rows: Cell[][]; row?: Cell[]; cell?: Cell }

function attribute(attributes: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(attributes);
  const value = match ? Number(match[1]) : 1;
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 1000) : 1;
}

/** Lay rows out on a grid; returns each row's own cells with their column. */
export function layoutTable(rows: Cell[][]): Array<Array<{ text: string; column: number; span: number }>> {
  const covered: Array<Set<number>> = [];
  return rows.map((cells, r) => {
    const taken = covered[r] ?? new Set<number>();
    let column = 0;
    return cells.map((cell) => {
      while (taken.has(column)) column++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
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
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const titleHint = titleMatch ? cleanText(decodeEntities(titleMatch[1].replace(/<[^>]*>/g, ''))).replace(/\n/g, '') || undefined : undefined;
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[!?][^>]*>/g, '').replace(/<head\b[\s\S]*?<\/head\s*>/i, '').replace(SKIPPED, '');
  const lines: SourceLine[] = [];
  const tables: Table[] = [];
  let text = '';
  const flushText = () => {
    for (const line of cleanText(decodeEntities(text)).split('\n')) if (line !== '') lines.push({ text: line });
    text = '';
  };
  const append = (piece: string) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.text += piece;
    else if (!table) text += piece;
    // Text between cells of a table (whitespace, stray words) is kept as its own line.
    else if (piece.trim() !== '') lines.push({ text: cleanText(decodeEntities(piece)) });
  };
  const closeCell = (table: Table) => {
    if (table.cell) { table.cell.text = cleanText(decodeEntities(table.cell.text)); table.cell = undefined; }
  };
  const closeRow = (table: Table) => {
    closeCell(table);
    if (table.row) { table.rows.push(table.row); table.row = undefined; }
  };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    append(body.slice(last, match.index));
    last = tag.lastIndex;
    const closing = match[1] === '/';
    const name = match[2].toLowerCase();
    const table = tables[tables.length - 1];
    if (name === 'table') {
      if (!closing) { if (!table) flushText(); tables.push({ rows: [] }); continue; }
      if (!table) continue;
      closeRow(table);
      tables.pop();
      for (const row of layoutTable(table.rows)) {
        if (row.length === 0) continue;
        lines.push(rowLine(row));
      }
      continue;
    }
    if (table && (name === 'tr')) { closeRow(table); if (!closing) table.row = []; continue; }
    if (table && (name === 'td' || name === 'th')) {
      closeCell(table);
      if (!closing) {
        table.row ??= [];
        table.cell = { text: '', rowspan: attribute(match[3], 'rowspan'), colspan: attribute(match[3], 'colspan') };
        table.row.push(table.cell);
      }
      continue;
    }
    if (BLOCK.has(name)) {
      if (table?.cell) table.cell.text += '\n';
      else if (!table) { text += '\n'; }
    }
  }
  append(body.slice(last));
  while (tables.length > 0) {
    const table = tables.pop()!;
    closeRow(table);
    for (const row of layoutTable(table.rows)) if (row.length > 0) lines.push(rowLine(row));
  }
  flushText();
  return { kind: 'html', lines, titleHint, removed: { pageNumbers: 0, runningHeaders: 0 } };
}

import { FORMATS, type FormatVersion, type SectionSpec, type SubTableSpec } from '../formats';
import { captionLine, columnHeaderLine, commentLine, headerLine, headingLine, rowLine } from '../syntax/print';
import { displayWidth } from '../text/normalize';
import { NOTE_PREFIX, UNPLACED_PREFIX } from './marks';
import type { ImportedRow, TableImport } from './types';

/** What the writer needs: everything already recognised. */
export interface ImportedDocument {
  /** %% lines at the top (provenance, guesses about the header). */
  notes: string[];
  /** Source lines before the title (page chrome, a provenance line): kept as %% comments. */
  beforeTitle: string[];
  title?: string;
  agency?: string;
  year?: number;
  format: FormatVersion;
  preamble: string[];
  sections: Array<{ spec: SectionSpec; heading: string; comments?: string[]; prose?: string[]; table?: TableImport }>;
}

export { NOTE_PREFIX } from './marks';

/** Prose that would read as a heading in the language is kept, as a comment; comments stay comments. */
function proseLine(text: string): string {
  if (/^[ \t\u3000]*(?:%%|％％)/.test(text)) return text.trim();
  return /^[ \t\u3000]*[#＃]/.test(text) ? commentLine(text) : text;
}

/** Labels are aligned up to this width; a longer one (garbage, a 100,000-character line) is not padded to. */
const ALIGN_LIMIT = 40;

/** Unplaced numbers stay where they were, as a comment the checker reports (import.unplaced). */
export function unplacedLine(row: ImportedRow): string {
  return `${UNPLACED_PREFIX}${rowLine(row.source.replace(/\s+/g, ' ').trim(), row.cells.map((c) => c || '（空）'), { closingPipe: false })}`;
}

function labelOf(row: ImportedRow): string {
  return row.row ? row.row.label : row.source;
}

function writeRows(rows: ImportedRow[], out: string[], align: boolean): void {
  const width = align ? rows.reduce((w, r) => { const d = displayWidth(labelOf(r)); return d <= ALIGN_LIMIT ? Math.max(w, d) : w; }, 0) : 0;
  for (const row of rows) {
    if (row.status === 'unplaced') { out.push(unplacedLine(row)); continue; }
    if (row.note) out.push(NOTE_PREFIX + row.note['zh-cn']);
    // A last blank cell gets a closing pipe (the printer's default): the language reads one trailing `|` as the row's end.
    out.push(rowLine(labelOf(row), row.cells, { labelWidth: width }));
  }
}

function subTableFor(item: string, format: FormatVersion): SubTableSpec | undefined {
  return FORMATS[format].tables.table2.subTables.find((s) => s.item === item)
    ?? FORMATS[format === '2019' ? '2021' : '2019'].tables.table2.subTables.find((s) => s.item === item);
}

function writeTable2(table: TableImport, format: FormatVersion, out: string[]): void {
  const order = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const items = new Set<string>([...table.captions.map((c) => c.item), ...table.rows.map((r) => r.item ?? '')]);
  const loose = table.rows.filter((r) => !r.item || !subTableFor(r.item, format));
  writeRows(loose, out, false);
  for (const item of order.filter((i) => items.has(i))) {
    const subTable = subTableFor(item, format);
    if (!subTable) continue;
    out.push(captionLine(subTable.caption!));
    const columns = subTable.columns.map((c) => c.label);
    const source = table.captions.find((c) => c.item === item && c.header)?.header?.filter((h) => h.trim() !== '');
    if (source && source.length === columns.length) out.push(columnHeaderLine(source));
    else {
      if (source && source.length > 0) out.push(`${NOTE_PREFIX}原表头“${source.join(' | ')}”与 ${columns.length} 列不符，已写标准表头`);
      out.push(columnHeaderLine(columns));
    }
    writeRows(table.rows.filter((r) => r.item === item), out, true);
  }
}

function writeTable3(table: TableImport, format: FormatVersion, out: string[]): void {
  const specs = FORMATS[format].tables.table3.subTables[0].rows;
  const written = new Set<string>();
  const ensureParents = (id: string | undefined) => {
    if (!id || written.has(id)) return;
    const group = specs.find((r) => r.id === id);
    if (!group) return;
    ensureParents(group.parent);
    out.push(group.label);
    written.add(id);
  };
  for (const row of table.rows) {
    if (row.status !== 'unplaced' && row.row && row.version === format) {
      ensureParents(row.row.parent);
      if (row.row.kind === 'group') written.add(row.row.id);
    }
    writeRows([row], out, false);
  }
}

/** The canonical language text: header lines, preamble, six sections, tables as `label | n | …`. */
export function writeDocument(doc: ImportedDocument): string {
  const out: string[] = [];
  for (const note of doc.notes) out.push(note);
  for (const line of doc.beforeTitle) out.push(commentLine(line.trim()));
  if (doc.title) out.push(headerLine('标题', doc.title));
  if (doc.agency) out.push(headerLine('机关', doc.agency));
  if (doc.year !== undefined) out.push(headerLine('年度', String(doc.year)));
  out.push(headerLine('格式', doc.format));
  if (doc.preamble.length > 0) { out.push(''); for (const line of doc.preamble) out.push(proseLine(line)); }
  for (const section of doc.sections) {
    out.push('', headingLine(section.heading));
    for (const comment of section.comments ?? []) out.push(comment);
    if (section.prose) for (const line of section.prose) out.push(proseLine(line));
    const table = section.table;
    if (!table) continue;
    if (table.table === 'table2') writeTable2(table, doc.format, out);
    else if (table.table === 'table3') writeTable3(table, doc.format, out);
    else writeRows(table.rows, out, true);
  }
  return out.join('\n') + '\n';
}


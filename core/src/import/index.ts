import { FORMATS, versionForYear, type FormatVersion, type Localized, type TableId } from '../formats';
import { SECTIONS } from '../formats/sections';
import { decodeText, detectKind } from './detect';
import { readDocx } from './docx';
import { readHeader } from './header';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readPagedText } from './pages';
import { readPdfLayoutText } from './pdf';
import { proseLines } from './prose';
import { readGrid } from './grid';
import { placeTable } from './place';
import { splitSections } from './sections';
import { tableCells } from './cells';
import type { ImportOptions, ImportResult, ImportSummary, InputKind, SourceDocument, TableImport, Token } from './types';
import { contentVersion } from './version';
import { NOTE_PREFIX, writeDocument, type ImportedDocument } from './writer';
import { localized } from '../i18n/text';

export * from './types';
export { detectKind } from './detect';
export { importKindForFile, publishedKindForFile, type PublishedKind } from './kinds';

export { formatSummary } from './summary';
export { PdfReadError, readPdfLayoutText, readPdfPages } from './pdf';

const KIND_NAMES: Record<InputKind, string> = {
  text: '网页或 Word 复制的文本', 'pdf-text': 'PDF 文本（pdftotext -layout）', html: 'HTML 网页', docx: 'Word 文档（DOCX）', markdown: 'Markdown 文本', pdf: 'PDF 文件',
};

/** Import a published report of any kind. DOCX needs bytes; the rest may be text or bytes. */
export async function importReport(content: string | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const kind = options.kind ?? detectKind(content);
  if (kind === 'docx') {
    if (typeof content === 'string') throw new Error('DOCX input must be given as bytes');
    return importSource(await readDocx(content, options.limits));
  }
  if (kind === 'pdf') {
    if (typeof content === 'string') throw new Error('PDF input must be given as bytes');
    // The PDF's text is laid out like pdftotext -layout, then read as such.
    return importSource({ ...readPagedText(await readPdfLayoutText(content, options.pdfLimits), 'pdf-text'), kind: 'pdf' });
  }
  return importText(typeof content === 'string' ? content : decodeText(content), kind);
}

/** Import text (plain, pdftotext -layout, Markdown or HTML). Synchronous; never throws on any text. */
export function importText(text: string, kind: InputKind = detectKind(text)): ImportResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return importSource(readText(clean, kind));
}

/** The reader of each text kind: its lines in the neutral form (types.ts SourceLine). */
function readText(text: string, kind: InputKind): SourceDocument {
  switch (kind) {
    case 'html': return readHtml(text);
    case 'markdown': return readMarkdown(text);
    case 'pdf-text': case 'pdf': return readPagedText(text, 'pdf-text');
    default: return readPagedText(text, 'text');
  }
}

export function importSource(source: SourceDocument): ImportResult {
  const layout = source.positioned === true;
  const split = splitSections(source.lines);
  const bodyText = split.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
  const header = readHeader(split.head, source.titleHint ? [source.titleHint] : [], bodyText);
  const guesses: Localized[] = [];

  const tableTokens = split.sections.filter((s) => s.spec.table).map((s) => ({ table: s.spec.table as TableId, tokens: tableCells(s.lines, source.positioned === true) }));
  const byContent = contentVersion(tableTokens);
  const byYear = header.year !== undefined && header.year >= 2019 ? versionForYear(header.year) : undefined;
  const format: FormatVersion = byContent ?? byYear ?? '2021';
  const formatBasis: ImportSummary['formatBasis'] = byContent && byContent !== byYear ? 'content' : byYear ? 'year' : byContent ? 'content' : 'default';
  if (byContent && byYear && byContent !== byYear) {
    guesses.push(localized(`表格使用${byContent}年格式，但${header.year}年度应使用${byYear}年格式：已按表格写“格式：${byContent}”，检查将报告不符`,
      `the tables use the ${byContent} format but year ${header.year} requires ${byYear}: written as 格式：${byContent}, the checks report the mismatch`));
  } else if (!byContent && !byYear) guesses.push(localized('无法判断格式版本，按 2021 年格式导入', 'format version unknown; imported as the 2021 format'));
  if (header.yearGuessed) guesses.push(localized(`年度 ${header.year} 由正文推断`, `year ${header.year} inferred from the text`));

  const doc: ImportedDocument = {
    notes: [...split.headComments.filter((c) => !c.startsWith('%% 由 zfxxgk') && !c.startsWith(NOTE_PREFIX)), `%% 由 zfxxgk 从${KIND_NAMES[source.kind]}导入。以“${NOTE_PREFIX}”开头的行是导入时的推断，核对后可删除。`],
    beforeTitle: header.beforeTitle.map((i) => split.head[i].text),
    title: header.title, agency: header.agency, year: header.year, format,
    preamble: proseLines(split.head.filter((_, i) => !header.titleLines.includes(i) && !header.beforeTitle.includes(i)), layout),
    sections: [],
  };
  if (header.yearGuessed) doc.notes.push(`${NOTE_PREFIX}年度由正文推断`);
  const tables: TableImport[] = [];
  let tableIndex = 0;
  for (const section of split.sections) {
    if (!section.spec.table) {
      doc.sections.push({ spec: section.spec, heading: section.heading, comments: section.comments, prose: proseLines(section.lines, layout) });
      continue;
    }
    const tokens: Token[] = tableTokens[tableIndex++].tokens;
    const table = placeTable(readGrid(tokens, section.spec.table, format, layout), section.spec.table, format);
    tables.push(table);
    doc.sections.push({ spec: section.spec, heading: section.heading, comments: section.comments.filter((c) => !c.startsWith(NOTE_PREFIX)), table });
  }
  const text = writeDocument(doc);
  return { text, summary: summarize(source, header, format, formatBasis, split, tables, guesses, commentedLines(text)) };
}

function summarize(
  source: SourceDocument, header: ReturnType<typeof readHeader>, format: FormatVersion, formatBasis: ImportSummary['formatBasis'],
  split: ReturnType<typeof splitSections>, tables: TableImport[], guesses: Localized[], commentLines: string[],
): ImportSummary {
  const expected = Object.values(FORMATS[format].tables).flatMap((t) => t.subTables.flatMap((s) => s.rows.filter((r) => r.kind !== 'group').map((r) => ({ table: t.id, row: r }))));
  const found = new Set(tables.flatMap((t) => t.rows.filter((r) => r.row && r.version === format && r.status !== 'duplicate').map((r) => `${t.table}/${r.row!.id}`)));
  const present = new Set(split.sections.map((s) => s.spec.index));
  const rows = tables.flatMap((t) => t.rows);
  return {
    kind: source.kind, title: header.title, agency: header.agency, year: header.year, format, formatBasis,
    sections: { found: [...present].sort(), missing: SECTIONS.map((s) => s.index).filter((i) => !present.has(i)) },
    rows: {
      expected: expected.length,
      found: expected.filter((e) => found.has(`${e.table}/${e.row.id}`)).length,
      missing: expected.filter((e) => !found.has(`${e.table}/${e.row.id}`)).map((e) => e.row.label),
    },
    unmapped: rows.filter((r) => r.status === 'unknown' || r.status === 'duplicate').map((r) => [r.source, ...r.cells].join(' | ')),
    unplaced: rows.filter((r) => r.status === 'unplaced').map((r) => [r.source, ...r.cells.map((c) => c || '（空）')].join(' | ')),
    comments: commentLines,
    guesses: [...guesses, ...tables.flatMap((t) => t.guesses), ...rows.filter((r) => r.note).map((r) => r.note!)],
    removed: source.removed,
  };
}

/** Source lines the writer kept as %% comments (its own notes excluded). */
function commentedLines(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('%% ') && !l.startsWith(NOTE_PREFIX) && !l.startsWith('%% 由 zfxxgk')).map((l) => l.slice(3));
}

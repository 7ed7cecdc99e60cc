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
import { readBlocks } from './blocks';
import { summarize } from './summary';
import type { ImportOptions, ImportResult, InputKind, SourceDocument, TableImport } from './types';
import { chooseFormat } from './version';
import { NOTE_PREFIX, writeDocument, type ImportedDocument } from './writer';

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

/**
 * The pipeline after the reader, one stage each: blocks (sections, prose, table cells) → header and
 * format → per table: grid (rows with their labels) → placement (statutory rows and cells, on
 * evidence) → writer, and the summary of what happened.
 */
export function importSource(source: SourceDocument): ImportResult {
  const blocks = readBlocks(source);
  const header = readHeader(blocks.head, source.titleHint ? [source.titleHint] : [], blocks.bodyText);
  const { format, basis, guesses } = chooseFormat(blocks.sections.flatMap((s) => (s.table ? [s.table] : [])), header);
  const doc: ImportedDocument = {
    notes: [...blocks.headComments.filter((c) => !c.startsWith('%% 由 zfxxgk') && !c.startsWith(NOTE_PREFIX)), `%% 由 zfxxgk 从${KIND_NAMES[source.kind]}导入。以“${NOTE_PREFIX}”开头的行是导入时的推断，核对后可删除。`],
    beforeTitle: header.beforeTitle.map((i) => blocks.head[i].text),
    title: header.title, agency: header.agency, year: header.year, format,
    preamble: proseLines(blocks.head.filter((_, i) => !header.titleLines.includes(i) && !header.beforeTitle.includes(i)), blocks.positioned),
    sections: [],
  };
  if (header.yearGuessed) doc.notes.push(`${NOTE_PREFIX}年度由正文推断`);
  const tables: TableImport[] = [];
  for (const section of blocks.sections) {
    if (!section.table) {
      doc.sections.push({ spec: section.spec, heading: section.heading, comments: section.comments, prose: section.prose });
      continue;
    }
    const { table: id, cells } = section.table;
    const table = placeTable(readGrid(cells, id, format, blocks.positioned), id, format);
    tables.push(table);
    doc.sections.push({ spec: section.spec, heading: section.heading, comments: section.comments.filter((c) => !c.startsWith(NOTE_PREFIX)), table });
  }
  const text = writeDocument(doc);
  return { text, summary: summarize({ source, header, format, basis, sections: blocks.sections.map((s) => s.spec.index), tables, guesses, text }) };
}

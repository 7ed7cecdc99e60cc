import { spawnSync } from 'child_process';
import * as path from 'path';
import { importReport, INPUT_KINDS, type ImportResult, type InputKind } from '../../core/src/import';

/**
 * Published files the CLI imports in memory (issue 11 item 7). The one extension → import kind
 * map of the CLI; to be replaced by core's `importKindForFile` once the import pipeline has it.
 * 'auto': the importer tells text from pdftotext layout by content.
 */
export type PublishedKind = InputKind | 'auto' | 'pdf-file';

// Kinds added by the import work (Markdown, native PDF) are used as soon as core has them.
const has = (kind: string) => (INPUT_KINDS as string[]).includes(kind);

export function importKindForFile(file: string): PublishedKind | undefined {
  switch (path.extname(file).toLowerCase()) {
    case '.pdf': return has('pdf') ? ('pdf' as InputKind) : 'pdf-file';
    case '.html': case '.htm': case '.shtml': case '.xhtml': return 'html';
    case '.docx': return 'docx';
    case '.md': case '.markdown': return has('markdown') ? ('markdown' as InputKind) : 'auto';
    case '.txt': return 'auto';
    default: return undefined;
  }
}

/**
 * When one folder holds a report under several extensions (a .zfxxgk and its exports, a PDF
 * and its text conversion), the first of this list is checked: the author's own file, then the
 * most structured published form.
 */
export const PUBLISHED_PREFERENCE = ['.zfxxgk', '.docx', '.html', '.htm', '.shtml', '.xhtml', '.md', '.markdown', '.pdf', '.txt'];

export class NeedPdftotext extends Error {}

/** Without a native PDF reader in core, a PDF is read through `pdftotext -layout` (poppler-utils) when installed. */
function pdfToText(file: string): string | undefined {
  const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 && typeof result.stdout === 'string' ? result.stdout : undefined;
}

/**
 * Import a published file's bytes (already read within the size limit) in memory. Text kinds
 * are decoded by the importer with THE decoding function; a PDF without a native reader goes
 * through pdftotext, which reads the file itself.
 */
export async function importPublished(file: string, bytes: Uint8Array, kind: PublishedKind, decode: (bytes: Uint8Array) => string): Promise<ImportResult> {
  if (kind === 'pdf-file') {
    const text = pdfToText(file);
    if (text === undefined) throw new NeedPdftotext(file);
    return importReport(text, { kind: 'pdf-text' });
  }
  if (kind === 'docx' || kind === ('pdf' as InputKind)) return importReport(bytes, { kind });
  return importReport(decode(bytes), kind === 'auto' ? {} : { kind });
}

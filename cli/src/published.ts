import * as path from 'path';
import { importKindForFile as kindByName, importReport, type ImportResult, type InputKind } from '../../core/src';

/**
 * Published files the CLI imports in memory (issue 11 item 7): the kind by extension is the core's
 * (`importKindForFile`); a `.txt` is 'auto': the importer tells plain text from pdftotext layout by content.
 */
export type PublishedKind = InputKind | 'auto';

export function importKindForFile(file: string): PublishedKind | undefined {
  if (path.extname(file).toLowerCase() === '.txt') return 'auto';
  return kindByName(file);
}

/**
 * When one folder holds a report under several extensions (a .zfxxgk and its exports, a PDF
 * and its text conversion), the first of this list is checked: the author's own file, then the
 * most structured published form.
 */
export const PUBLISHED_PREFERENCE = ['.zfxxgk', '.docx', '.html', '.htm', '.shtml', '.xhtml', '.md', '.markdown', '.pdf', '.txt'];

/**
 * Import a published file's bytes (already read within the size limit) in memory. Text kinds
 * are decoded with THE decoding function; DOCX and PDF are read from their bytes.
 */
export async function importPublished(file: string, bytes: Uint8Array, kind: PublishedKind, decode: (bytes: Uint8Array) => string): Promise<ImportResult> {
  if (kind === 'docx' || kind === 'pdf') return importReport(bytes, { kind });
  return importReport(decode(bytes), kind === 'auto' ? {} : { kind });
}

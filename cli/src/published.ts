import { importReport, type ImportResult, type PublishedKind } from '../../core/src';

/**
 * Import a published file's bytes (already read within the size limit) in memory (issue 11
 * item 7); its kind by extension is the core's (`publishedKindForFile`, core/src/import/kinds.ts).
 * Text kinds are decoded with THE decoding function; DOCX and PDF are read from their bytes.
 */
export async function importPublished(file: string, bytes: Uint8Array, kind: PublishedKind, decode: (bytes: Uint8Array) => string): Promise<ImportResult> {
  if (kind === 'docx' || kind === 'pdf') return importReport(bytes, { kind });
  return importReport(decode(bytes), kind === 'auto' ? {} : { kind });
}

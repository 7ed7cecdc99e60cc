/**
 * The custom request of import (no imports: the client bundles this file without the core).
 */

export const IMPORT_REQUEST = 'zfxxgk/import';

export type ImportKind = 'text' | 'pdf-text' | 'html' | 'docx' | 'markdown' | 'pdf';

export interface ImportParams {
  /** The input: text, or base64 bytes (DOCX, PDF, or a file of unknown encoding). */
  content: string;
  encoding?: 'base64';
  /** Detected from the content when absent. */
  kind?: ImportKind;
}

export interface ImportResult {
  /** The report in the language. */
  text: string;
  /** The import summary (rows found and missing, unmapped text, guesses), as core/src/import/types.ts ImportSummary. */
  summary: {
    kind: ImportKind;
    title?: string;
    agency?: string;
    year?: number;
    format: '2019' | '2021';
    rows: { expected: number; found: number; missing: string[] };
    unmapped: string[];
    /** Numbers with no evidence for their cell, kept as `%%` comments (label | numbers). */
    unplaced: string[];
    comments: string[];
    guesses: Array<{ 'zh-cn': string; en: string }>;
    sections: { found: number[]; missing: number[] };
    formatBasis: 'year' | 'content' | 'default';
    removed: { pageNumbers: number; runningHeaders: number };
  };
  /** The summary as text in the server's locale. */
  summaryText: string;
}

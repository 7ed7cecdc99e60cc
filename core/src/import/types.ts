import type { FormatVersion, Localized, RowSpec, TableId } from '../formats';
import type { PdfLimits } from './pdf/types';

/** What import reads. pdf-text is the output of `pdftotext -layout`; pdf is a PDF file's bytes. */
export type InputKind = 'text' | 'pdf-text' | 'html' | 'docx' | 'pdf';
export const INPUT_KINDS: InputKind[] = ['text', 'pdf-text', 'html', 'docx', 'pdf'];

/** One line of the source after the kind-specific reader: plain text, or a table row already split (HTML, DOCX). */
export interface SourceLine {
  text: string;
  cells?: string[];
  /** Grid column just past each cell (HTML colspan/rowspan laid out), for placing short rows. */
  columns?: number[];
}

export interface SourceDocument {
  kind: InputKind;
  lines: SourceLine[];
  /** A title seen outside the body (HTML <title>, a flip-book page header). */
  titleHint?: string;
  removed: { pageNumbers: number; runningHeaders: number };
}

/** A piece of a table line: text or a cell value. x is the column in pdf-text layout. */
export interface Token {
  kind: 'text' | 'value';
  /** Text as written (trimmed); for values the half-width number, '' when blank. */
  text: string;
  /** The value cell was blank ('' , '/', '—' …). */
  blank?: boolean;
  x?: number;
  end?: number;
  line: number;
  /** From a row with explicit cells (tab text, HTML, DOCX): its label is on the same line. */
  row?: boolean;
}

export type RowStatus = 'exact' | 'guess' | 'unknown' | 'duplicate';

/** A table row as import found it. */
export interface ImportedRow {
  table: TableId;
  row?: RowSpec;
  /** Version of the matched row (the other version's rows are kept and reported by the checks). */
  version?: FormatVersion;
  /** Table 二 caption item (一, 五, …) the row belongs under. */
  item?: string;
  /** Label as written in the source. */
  source: string;
  cells: string[];
  status: RowStatus;
  /** Why the row is a guess, shown as a %% comment and in the summary. */
  note?: Localized;
}

export interface ImportedCaption { item: string; header?: string[] }

export interface TableImport {
  table: TableId;
  rows: ImportedRow[];
  captions: ImportedCaption[];
  guesses: Localized[];
}

export interface ImportSummary {
  kind: InputKind;
  title?: string;
  agency?: string;
  year?: number;
  format: FormatVersion;
  /** year: from 年度; content: the tables' own rows and columns; default: nothing to go on. */
  formatBasis: 'year' | 'content' | 'default';
  sections: { found: number[]; missing: number[] };
  rows: { expected: number; found: number; missing: string[] };
  /** Source text kept but not mapped: unknown rows, duplicates, stray numbers (the checks report them). */
  unmapped: string[];
  /** Source lines kept as %% comments: lines before the title, prose that would read as markup. */
  comments: string[];
  guesses: Localized[];
  removed: { pageNumbers: number; runningHeaders: number };
}

export interface ImportResult { text: string; summary: ImportSummary }

export interface ImportOptions {
  kind?: InputKind;
  /** Bounds for a PDF (bytes, pages, text runs); defaults in pdf/types.ts. */
  pdfLimits?: Partial<PdfLimits>;
}

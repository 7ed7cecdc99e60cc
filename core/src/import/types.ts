import type { FormatVersion, Localized, RowSpec, TableId } from '../formats';
import type { PdfLimits } from './pdf/types';


/**
 * What import reads. pdf-text is the output of `pdftotext -layout` (or of the PDF reader); pdf is the
 * PDF file itself (bytes); markdown is GFM (tables and headings) as document converters write it.
 */
export type InputKind = 'text' | 'pdf-text' | 'html' | 'docx' | 'markdown' | 'pdf';
export const INPUT_KINDS: InputKind[] = ['text', 'pdf-text', 'html', 'docx', 'markdown', 'pdf'];

/**
 * The neutral form every reader produces: one line of the source, either text (prose, a heading,
 * a layout line) or a table row already split into cells. Every stage after the reader (blocks.ts
 * on) reads this, never the source kind.
 */
export interface SourceLine {
  text: string;
  cells?: string[];
  /** Grid column just past each cell (HTML colspan/rowspan laid out), for placing short rows. */
  columns?: number[];
  /** Column header text above each cell (Markdown/HTML header rows), the evidence for its column. */
  headers?: string[];
  /** A heading of the source (Markdown `###`, HTML `<h3>`): context for what follows, never a table row. */
  heading?: number;
  /** A table header row (or a header row repeated inside the table): column names, never a row. */
  header?: boolean;
  /**
   * How a line without cells splits, as its reader knows: at tabs or pipes (text copied from a web
   * page or Word), or not at all (a Markdown paragraph). Unset: words at runs of spaces.
   */
  split?: 'tab' | 'pipe' | 'none';
}

export interface SourceDocument {
  kind: InputKind;
  lines: SourceLine[];
  /** A title seen outside the body (HTML <title>, a flip-book page header). */
  titleHint?: string;
  removed: { pageNumbers: number; runningHeaders: number };
  /**
   * The text is a page layout (pdftotext -layout, the PDF reader): a word's offset is its column on
   * the page, evidence for placement, and paragraphs are wrapped lines to rejoin.
   */
  positioned?: boolean;
}

/**
 * A cell of a table section in reading order (cells.ts): text or a number, with its column header
 * and its position when the source has them. x/end: the text columns it spans in layout text, the
 * grid column just past it in an HTML table.
 */
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
  /** The column header over this cell, as written (evidence for its column). */
  column?: string;
  /** A source heading (context, not a row label). */
  heading?: boolean;
  /** A cell of a table header row (column names, not a row label). */
  header?: boolean;
}

/** unplaced: numbers with no evidence for their cell, written as a `%%` comment and reported. */
export type RowStatus = 'exact' | 'guess' | 'unknown' | 'duplicate' | 'unplaced';

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
  /** Numbers the importer could not place in a cell (label as written | numbers): kept as `%%` comments, reported by import.unplaced. */
  unplaced: string[];
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
  /** Limits on what a DOCX may inflate to (zip bombs); defaults in docx.ts. */
  limits?: Partial<ImportLimits>;
}

export interface ImportLimits {
  /** Largest total inflated size of a DOCX's parts, in bytes. */
  maxInflatedBytes: number;
  /** Largest ratio of inflated to compressed size of any part. */
  maxRatio: number;
}

/** A refusal with a message in both languages (input too large, a zip bomb, no PDF reader). */
export class ImportError extends Error {
  constructor(readonly localized: Localized, readonly code: string) {
    super(localized['zh-cn']);
  }
}

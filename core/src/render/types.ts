import type { FormatVersion, TableId } from '../formats';
import type { DiagnosticCounts } from '../config/severity';
import type { Severity } from '../i18n/catalog';

/**
 * The report laid out as the official form prints it, independent of the output format.
 * HTML (preview and export) and DOCX are both written from this one layout.
 */

/** Diagnostics that fall on a rendered element: the worst severity and every message. */
export interface Mark { severity: Severity; messages: string[] }

/** Where an element came from in the source: 0-based line and character (for scroll sync and click-to-source). */
export interface SourceRef { line: number; character: number }

export type CellRole = 'note' | 'heading' | 'group' | 'label' | 'value' | 'caption' | 'columnLabel';

export interface LayoutCell {
  text: string;
  role: CellRole;
  colSpan: number;
  rowSpan: number;
  /** Header cells (th in HTML, repeated header rows in print). */
  header: boolean;
  /** Text printed top to bottom (table 三's 三、本年度办理结果). */
  vertical?: boolean;
  source?: SourceRef;
  mark?: Mark;
  /** A value cell of a written statutory row: where a number typed in the preview goes (features.cellEdit). */
  edit?: EditRef;
  /** Last year's value of the cell, when last year's report is known (the preview's comparison). */
  previous?: string;
}

/** A value cell by meaning: table, statutory row id and 0-based column (stable while the text changes). */
export interface EditRef { table: TableId; row: string; column: number }

export interface LayoutRow {
  kind: 'header' | 'caption' | 'columns' | 'data';
  cells: LayoutCell[];
  source?: SourceRef;
  /** A statutory row the author has not written yet: printed empty. */
  missing?: boolean;
}

export interface TableBlock {
  kind: 'table';
  table: TableId | 'stray';
  /** Number of grid columns. */
  columns: number;
  /** Relative column widths (sum is arbitrary). */
  widths: number[];
  /** Leading rows that form the header (repeated on every printed page). */
  headerRows: number;
  rows: LayoutRow[];
  source?: SourceRef;
  caption?: string;
}

export interface TextBlock {
  kind: 'title' | 'heading' | 'subheading' | 'paragraph';
  text: string;
  source?: SourceRef;
  mark?: Mark;
  /** A statutory section the author has not written yet. */
  missing?: boolean;
}

export type Block = TextBlock | TableBlock;


export interface ReportLayout {
  title: string;
  version: FormatVersion;
  blocks: Block[];
  summary: DiagnosticCounts;
}

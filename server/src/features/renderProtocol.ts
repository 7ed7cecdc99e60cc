/**
 * The custom requests of the preview and export (no imports: the client bundles this file
 * without pulling in the core).
 */

export const RENDER_REQUEST = 'zfxxgk/render';
export const EXPORT_REQUEST = 'zfxxgk/export';

export interface DiagnosticsCounts { errors: number; warnings: number; information: number; hints: number }

export interface RenderParams { uri: string; version?: number }
export interface RenderResult {
  html: string; version: number; diagnosticsSummary: DiagnosticsCounts;
  /** Year of last year's report of the same agency, when the workspace has it (its values are in the HTML). */
  previousYear?: number;
}

export interface ExportParams { uri: string; to: 'html' | 'docx' }
export interface ExportProblem { line: number; character: number; code: string; message: string }
export interface ExportResult {
  /** UTF-8 text for html, base64 for docx. */
  data: string;
  encoding: 'utf8' | 'base64';
  version: number;
  /** Errors of the report: exported anyway, shown as a warning. */
  errors: ExportProblem[];
}

/** `zfxxgk/cellEdit`: a value typed into a cell of the preview, as text edits of the document. */
export const CELL_EDIT_REQUEST = 'zfxxgk/cellEdit';

export interface CellEditParams { uri: string; table: 'table2' | 'table3' | 'table4'; row: string; column: number; value: string }
export interface CellEditRange { start: { line: number; character: number }; end: { line: number; character: number } }
export type CellEditAnswer =
  /** Edits of the document at `version` (apply them only to that version). */
  | { ok: true; version: number; edits: Array<{ range: CellEditRange; newText: string }> }
  | { ok: false; reason: 'unknownCell' | 'badValue' };

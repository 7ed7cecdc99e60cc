/**
 * The custom requests of the preview and export (no imports: the client bundles this file
 * without pulling in the core).
 */

export const RENDER_REQUEST = 'zfxxgk/render';
export const EXPORT_REQUEST = 'zfxxgk/export';

export interface DiagnosticsCounts { errors: number; warnings: number; information: number; hints: number }

export interface RenderParams { uri: string; version?: number }
export interface RenderResult { html: string; version: number; diagnosticsSummary: DiagnosticsCounts }

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

import type { TextEdit } from 'vscode-languageserver-types';
import type { CellEditResult, CellTarget } from '../../core/src/features/cellEdit';
import type { DocumentStatus } from '../../core/src/features/documentStatus';
import type { ImportResult as ImportedReport, InputKind } from '../../core/src/import/types';
import type { NextYearResult } from '../../core/src/nextYear';
import type { DiagnosticCounts } from '../../core/src/config/severity';
import type { ReportDiagnostic } from '../../core/src/rules/context';
import type { SkeletonOptions } from '../../core/src/skeleton';

/**
 * Parameters and results of the custom requests. Type-only, derived from the core's own types (no copies):
 * the client and the preview webview read them without bundling any core code.
 */

// zfxxgk/import
export interface ImportParams {
  /** The input: text, or base64 bytes (DOCX, PDF, or a file of unknown encoding). */
  content: string;
  encoding?: 'base64';
  /** Detected from the content when absent. */
  kind?: InputKind;
}

/** The report in the language and the import summary (core), plus the summary as text in the server's locale. */
export interface ImportResult extends ImportedReport { summaryText: string }

/** `data` of the error answering a refused input (a limit, a damaged PDF): the ImportError's code. */
export interface ImportRefusalData { code: string }

// zfxxgk/render and zfxxgk/cellEdit
export type { DiagnosticCounts };

export interface RenderParams { uri: string; version?: number }
export interface RenderResult {
  html: string;
  version: number;
  diagnosticsSummary: DiagnosticCounts;
  /** Year of last year's report of the same agency, when the workspace has it (its values are in the HTML). */
  previousYear?: number;
}

/** A value typed into a cell of the preview. */
export interface CellEditParams extends CellTarget { uri: string; value: string }
export type CellEditAnswer =
  /** Edits of the document at `version` (apply them only to that version). */
  | { ok: true; version: number; edits: TextEdit[] }
  | Extract<CellEditResult, { ok: false }>;

// zfxxgk/export
export interface ExportParams { uri: string; to: 'html' | 'docx' }
/** An error of the report, at its 0-based start. */
export interface ExportProblem extends Pick<ReportDiagnostic, 'code' | 'message'> { line: number; character: number }
export interface ExportResult {
  /** UTF-8 text for html, base64 for docx. */
  data: string;
  encoding: 'utf8' | 'base64';
  version: number;
  /** Errors of the report: exported anyway, shown as a warning. */
  errors: ExportProblem[];
}

// zfxxgk/newReport
export interface NewReportParams extends Partial<Pick<SkeletonOptions, 'year' | 'agency' | 'snippet'>> {
  /** Last year's report: an open document or file (uri), or its text. Absent: the blank skeleton (year, agency, snippet). */
  from?: { uri?: string; text?: string };
}

export type NewReportResult =
  | (Omit<Extract<NextYearResult, { ok: true }>, 'carried'> & { snippet: boolean })
  | Extract<NextYearResult, { ok: false }>;

// zfxxgk/documentStatus
export interface DocumentStatusParams { uri: string }
/** The format the checks applied and why, and last year's report, in the server's locale, for the document's version. */
export interface DocumentStatusResult extends DocumentStatus { version: number }

/**
 * The custom request behind "new report" and "new next year's report" (no imports: the client bundles
 * this file without pulling in the core, whose formats and skeleton stay in the server).
 */

export const NEW_REPORT_REQUEST = 'zfxxgk/newReport';

export interface NewReportParams {
  /** Last year's report: an open document or file (uri), or its text. Absent: the blank skeleton. */
  from?: { uri?: string; text?: string };
  /** Blank skeleton only: the report year (default: last year) and agency. */
  year?: number;
  agency?: string;
  /** Blank skeleton only: VS Code snippet syntax (tab through the agency and the prose). */
  snippet?: boolean;
}

export type NewReportResult =
  | { ok: true; text: string; year: number; version: string; snippet: boolean }
  | { ok: false; message: string };

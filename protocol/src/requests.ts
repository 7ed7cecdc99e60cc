import { RequestType } from 'vscode-jsonrpc';
import type {
  CellEditAnswer, CellEditParams, DocumentStatusParams, DocumentStatusResult, ExportParams, ExportResult, ImportParams, ImportRefusalData, ImportResult,
  NewReportParams, NewReportResult, RenderParams, RenderResult,
} from './types';

/**
 * The custom requests, typed once for both ends: the server registers them (connection.onRequest) and the
 * client sends them (client.sendRequest). A null result answers a malformed request or an unknown document.
 */

/** A published report (text, PDF, HTML, DOCX, Markdown) into the language; refused input answers an error with its reason. */
export const IMPORT_REQUEST = new RequestType<ImportParams, ImportResult | null, ImportRefusalData | void>('zfxxgk/import');

/** The publishable file (HTML or DOCX) of an open document; errors of the report come back as warnings, never a refusal. */
export const EXPORT_REQUEST = new RequestType<ExportParams, ExportResult | null, void>('zfxxgk/export');

/** The preview HTML of an open document, at its current version. */
export const RENDER_REQUEST = new RequestType<RenderParams, RenderResult | null, void>('zfxxgk/render');

/** A value typed into a cell of the preview, as the minimal text edits of the document. */
export const CELL_EDIT_REQUEST = new RequestType<CellEditParams, CellEditAnswer | null, void>('zfxxgk/cellEdit');

/** The blank skeleton, or next year's report from last year's. */
export const NEW_REPORT_REQUEST = new RequestType<NewReportParams, NewReportResult, void>('zfxxgk/newReport');

/** What the checks of an open document assumed (format version) and found (last year's report): the editor's language status. */
export const DOCUMENT_STATUS_REQUEST = new RequestType<DocumentStatusParams, DocumentStatusResult | null, void>('zfxxgk/documentStatus');

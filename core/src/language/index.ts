/** The facade over an analysis: the language service, LSP diagnostics, export. */
export { createLanguageService, SEMANTIC_TOKENS_LEGEND, type CellEditAnswer, type LanguageService } from './service';
export { toLspDiagnostic } from './diagnostics';
export { exportDocx, exportHtml } from './export';

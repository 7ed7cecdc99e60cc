/**
 * The zfxxgk core: no vscode, no transport. Server, CLI and preview all call this, and only this
 * (no deep imports): the facade (analyze → language service, export, import) and what its
 * consumers use. Every export stands alone, so a bundle takes in only what it calls (the
 * server's start bundle has neither import nor DOCX code: they run on its worker).
 */

// Analysis and the facade over it.
export { analyze, type Analysis, type AnalyzeOptions } from './service';
export { AnalysisMemo } from './memo';
export {
  createLanguageService, exportDocx, exportHtml, SEMANTIC_TOKENS_LEGEND, toLspDiagnostic, type CellEditAnswer, type LanguageService,
} from './language';
export type { CellTarget } from './features/cellEdit';
export { columnNamesMode, type ColumnNamesMode } from './features/columnNames';

// Import of published reports (text, PDF, HTML, DOCX) and the one decoder of report bytes.
export { formatSummary, importReport, INPUT_KINDS, ImportError, type ImportResult, type ImportSummary, type InputKind, type PublishedKind } from './import';
export { decodeReportBytes } from './text/decode';

// Formats as data.
export { FORMATS, versionForYear, type FormatVersion, type Locale, type TableId } from './formats';

// The model.
export { buildModel } from './model/build';
export type { ReportModel, RowNode } from './model/types';
export { declaredUnitOf, interpretCell, readCell } from './model/cells';
export { decimalToString } from './model/decimal';
export { cellAt, columnsOf } from './features/locate';
export { LineIndex, type Position, type Range } from './text/positions';
export { displayWidth, toHalfWidth } from './text/normalize';

// Rules and their catalogue.
export { evaluate, extractClaims, findRepeats, isBoilerplate, lookupCell, proseSentences, sectionSentences, type OtherReport, type ReportDiagnostic, type SeverityOverrides } from './rules';
export { RULES, RULE_CODES, isRuleCode, type RuleCode, type RuleInfo, type Severity } from './i18n/catalog';
export { normalizeLocale } from './i18n/locale';
export { pick } from './i18n/text';

// New reports.
export { reportSkeleton } from './skeleton';
export { nextYearReport } from './nextYear';

// Workspace and configuration.
export { agencyKey, identityOf, ReportIndex, scanIdentity, type IndexedReport, type LastYearLookup, type ReportIdentity } from './workspace';
export {
  decodeReport, inMemoryWorkspace, isReportFileName, nodeWorkspace, ReadError, unreadableMessage, unreadableOf, Workspace,
  type ConfigFile, type FileSystem, type FoundFiles, type ReadReason, type ReportFile, type Unreadable,
} from './workspace';
export { productVersion } from './version';
export { CONFIG_FILE, compileGlob, EMPTY_CONFIG, globToRegExp, matchesGlob, parseConfig, severitiesFor, type ZfxxgkConfig } from './config';
export { atLeast, countBySeverity, isSeverity, isSeverityLevel, SEVERITY_ORDER, type DiagnosticCounts, type SeverityLevel } from './config';

// Preview rendering.
export { changeOf, escapeHtml, exportWarnings, layoutReport, renderPreview, type LayoutRow, type ReportLayout, type TableBlock } from './render';

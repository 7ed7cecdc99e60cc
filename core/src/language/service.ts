import type * as lsp from 'vscode-languageserver-types';
import type { Analysis } from '../service';
import { cellEdit, type CellTarget } from '../features/cellEdit';
import { codeActions } from '../features/codeActions';
import type { ColumnNamesMode } from '../features/columnNames';
import { completions } from '../features/completion';
import { foldingRanges } from '../features/folding';
import { formatEdits } from '../features/formatting';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { claimedCells, claimsAbout, relatedNumbers, type RelatedRole } from '../features/related';
import { withLastYear } from '../features/lastYear';
import { selectionRanges } from '../features/selectionRanges';
import { encodeSemanticTokens, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
import { documentSymbols } from '../features/symbols';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { documentStatus, type DocumentStatus } from '../features/documentStatus';
import type { IndexedReport, LastYearLookup } from '../workspace';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, InlayHint } from '../features/types';
import { toLspDiagnostic } from './diagnostics';

/** The legend of `semanticTokens` (the server announces it; package.json declares the custom types). */
export const SEMANTIC_TOKENS_LEGEND: lsp.SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** What the editor sets for inlay hints (zfxxgk.inlayHints.columnNames; a boolean is the older form). */
export interface InlayHintSettings { columnNames: ColumnNamesMode | boolean }

export type CellEditAnswer = { ok: true; edits: lsp.TextEdit[] } | { ok: false; reason: 'unknownCell' | 'badValue' };

/**
 * Every editing feature over one analysis of a document (model, diagnostics, locale, last
 * year's report): LSP positions and ranges in, `vscode-languageserver-types` out. Offsets of
 * the core become positions here and nowhere else (through the model's LineIndex), so a
 * handler of the server is one call.
 */
export interface LanguageService {
  diagnostics(analysis: Analysis, uri: string): lsp.Diagnostic[];
  completion(analysis: Analysis, position: lsp.Position): CompletionItem[];
  hover(analysis: Analysis, position: lsp.Position): Hover | null;
  inlayHints(analysis: Analysis, range: lsp.Range, settings: InlayHintSettings): InlayHint[];
  documentSymbols(analysis: Analysis): DocumentSymbol[];
  /**
   * Go to Symbol in Workspace: of `reports` (the workspace index's, `ReportIndex.all()`), each report and its sections
   * whose name or report has the query's characters in order.
   */
  workspaceSymbols(reports: Iterable<IndexedReport>, query: string): lsp.SymbolInformation[];
  /** The editor's language status: the format the checks applied and why, last year's report (`lookup`: ReportIndex.lastYearLookup). */
  documentStatus(analysis: Analysis, lookup: LastYearLookup): DocumentStatus;
  foldingRanges(analysis: Analysis): lsp.FoldingRange[];
  semanticTokens(analysis: Analysis): lsp.SemanticTokens;
  selectionRanges(analysis: Analysis, positions: lsp.Position[]): lsp.SelectionRange[];
  /** The whole document, or only the tables and header lines that meet `range`. */
  format(analysis: Analysis, range?: lsp.Range): lsp.TextEdit[];
  /** The fixes of the diagnostics that meet `range`, and the table-wide ones, as edits of `uri`. */
  codeActions(analysis: Analysis, uri: string, range: lsp.Range): CodeAction[];
  /** A value typed into a cell of the preview, as minimal edits of the source. */
  cellEdit(analysis: Analysis, target: CellTarget, value: string): CellEditAnswer;
  /** The number under the cursor and the numbers it adds up to or from, and the prose counts compared with it. */
  documentHighlights(analysis: Analysis, position: lsp.Position): lsp.DocumentHighlight[];
  /** On a count stated in the prose of section 一: the table cells it is compared with. */
  definition(analysis: Analysis, uri: string, position: lsp.Position): lsp.Location[];
  /** On a table cell: the prose counts compared with it (and the cell, when `includeDeclaration`). */
  references(analysis: Analysis, uri: string, position: lsp.Position, includeDeclaration: boolean): lsp.Location[];
}

/**
 * How the editor shows each related number: the totals a number adds up to strongest (Write), the parts that
 * add up to it as Read, the number itself and the prose counts as plain Text.
 */
const HIGHLIGHT_KIND: Record<RelatedRole, lsp.DocumentHighlightKind> = { here: 1, claim: 1, part: 2, total: 3 };

/** The language service (model: vscode-markdown-languageservice's createLanguageService). Stateless. */
export function createLanguageService(): LanguageService {
  const offset = (analysis: Analysis, position: lsp.Position) => analysis.model.index.offsetAt(position);
  const edits = (analysis: Analysis, list: Array<{ start: number; end: number; newText: string }>): lsp.TextEdit[] =>
    list.map((e) => ({ range: analysis.model.index.range(e.start, e.end), newText: e.newText }));
  return {
    diagnostics: (analysis, uri) => analysis.diagnostics.map((d) => toLspDiagnostic(uri, d)),
    completion: (analysis, position) => completions(analysis.model, offset(analysis, position), analysis.locale),
    hover(analysis, position) {
      const at = offset(analysis, position);
      const plain = hover(analysis.model, analysis.diagnostics, at, analysis.locale, analysis.memo);
      // Last year's value and the change, when the workspace holds last year's report.
      return withLastYear(plain, analysis.model, analysis.previous?.model, at, analysis.locale) ?? null;
    },
    inlayHints: (analysis, range, settings) => inlayHints(analysis.model, offset(analysis, range.start), offset(analysis, range.end), {
      columnNames: settings.columnNames, locale: analysis.locale, previous: analysis.previous?.model,
    }),
    documentSymbols: (analysis) => documentSymbols(analysis.model, analysis.locale),
    workspaceSymbols: (reports, query) => workspaceSymbols(reports, query),
    documentStatus: (analysis, lookup) => documentStatus(analysis, lookup),
    foldingRanges: (analysis) => foldingRanges(analysis.model),
    semanticTokens: (analysis) => ({ data: encodeSemanticTokens(semanticTokens(analysis.model)) }),
    selectionRanges: (analysis, positions) => selectionRanges(analysis.model, positions.map((p) => offset(analysis, p))),
    format: (analysis, range) => edits(
      analysis, formatEdits(analysis.model, range && { start: offset(analysis, range.start), end: offset(analysis, range.end) }),
    ),
    codeActions(analysis, uri, range) {
      const start = offset(analysis, range.start);
      const end = offset(analysis, range.end);
      // The core's own diagnostics (with their fix payloads) that meet the range.
      const inRange = analysis.diagnostics.filter((d) => d.span.start <= end && d.span.end >= start);
      return codeActions(analysis.model, analysis.diagnostics, inRange, uri, analysis.locale);
    },
    cellEdit(analysis, target, value) {
      const result = cellEdit(analysis.model, target, value);
      return result.ok ? { ok: true, edits: edits(analysis, result.edits) } : result;
    },
    documentHighlights: (analysis, position) => relatedNumbers(analysis.model, offset(analysis, position), analysis.memo)
      .map((r) => ({ range: analysis.model.index.range(r.start, r.end), kind: HIGHLIGHT_KIND[r.role] })),
    definition: (analysis, uri, position) => claimedCells(analysis.model, offset(analysis, position), analysis.memo)
      .map((s) => ({ uri, range: analysis.model.index.range(s.start, s.end) })),
    references: (analysis, uri, position, includeDeclaration) => claimsAbout(analysis.model, offset(analysis, position), includeDeclaration, analysis.memo)
      .map((s) => ({ uri, range: analysis.model.index.range(s.start, s.end) })),
  };
}

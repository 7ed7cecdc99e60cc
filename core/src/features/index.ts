/** The editing features: pure functions of (model, diagnostics, position) returning LSP-shaped data. */
export * from './types';
export { completions } from './completion';
export { hover } from './hover';
export { inlayHints, type InlayHintOptions } from './inlayHints';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { semanticTokens, encodeSemanticTokens, TOKEN_TYPES, TOKEN_MODIFIERS, type SemanticToken } from './semanticTokens';
export { selectionRanges } from './selectionRanges';
export { formatEdits, applyEdits, meaningOf } from './formatting';
export { codeActions, fillTotals } from './codeActions';
export { pinyinInitials } from './pinyin';
export { snippetsFile, snippetsJson, skeleton } from './snippets';
export { withLastYear, lastYearLine, inForceHints } from './lastYear';
export { columnNamesMode, compactName, type ColumnNamesMode } from './columnNames';
export { cellEdit, normalizeCellValue, type CellTarget, type CellEditResult } from './cellEdit';

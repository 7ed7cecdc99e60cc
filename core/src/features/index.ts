/**
 * The editing features: pure functions of (model, diagnostics, offset) returning LSP-shaped data.
 * Editors reach them through the facade (core/src/language), which converts positions; what is
 * exported here is for tests and tools that work on offsets.
 */
export * from './types';
export { completions } from './completion';
export { hover } from './hover';
export { inlayHints } from './inlayHints';
export { semanticTokens, encodeSemanticTokens, TOKEN_TYPES, type SemanticToken } from './semanticTokens';
export { selectionRanges } from './selectionRanges';
export { formatEdits, applyEdits, meaningOf } from './formatting';
export { codeActions } from './codeActions';
export { snippetsFile, snippetsJson } from './snippets';
export { withLastYear } from './lastYear';
export { columnNamesMode, compactName } from './columnNames';
export { cellEdit } from './cellEdit';

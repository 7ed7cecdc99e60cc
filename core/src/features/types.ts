/**
 * Results of the editing features: the Language Server Protocol's own types
 * (vscode-languageserver-types, imported as types only: nothing enters a bundle). Where a
 * feature always fills an optional field or picks one arm of a union, the narrower shape is
 * stated here so that callers need no checks. Positions are 0-based line/UTF-16 character.
 */
import type * as lsp from 'vscode-languageserver-types';

export type { Diagnostic, FoldingRange, SelectionRange, TextEdit } from 'vscode-languageserver-types';

/** The CompletionItemKind values used here (LSP numbers, typed as the LSP enum). */
export const CompletionItemKind = {
  Text: 1, Field: 5, Module: 9, Property: 10, Value: 12, Enum: 13, Keyword: 14, Snippet: 15, Struct: 22,
} as const satisfies Record<string, lsp.CompletionItemKind>;

/** The SymbolKind values used here (LSP numbers, typed as the LSP enum). */
export const SymbolKind = {
  File: 1, Module: 2, Namespace: 3, Class: 5, Property: 7, Field: 8, String: 15, Key: 20, Struct: 23,
} as const satisfies Record<string, lsp.SymbolKind>;

/** A completion always carries a plain TextEdit, a sort text and a filter text (label + bare label + pinyin initials). */
export type CompletionItem = lsp.CompletionItem & {
  textEdit: lsp.TextEdit; sortText: string; filterText: string; insertTextFormat: lsp.InsertTextFormat; documentation?: lsp.MarkupContent;
};

/** A hover is always Markdown over a range. */
export type Hover = lsp.Hover & { contents: lsp.MarkupContent; range: lsp.Range };

/** An inlay hint's label and tooltip are plain strings here. */
export type InlayHint = lsp.InlayHint & { label: string; tooltip?: string };

/** Outline nodes always list their children. */
export type DocumentSymbol = Omit<lsp.DocumentSymbol, 'children'> & { children: DocumentSymbol[] };

/** A code action is always a set of edits of the one document. */
export type CodeAction = lsp.CodeAction & { edit: { changes: Record<string, lsp.TextEdit[]> } };

/**
 * Plain-data results of the editing features, in the shapes of the Language Server Protocol
 * (positions are 0-based line/UTF-16 character), defined here so that the core imports
 * neither vscode nor an LSP library. The server passes them through unchanged.
 */
import type { Position, Range } from '../text/positions';

export type { Position, Range };

export interface LspTextEdit { range: Range; newText: string }

export interface MarkupContent { kind: 'markdown' | 'plaintext'; value: string }

/** LSP CompletionItemKind values used here. */
export const CompletionItemKind = { Text: 1, Module: 9, Property: 10, Value: 12, Enum: 13, Keyword: 14, Snippet: 15, Field: 5, Struct: 22 } as const;

export type CompletionItemKindValue = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface CompletionItem {
  label: string;
  kind: CompletionItemKindValue;
  detail?: string;
  documentation?: MarkupContent;
  sortText: string;
  /** Label + bare label + pinyin initials, so either input mode finds the item. */
  filterText: string;
  /** 1 = PlainText, 2 = Snippet. */
  insertTextFormat: 1 | 2;
  textEdit: LspTextEdit;
  preselect?: boolean;
}

export interface Hover { contents: MarkupContent; range: Range }

export interface InlayHint {
  position: Position;
  label: string;
  /** 1 = Type, 2 = Parameter. */
  kind: 1 | 2;
  paddingLeft?: boolean;
  paddingRight?: boolean;
  tooltip?: string;
}

/** LSP SymbolKind values used here. */
export const SymbolKind = { Module: 2, Namespace: 3, Class: 5, Property: 7, Field: 8, String: 15, Key: 20, Struct: 23 } as const;

export type SymbolKindValue = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindValue;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface FoldingRange { startLine: number; endLine: number; kind?: 'comment' | 'region' }

export interface SelectionRange { range: Range; parent?: SelectionRange }

export interface Diagnostic {
  range: Range;
  code: string;
  message: string;
  severity?: 1 | 2 | 3 | 4;
  data?: unknown;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'source.fixAll' | 'source';
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit: { changes: Record<string, LspTextEdit[]> };
}

import type { ReportModel, Span } from '../model/types';
import { TOTAL_CODES } from './totals';

/** Token types, in legend order. Custom ones are declared in package.json (semanticTokenTypes) with a superType. */
export const TOKEN_TYPES = ['heading', 'caption', 'label', 'number', 'total', 'prose', 'headerKey', 'comment'] as const;
/** `group`: a group row's label; `invalid`: a cell the checks cannot read. */
export const TOKEN_MODIFIERS = ['group', 'invalid'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface SemanticToken { line: number; character: number; length: number; type: TokenType; modifiers: number }

/** Classified spans of the document; each token lies within one line. */
export function semanticTokens(model: ReportModel): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const push = (span: Span, type: TokenType, modifiers = 0) => {
    if (span.end <= span.start) return;
    const start = model.index.positionAt(span.start);
    const end = model.index.positionAt(span.end);
    if (end.line !== start.line) return;
    tokens.push({ line: start.line, character: start.character, length: end.character - start.character, type, modifiers });
  };
  for (const comment of model.comments) push(comment, 'comment');
  for (const field of model.header) push(field.keySpan, 'headerKey');
  for (const prose of model.preamble) push(trimmed(prose, model.text), 'prose');
  const totals = new Set(model.format.equations.filter((e) => TOTAL_CODES.has(e.code)).map((e) => `${e.table}/${e.target.row}/${e.target.column}`));
  for (const section of model.sections) {
    push(section.heading, 'heading');
    for (const item of section.items) {
      switch (item.kind) {
        case 'caption': push(item, 'caption'); break;
        case 'subheading': push(item, 'heading'); break;
        case 'prose': case 'note': push(trimmed(item, model.text), 'prose'); break;
        case 'columns': push(trimmed(item, model.text), 'label'); break;
        case 'row': {
          const r = item.resolution;
          push(item.label, 'label', r.status === 'ok' && r.row.kind === 'group' ? 1 : 0);
          const columns = r.status === 'ok' ? r.subTable.columns : undefined;
          for (const cell of item.cells) {
            if (cell.raw === '') continue;
            const column = columns?.[cell.index];
            const isTotal = r.status === 'ok' && column && totals.has(`${item.table}/${r.row.id}/${column.id}`);
            push(cell, isTotal ? 'total' : 'number', cell.problem && cell.problem !== 'blank' ? 2 : 0);
          }
          break;
        }
      }
    }
  }
  return tokens.sort((a, b) => a.line - b.line || a.character - b.character);
}

function trimmed(span: Span, text: string): Span {
  const raw = text.slice(span.start, span.end);
  const start = span.start + (raw.length - raw.trimStart().length);
  return { start, end: Math.max(start, span.start + raw.trimEnd().length) };
}

/** LSP relative encoding: deltaLine, deltaStart, length, type index, modifier bits. */
export function encodeSemanticTokens(tokens: SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.character - character : token.character, token.length, TOKEN_TYPES.indexOf(token.type), token.modifiers);
    line = token.line;
    character = token.character;
  }
  return data;
}

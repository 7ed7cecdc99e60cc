import type { IToken, TokenType } from 'chevrotain';
import { CAPTION_PATTERN, COMMENT_PATTERN, CaptionMarker, Comment, Newline, Pipe, SECTION_PATTERN, SectionMarker, Text } from './tokens';

/**
 * The report's tokens, line by line, without a regex per token: the same tokens (type, image,
 * offset) as `reportLexer.tokenize(text).tokens`, which a property test holds it to.
 *
 * Why: Chevrotain's lexer tries each token pattern at each token start, ~20 % of a check. Here a
 * line costs a search for its line break (indexOf, no character loop in JS when the text has no
 * \r): prose (≈ 60 % of a report's bytes) becomes one Text token, and the marker regexes
 * (tokens.ts) run only on lines whose first non-space character can start a marker (#, ＃, %, ％).
 * Chevrotain still parses the tokens. `lineStarts`, when given (holding 0), gets the offset of
 * each following line: lineStartsOf's answer without a walk of its own.
 */
export function scanTokens(text: string, lineStarts?: number[]): IToken[] {
  const tokens: IToken[] = [];
  const length = text.length;
  const hasCR = text.indexOf('\r') >= 0;
  let offset = 0;
  while (offset <= length) {
    // Line start: a comment or heading marker, tried in the lexer's order (Comment, ##, #).
    const first = firstAfterSpaces(text, offset);
    if (first === 0x23 /* # */ || first === 0xff03 /* ＃ */) {
      offset = marker(text, offset, CAPTION_PATTERN, CaptionMarker, tokens) ?? marker(text, offset, SECTION_PATTERN, SectionMarker, tokens) ?? offset;
    } else if (first === 0x25 /* % */ || first === 0xff05 /* ％ */) {
      offset = marker(text, offset, COMMENT_PATTERN, Comment, tokens) ?? offset;
    }
    // The rest of the line: its leading pipes, then one Text to the line break.
    for (let code = text.charCodeAt(offset); code === 0x7c || code === 0xff5c; code = text.charCodeAt(offset)) {
      tokens.push(new ScannedToken(text, offset, offset + 1, Pipe));
      offset++;
    }
    const end = lineEnd(text, offset, hasCR);
    if (end > offset) tokens.push(new ScannedToken(text, offset, end, Text));
    offset = end;
    if (offset >= length) break;
    const crlf = text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10;
    tokens.push(new ScannedToken(text, offset, offset + (crlf ? 2 : 1), Newline));
    offset += crlf ? 2 : 1;
    lineStarts?.push(offset);
  }
  return tokens;
}

/**
 * A token as Chevrotain's lexer gives it with positionTracking 'onlyOffset', but its image is read
 * from the text only when asked (error messages, tests): the parser matches by tokenTypeIdx, and
 * a string per token was most of what scanning allocated. `end`: exclusive end offset.
 */
export class ScannedToken implements IToken {
  readonly tokenTypeIdx: number;
  constructor(private readonly source: string, readonly startOffset: number, readonly end: number, readonly tokenType: TokenType) {
    this.tokenTypeIdx = tokenType.tokenTypeIdx!;
  }

  get image(): string { return this.source.slice(this.startOffset, this.end); }
}

function marker(text: string, offset: number, pattern: RegExp, type: TokenType, tokens: IToken[]): number | undefined {
  const sticky = STICKY.get(pattern)!;
  sticky.lastIndex = offset;
  const match = sticky.exec(text);
  if (!match) return undefined;
  const end = offset + match[0].length;
  tokens.push(new ScannedToken(text, offset, end, type));
  return end;
}

const STICKY = new Map([COMMENT_PATTERN, CAPTION_PATTERN, SECTION_PATTERN].map((p) => [p, new RegExp(p.source, 'y')]));

/** Offset of the line break at or after `offset` (the text's length on the last line). */
function lineEnd(text: string, offset: number, hasCR: boolean): number {
  if (!hasCR) {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline;
  }
  let end = offset;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
  }
  return end;
}

/** The first character of the line that is not a SPACE_CLASS space (-1 at the end of the text). */
function firstAfterSpaces(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** SPACE_CLASS of tokens.ts as a character test. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

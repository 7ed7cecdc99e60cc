import { createToken, Lexer, type CustomPatternMatcherFunc, type ILexingResult, type TokenType } from 'chevrotain';

/**
 * Line-oriented tokens. Markers (headings, comments) count only at the start of a line; the
 * rest of a line is its leading pipes, then one Text to the end of the line. The model splits
 * table rows at their pipes itself and reads prose back from source offsets, never from tokens:
 * a prose line is one token, a table row two or three (issue #12: a token per cell was most of
 * what scanning and parsing cost). Pipes before the Text stay tokens because a heading's title
 * must start with Text (`# |x` is a heading without a title).
 */

function atLineStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const previous = text.charCodeAt(offset - 1);
  return previous === 10 || previous === 13;
}

function lineStartPattern(regex: RegExp): CustomPatternMatcherFunc {
  const sticky = new RegExp(regex.source, 'y');
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
}

/**
 * Horizontal spaces as pasted from web pages and Word: no-break, en/em, narrow, ideographic,
 * zero-width, and a BOM left at the start of a file.
 */
export const SPACE_CLASS = '[ \\t\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]';
const LEADING_SPACE = `${SPACE_CLASS}*`;
const HEADING_FOLLOW = `(?:${SPACE_CLASS}+|(?=[一二三四五六七八九十]+[、.．]|第))`;

const SPACE_HINTS = [' ', '\t', '\u00a0', '\u1680', ...Array.from({ length: 12 }, (_, i) => String.fromCharCode(0x2000 + i)), '\u202f', '\u205f', '\u3000', '\ufeff'];

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

/** The line-start patterns of the markers; the line scanner (scan.ts) matches with these same regexes. */
export const COMMENT_PATTERN = new RegExp(`${LEADING_SPACE}(?:%%|％％)[^\\r\\n]*`);
export const CAPTION_PATTERN = new RegExp(`${LEADING_SPACE}[#＃]{2}(?![#＃])${HEADING_FOLLOW}`);
export const SECTION_PATTERN = new RegExp(`${LEADING_SPACE}[#＃](?![#＃])${HEADING_FOLLOW}`);

/** %% comment, whole line. Chinese prose never begins with %%; URLs and // are safe. */
export const Comment = createToken({
  name: 'Comment',
  pattern: lineStartPattern(COMMENT_PATTERN),
  line_breaks: false,
  start_chars_hint: ['%', '％', ...SPACE_HINTS],
});

/** ## caption (第二十条第（一）项) or sub-heading. */
export const CaptionMarker = createToken({
  name: 'CaptionMarker',
  pattern: lineStartPattern(CAPTION_PATTERN),
  line_breaks: false,
  start_chars_hint: ['#', '＃', ...SPACE_HINTS],
});

/** # section heading. `#` with neither a space nor a numeral after it is prose (#话题#). */
export const SectionMarker = createToken({
  name: 'SectionMarker',
  pattern: lineStartPattern(SECTION_PATTERN),
  line_breaks: false,
  start_chars_hint: ['#', '＃', ...SPACE_HINTS],
});

export const Pipe = createToken({ name: 'Pipe', pattern: /[|｜]/ });

export const Text = createToken({ name: 'Text', pattern: /[^|｜\r\n][^\r\n]*/ });

export const ALL_TOKENS: TokenType[] = [Newline, Comment, CaptionMarker, SectionMarker, Pipe, Text];

/**
 * The Chevrotain lexer of these tokens: the reference the line scanner (scan.ts, which the parser
 * uses) is property-tested against. Built on first use: building it costs time and ≈ 1 MiB of
 * lookup tables that a language server never needs.
 */
let lexer: Lexer | undefined;
export const reportLexer = {
  tokenize(text: string): ILexingResult {
    lexer ??= new Lexer(ALL_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });
    return lexer.tokenize(text);
  },
};

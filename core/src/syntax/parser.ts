import { EmbeddedActionsParser, EOF, type IToken, type IRecognitionException } from 'chevrotain';
import { ALL_TOKENS, CaptionMarker, Comment, Newline, Pipe, SectionMarker, Text } from './tokens';
import { scanTokens } from './scan';
import type { RuleCode } from '../i18n/catalog';

/** One source line as the parser sees it. Offsets are into the document text. */
export type LineNode =
  | { kind: 'blank'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'section' | 'caption'; start: number; end: number; markerEnd: number; parts: IToken[] }
  | { kind: 'content'; start: number; end: number; parts: IToken[] };

export interface SyntaxError { code: Extract<RuleCode, `syntax.${string}`>; start: number; end: number; detail: string }

/** The grammar: document := line*; line := heading | caption | comment | content | blank. */
class ReportParser extends EmbeddedActionsParser {
  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', (): LineNode[] => {
    const lines: LineNode[] = [];
    this.MANY(() => {
      const line = this.SUBRULE(this.line);
      this.ACTION(() => { if (line) lines.push(line); });
    });
    return lines;
  });

  // The OR alternatives are built once, not per line or token: a fresh array of closures on
  // every call was a quarter of what a check allocated (Chevrotain's own performance advice).
  private readonly lineKinds = [
    { ALT: () => this.SUBRULE(this.blankLine) },
    { ALT: () => this.SUBRULE(this.commentLine) },
    { ALT: () => this.SUBRULE(this.heading) },
    { ALT: () => this.SUBRULE(this.caption) },
    { ALT: () => this.SUBRULE(this.contentLine) },
  ];
  private readonly titlePart = [{ ALT: () => this.CONSUME2(Text) }, { ALT: () => this.CONSUME(Pipe) }];
  private readonly contentPart = [{ ALT: () => this.CONSUME(Text) }, { ALT: () => this.CONSUME(Pipe) }];
  private readonly lineEnd = [{ ALT: () => this.CONSUME(Newline) }, { ALT: () => this.CONSUME(EOF) }];

  private line = this.RULE('line', (): LineNode | undefined => this.OR(this.lineKinds));

  private blankLine = this.RULE('blankLine', (): LineNode => {
    const newline = this.CONSUME(Newline);
    return { kind: 'blank', start: newline.startOffset, end: newline.startOffset };
  });

  private commentLine = this.RULE('commentLine', (): LineNode => {
    const comment = this.CONSUME(Comment);
    this.SUBRULE(this.endOfLine);
    return this.ACTION((): LineNode => ({ kind: 'comment', start: comment.startOffset, end: comment.startOffset + comment.image.length }));
  });

  private heading = this.RULE('heading', (): LineNode => {
    const marker = this.CONSUME(SectionMarker);
    const parts = this.SUBRULE(this.title);
    this.SUBRULE2(this.endOfLine);
    return this.ACTION(() => lineOf('section', marker, parts));
  });

  private caption = this.RULE('caption', (): LineNode => {
    const marker = this.CONSUME(CaptionMarker);
    const parts = this.SUBRULE(this.title);
    this.SUBRULE3(this.endOfLine);
    return this.ACTION(() => lineOf('caption', marker, parts));
  });

  /** A heading needs a title: `#` alone is a syntax error, recovered by token insertion. */
  private title = this.RULE('title', (): IToken[] => {
    const parts: IToken[] = [this.CONSUME(Text)];
    this.MANY(() => parts.push(this.OR(this.titlePart)));
    return parts;
  });

  private contentLine = this.RULE('contentLine', (): LineNode => {
    const parts: IToken[] = [];
    this.AT_LEAST_ONE(() => parts.push(this.OR(this.contentPart)));
    this.SUBRULE4(this.endOfLine);
    return this.ACTION((): LineNode => {
      const last = parts[parts.length - 1];
      return { kind: 'content', start: parts[0].startOffset, end: last.startOffset + last.image.length, parts };
    });
  });

  private endOfLine = this.RULE('endOfLine', () => {
    this.OR(this.lineEnd);
  });
}

function lineOf(kind: 'section' | 'caption', marker: IToken, parts: IToken[]): LineNode {
  const real = parts.filter((p) => !p.isInsertedInRecovery && p.image !== undefined && !Number.isNaN(p.startOffset));
  const markerEnd = marker.startOffset + marker.image.length;
  const last = real[real.length - 1];
  return { kind, start: marker.startOffset, end: last ? last.startOffset + last.image.length : markerEnd, markerEnd, parts: real };
}

/** The one parser instance (Chevrotain parsers are reusable; building one is the slow part). */
const parser = new ReportParser();

export interface ParseResult { lines: LineNode[]; errors: SyntaxError[] }

export function parseLines(text: string): ParseResult {
  // The line scanner gives the tokens of reportLexer (property-tested); the Text token matches
  // every character but pipes and line breaks, so lexing cannot fail.
  parser.input = scanTokens(text);
  const lines = parser.document() ?? [];
  const errors: SyntaxError[] = parser.errors.map((error) => toSyntaxError(error, text));
  return { lines, errors };
}

function toSyntaxError(error: IRecognitionException, text: string): SyntaxError {
  const token = error.token;
  // The only token a line can lack is a heading's title: every other token starts a line alternative.
  const code = 'syntax.headingTitle';
  let start = Number.isNaN(token.startOffset) ? text.length : token.startOffset;
  // An EOF or newline token: point at the end of the offending line instead.
  if (token.tokenType === EOF) start = text.length;
  const end = token.tokenType === EOF || token.tokenType === Newline ? start : start + token.image.length;
  return { code, start, end, detail: token.image ?? '' };
}

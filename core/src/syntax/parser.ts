import { EmbeddedActionsParser, EOF, type IToken, type IRecognitionException } from 'chevrotain';
import { ALL_TOKENS, CaptionMarker, Comment, Newline, Pipe, SectionMarker, Text } from './tokens';
import { ScannedToken, scanTokens } from './scan';
import type { RuleCode } from '../i18n/catalog';

/**
 * One source line as the parser sees it. Offsets are into the document text. A content line's
 * cells are split at its pipes by the model, from the text: the tokens are not kept.
 */
export type LineNode =
  | { kind: 'blank'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'section' | 'caption'; start: number; end: number; markerEnd: number }
  | { kind: 'content'; start: number; end: number };

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
    return this.ACTION((): LineNode => ({ kind: 'comment', start: comment.startOffset, end: endOf(comment) }));
  });

  private heading = this.RULE('heading', (): LineNode => {
    const marker = this.CONSUME(SectionMarker);
    const last = this.SUBRULE(this.title);
    this.SUBRULE2(this.endOfLine);
    return this.ACTION(() => lineOf('section', marker, last));
  });

  private caption = this.RULE('caption', (): LineNode => {
    const marker = this.CONSUME(CaptionMarker);
    const last = this.SUBRULE(this.title);
    this.SUBRULE3(this.endOfLine);
    return this.ACTION(() => lineOf('caption', marker, last));
  });

  /** A heading needs a title: `#` alone is a syntax error, recovered by token insertion. Returns the title's last token. */
  private title = this.RULE('title', (): IToken => {
    let last = this.CONSUME(Text);
    this.MANY(() => { last = this.OR(this.titlePart); });
    return last;
  });

  private contentLine = this.RULE('contentLine', (): LineNode => {
    let first: IToken | undefined;
    let last: IToken | undefined;
    this.AT_LEAST_ONE(() => { last = this.OR(this.contentPart); first ??= last; });
    this.SUBRULE4(this.endOfLine);
    return this.ACTION((): LineNode => ({ kind: 'content', start: first!.startOffset, end: endOf(last!) }));
  });

  private endOfLine = this.RULE('endOfLine', () => {
    this.OR(this.lineEnd);
  });
}

/** `last`: the title's last token; one inserted by recovery (a heading without a title) is not text. */
function lineOf(kind: 'section' | 'caption', marker: IToken, last: IToken): LineNode {
  const markerEnd = endOf(marker);
  const real = !last.isInsertedInRecovery && last.image !== undefined && !Number.isNaN(last.startOffset);
  return { kind, start: marker.startOffset, end: real ? endOf(last) : markerEnd, markerEnd };
}

/** A scanned token knows its end without building its image. */
function endOf(token: IToken): number {
  return token instanceof ScannedToken ? token.end : token.startOffset + token.image.length;
}

/** The one parser instance (Chevrotain parsers are reusable; building one is the slow part). */
const parser = new ReportParser();

export interface ParseResult { lines: LineNode[]; errors: SyntaxError[] }

export function parseLines(text: string): ParseResult {
  // The line scanner gives the tokens of reportLexer (property-tested); a Text takes the rest of a
  // line after its leading pipes, so lexing cannot fail.
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

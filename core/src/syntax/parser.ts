import { EmbeddedActionsParser, EOF, type IToken } from 'chevrotain';
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

/**
 * The grammar: document := line*; line := heading | caption | comment | content | blank.
 * Every token starts a line alternative, so the one syntax error is a heading or caption without
 * a title: the grammar takes the title as optional and its action records the error. Chevrotain's
 * error recovery (token insertion, re-sync) is off: it cost a check in every repetition.
 */
class ReportParser extends EmbeddedActionsParser {
  /** The tokens found where a title should start (the line break, EOF or a pipe), in order; reset per parse. */
  missingTitles: IToken[] = [];

  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  // A line is an alternative of the document's repetition, not a rule of its own, and a line's
  // end an alternative in its rule; blank and content lines (nearly every line) are written in
  // the alternatives themselves, not as subrules: each rule invoked costs Chevrotain its
  // bookkeeping (rule and occurrence stacks, a try/finally).
  public document = this.RULE('document', (): LineNode[] => {
    const lines: LineNode[] = [];
    this.MANY(() => {
      // Not in an ACTION: a closure per line was most of what parsing allocated. While Chevrotain
      // records the grammar, the line is a placeholder pushed to an array that is thrown away.
      const line = this.OR(this.lineKinds);
      if (line) lines.push(line);
    });
    return lines;
  });

  // The OR alternatives are built once, not per line or token: a fresh array of closures on
  // every call was a quarter of what a check allocated (Chevrotain's own performance advice).
  // Occurrence indices (CONSUME2, OR3 …) tell apart the uses of a token or OR within one rule.
  private readonly lineKinds: Array<{ ALT: () => LineNode }> = [
    {
      ALT: () => {
        const newline = this.CONSUME(Newline);
        return { kind: 'blank', start: newline.startOffset, end: newline.startOffset };
      },
    },
    { ALT: () => this.SUBRULE(this.commentLine) },
    { ALT: () => this.SUBRULE(this.heading) },
    { ALT: () => this.SUBRULE(this.caption) },
    {
      // A content line: one Text (most lines), or its leading pipes and then the Text, if any (the
      // scan gives a line's pipes before its one Text, which takes the rest of the line).
      ALT: () => {
        this.OR2(this.contentKinds);
        this.OR3(this.contentEnd);
        // Not in an ACTION (no closure per line): while the grammar is recorded, the tokens are Chevrotain's placeholder.
        return { kind: 'content', start: this.contentFirst!.startOffset, end: endOf(this.contentLast!) };
      },
    },
  ];
  private readonly titlePart = [{ ALT: () => this.CONSUME2(Text) }, { ALT: () => this.CONSUME(Pipe) }];
  /** The first and last token of the content line being parsed (set by its alternatives, which are built once). */
  private contentFirst: IToken | undefined;
  private contentLast: IToken | undefined;
  private readonly contentKinds = [
    { ALT: () => { this.contentFirst = this.contentLast = this.CONSUME(Text); } },
    {
      ALT: () => {
        this.contentFirst = undefined;
        this.AT_LEAST_ONE(() => { this.contentLast = this.CONSUME(Pipe); this.contentFirst ??= this.contentLast; });
        this.OPTION(() => { this.contentLast = this.CONSUME2(Text); });
      },
    },
  ];
  private readonly lineEnd = [{ ALT: () => this.CONSUME(Newline) }, { ALT: () => this.CONSUME(EOF) }];
  /** A content line's end, in the document rule, where CONSUME(Newline) is the blank line's. */
  private readonly contentEnd = [{ ALT: () => this.CONSUME2(Newline) }, { ALT: () => this.CONSUME(EOF) }];

  private commentLine = this.RULE('commentLine', (): LineNode => {
    const comment = this.CONSUME(Comment);
    this.OR(this.lineEnd);
    return this.ACTION((): LineNode => ({ kind: 'comment', start: comment.startOffset, end: endOf(comment) }));
  });

  private heading = this.RULE('heading', (): LineNode => {
    const marker = this.CONSUME(SectionMarker);
    const last = this.SUBRULE(this.title);
    this.OR(this.lineEnd);
    return this.ACTION(() => lineOf('section', marker, last));
  });

  private caption = this.RULE('caption', (): LineNode => {
    const marker = this.CONSUME(CaptionMarker);
    const last = this.SUBRULE(this.title);
    this.OR(this.lineEnd);
    return this.ACTION(() => lineOf('caption', marker, last));
  });

  /**
   * A heading needs a title that starts with Text: `#` alone or `# |x` is a syntax error (at the
   * token after the marker), and the line is still a heading. Returns the title's last token, if any.
   */
  private title = this.RULE('title', (): IToken | undefined => {
    this.ACTION(() => { const next = this.LA(1); if (next.tokenType !== Text) this.missingTitles.push(next); });
    let last: IToken | undefined;
    this.MANY(() => { last = this.OR(this.titlePart); });
    return last;
  });
}

/** `last`: the title's last token (none: a heading without a title ends at its marker). */
function lineOf(kind: 'section' | 'caption', marker: IToken, last: IToken | undefined): LineNode {
  const markerEnd = endOf(marker);
  return { kind, start: marker.startOffset, end: last ? endOf(last) : markerEnd, markerEnd };
}

/** A scanned token knows its end without building its image. */
function endOf(token: IToken): number {
  return token instanceof ScannedToken ? token.end : token.startOffset + token.image.length;
}

/** The one parser instance (Chevrotain parsers are reusable; building one is the slow part). */
const parser = new ReportParser();

/** `lineStarts`: the offset of each line's first character (lineStartsOf), found by the scan. */
export interface ParseResult { lines: LineNode[]; errors: SyntaxError[]; lineStarts: number[] }

export function parseLines(text: string): ParseResult {
  // The line scanner gives the tokens of reportLexer (property-tested); a Text takes the rest of a
  // line after its leading pipes, so lexing cannot fail.
  const lineStarts = [0];
  parser.input = scanTokens(text, lineStarts);
  parser.missingTitles = [];
  const lines = parser.document() ?? [];
  const errors: SyntaxError[] = parser.missingTitles.map((token) => toSyntaxError(token, text));
  // Chevrotain's own errors: none can arise (every token starts a line), kept as a safety net.
  for (const error of parser.errors) errors.push(toSyntaxError(error.token, text));
  return { lines, errors, lineStarts };
}

/** The error at `token`, where a heading's title should have started. */
function toSyntaxError(token: IToken, text: string): SyntaxError {
  const code = 'syntax.headingTitle';
  let start = Number.isNaN(token.startOffset) ? text.length : token.startOffset;
  // An EOF or newline token: point at the end of the offending line instead.
  if (token.tokenType === EOF) start = text.length;
  const end = token.tokenType === EOF || token.tokenType === Newline ? start : start + token.image.length;
  return { code, start, end, detail: token.image ?? '' };
}

import { RULE_CODES } from '../i18n/catalog';
import type { RuleContext } from './context';

const DIRECTIVE = /^[ \t\u3000]*%%[ \t\u3000]*zfxxgk-disable-next-line(?:[ \t\u3000]+([^\s\u3000]+))?(?:[ \t\u3000]+(.*?))?[ \t\u3000]*$/;

/** A code or a family ("text.*") named in a suppression. */
export function matchesCode(pattern: string, code: string): boolean {
  return pattern.endsWith('.*') ? code.startsWith(pattern.slice(0, -1)) : pattern === code;
}

function knownPattern(pattern: string): boolean {
  return RULE_CODES.some((code) => matchesCode(pattern, code));
}

/**
 * `%% zfxxgk-disable-next-line CODE[,CODE…] REASON` drops those diagnostics that start on the
 * next line that is not itself a comment. The reason is required: an unexplained suppression
 * still suppresses (the author meant it) but is reported, so a reviewer sees it.
 */
export function applySuppressions(context: RuleContext): void {
  const { model } = context;
  const suppressed: Array<{ line: number; codes: string[] }> = [];
  const commentLines = new Set(model.comments.map((c) => model.index.positionAt(c.start).line));
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(model.text.slice(comment.start, comment.end));
    if (!match) continue;
    const codes = (match[1] ?? '').split(/[,，]/).filter(Boolean);
    const codesSpan = match[1]
      ? { start: comment.start + match[0].indexOf(match[1]), end: comment.start + match[0].indexOf(match[1]) + match[1].length }
      : comment;
    if (codes.length === 0 || !match[2]) context.report('suppress.noReason', codesSpan, { codes: codes.join(',') || 'CODE' });
    for (const code of codes) if (!knownPattern(code)) context.report('suppress.unknownRule', codesSpan, { code });
    let line = model.index.positionAt(comment.start).line + 1;
    while (commentLines.has(line)) line++;
    suppressed.push({ line, codes });
  }
  if (suppressed.length === 0) return;
  const kept = context.diagnostics.filter((d) => !suppressed.some((s) => s.line === d.range.start.line && s.codes.some((c) => matchesCode(c, d.code))));
  context.diagnostics.splice(0, context.diagnostics.length, ...kept);
}

import { tableName, type Locale } from '../formats';
import { say } from '../i18n/text';
import type { AnalysisMemo } from '../memo';
import type { ReportModel } from '../model/types';
import { lookupCell } from '../rules/arithmetic';
import { extractClaims, type Claim } from '../rules/text/claims';
import { metricPlace, type TableValue } from '../rules/text/metrics';
import { escapeMarkdown } from '../text/markdown';
import { cellName } from './describe';

/**
 * The counts the prose of section 一 states (the claims rule's reading), kept per model: hover and the related
 * numbers ask at every cursor move. `memo`: the document's (analysis.memo), whose stage `rules.claims` already
 * holds each prose line's reading from the check, so a new version costs only the comparisons with the tables.
 */
export function proseClaims(model: ReportModel, memo?: AnalysisMemo): Claim[] {
  let claims = CLAIMS.get(model);
  if (!claims) {
    claims = extractClaims(model, memo);
    CLAIMS.set(model, claims);
  }
  return claims;
}
const CLAIMS = new WeakMap<ReportModel, Claim[]>();

/** The prose count whose words (keyword to 件) hold `offset`, if any. */
export function claimAt(model: ReportModel, offset: number, memo?: AnalysisMemo): Claim | undefined {
  return proseClaims(model, memo).find((c) => c.span.start <= offset && offset <= c.span.end);
}

/** A count the rule compared with the tables (it agrees or differs; then, and only then, it has its table cells). */
export type ComparedClaim = Claim & { table: TableValue };
export function isCompared(claim: Claim): claim is ComparedClaim {
  return claim.table !== undefined;
}

/** What the checker made of a prose count: compared (and with which cells), or why not. One line of Markdown. */
export function claimVerdict(model: ReportModel, claim: Claim, locale: Locale): string {
  // The quote, the row labels and the words of a reason are the author's text: escaped, so they show as written.
  const quote = quoted(claim.quote, locale);
  if (claim.status === 'standDown') {
    return say(locale, `${quote}未与表格核对：${standDownReason(claim.reason, 'zh-cn')}。`, `${quote} is not compared with the tables: ${standDownReason(claim.reason, 'en')}.`);
  }
  if (!isCompared(claim)) {
    const missing = missingCells(model, claim, locale);
    return say(locale, `${quote}未与表格核对：${missing || '对应的单元格不能读取'}。`, `${quote} is not compared with the tables: ${missing || 'its cells cannot be read'}.`);
  }
  const table = claim.table;
  const cells = table.cells.map((c) => quoted(c.label, locale)).join(' + ');
  const where = say(locale, `${tableName(table.table, locale)}${cells}`, `${tableName(table.table, locale)} ${cells}`);
  const sum = table.cells.length > 1 ? `${table.cells.map((c) => c.value).join(' + ')} = ${table.value}` : `${table.value}`;
  const go = table.cells.length > 1 ? say(locale, '（转到定义可打开这些单元格）', ' (Go to Definition opens the cells)') : say(locale, '（转到定义可打开该单元格）', ' (Go to Definition opens the cell)');
  return claim.status === 'agrees'
    ? say(locale, `${quote}与${where}一致：${sum} ✓${go}`, `${quote} agrees with ${where}: ${sum} ✓${go}`)
    : say(locale, `${quote}与${where}不一致：表中为 ${sum}${go}`, `${quote} differs from ${where}: the table has ${sum}${go}`);
}

function quoted(text: string, locale: Locale): string {
  return say(locale, `“${escapeMarkdown(text)}”`, `"${escapeMarkdown(text)}"`);
}

/** The cells the count needs that hold no number: which, and why (row not written, blank, unreadable). */
function missingCells(model: ReportModel, claim: Claim, locale: Locale): string {
  const place = metricPlace(model.format, claim.metric, claim.parent);
  if (!place) return '';
  const problems: string[] = [];
  for (const [row, column] of place.refs) {
    const lookup = lookupCell({ model }, place.table, { row, column });
    if (lookup.status === 'known') continue;
    const name = quoted(cellName(model.format, place.table, { row, column }), locale);
    const why = lookup.status === 'noRow' ? say(locale, '该行未填写', 'row not written')
      : lookup.status === 'blank' ? say(locale, '空白', 'blank') : say(locale, '无法读取', 'unreadable');
    problems.push(say(locale, `${name}${why}`, `${name}: ${why}`));
  }
  return problems.join(say(locale, '，', '; '));
}

/** Why the claims rule stands down (scope.ts gives a code, or the words that may count another scope). */
function standDownReason(reason: string | undefined, locale: Locale): string {
  switch (reason) {
    case 'region': return say(locale, '说的是全地区（本机关不是人民政府，表格只统计本机关）', 'it counts the whole region (the agency is not a government; the tables count the agency alone)');
    case 'otherYear': return say(locale, '说的是其他年度', 'it is about another year');
    case 'otherBody': return say(locale, '说的是其他机关或单位', 'it is about another body');
    case 'list': return say(locale, '几类共用一个数字', 'several categories share the number');
    case 'approximate': return say(locale, '是约数', 'it is approximate');
    case 'parent': return say(locale, '所属的行政复议或行政诉讼数字未核对', 'the 行政复议 or 行政诉讼 count it belongs to is not compared');
    case undefined: return say(locale, '可能是另一统计口径', 'it may count another scope');
    default: return say(locale, `含${quoted(reason, 'zh-cn')}，可能是另一统计口径`, `the words ${quoted(reason, 'en')} may mean another scope`);
  }
}

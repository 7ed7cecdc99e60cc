import { tableName, type Locale } from '../formats';
import { say } from '../i18n/text';
import { escapeMarkdown } from '../text/markdown';
import type { ReportModel } from '../model/types';
import { extractClaims, type Claim } from '../rules/text/claims';

/**
 * The counts the prose of section 一 states (the claims rule's reading), kept per model: hover and the related
 * numbers ask at every cursor move, and a long section 一 (1 MB: ≈ 25 ms) is read once per version.
 */
export function proseClaims(model: ReportModel): Claim[] {
  let claims = CLAIMS.get(model);
  if (!claims) {
    claims = extractClaims(model);
    CLAIMS.set(model, claims);
  }
  return claims;
}
const CLAIMS = new WeakMap<ReportModel, Claim[]>();

/** The prose count whose words (keyword to 件) hold `offset`, if any. */
export function claimAt(model: ReportModel, offset: number): Claim | undefined {
  return proseClaims(model).find((c) => c.span.start <= offset && offset <= c.span.end);
}

/** What the checker made of a prose count: compared (and with which cells), or why not. One line of Markdown. */
export function claimVerdict(claim: Claim, locale: Locale): string {
  // The quote and the row labels are the author's text: escaped, so that they show as written.
  const quote = say(locale, `“${escapeMarkdown(claim.quote)}”`, `"${escapeMarkdown(claim.quote)}"`);
  if (claim.status === 'standDown') {
    return say(locale, `${quote}未与表格核对：${standDownReason(claim.reason, 'zh-cn')}。`, `${quote} is not compared with the tables: ${standDownReason(claim.reason, 'en')}.`);
  }
  if (!claim.table) {
    return say(locale, `${quote}未与表格核对：对应的单元格空白、无法读取或该行未填写。`, `${quote} is not compared with the tables: a cell it needs is blank, unreadable or not written.`);
  }
  const table = claim.table;
  const cells = table.cells.map((c) => say(locale, `“${escapeMarkdown(c.label)}”`, `"${escapeMarkdown(c.label)}"`)).join(' + ');
  const where = say(locale, `${tableName(table.table, locale)}${cells}`, `${tableName(table.table, locale)} ${cells}`);
  const sum = table.cells.length > 1 ? `${table.cells.map((c) => c.value).join(' + ')} = ${table.value}` : `${table.value}`;
  return claim.status === 'agrees'
    ? say(locale, `${quote}与${where}一致：${sum} ✓（F12 转到单元格）`, `${quote} agrees with ${where}: ${sum} ✓ (F12 goes to the cell)`)
    : say(locale, `${quote}与${where}不一致：表中为 ${sum}（F12 转到单元格）`, `${quote} differs from ${where}: the table has ${sum} (F12 goes to the cell)`);
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
    default: return say(locale, `含“${reason}”，可能是另一统计口径`, `the words "${reason}" may mean another scope`);
  }
}

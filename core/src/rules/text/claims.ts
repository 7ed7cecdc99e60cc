import type { ReportModel, Span } from '../../model/types';
import { toHalfWidth } from '../../text/normalize';
import { isGovernment } from './scope';
import { METRICS, tableValue, type Metric, type MetricId, type TableValue } from './metrics';
import { scopeProblem } from './scope';

/** A number the prose of section 一 states about something the tables also count. */
export interface Claim {
  metric: MetricId;
  /** 行政复议 or 行政诉讼, for a result (维持, 纠正 …). */
  parent?: 'review' | 'litigation';
  /** From the keyword to 件: the words the diagnostic underlines. */
  span: Span;
  number: Span & { value: number };
  quote: string;
  /** agrees / differs: compared; standDown: the words may count another scope (why). */
  status: 'agrees' | 'differs' | 'standDown' | 'unknown';
  reason?: string;
  table?: TableValue;
}

/** Filler allowed between a keyword and its number: "受理政府信息公开申请共 3119 件". */
const FILLER = '(?:政府信息公开|依申请公开|信息公开|政府信息|公开|申请|案件|数量|共计|合计|总计|总数|共|计|为|了|达到|达|有|\\s|[:：])*';
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)\s*(?:件|宗)/g;
/** NUMBER matches somewhere iff this does (its last digit, spaces, 件 or 宗). */
const HAS_COUNT = /\d\s*(?:件|宗)/;
const CLAUSE_DELIMITER = new Set('，,；;。！？!?、\n');
const SENTENCE_DELIMITER = new Set('。！？!?\n');
/** Clauses and sentences longer than this are cut: bounded work per number on any input. */
const REACH = 300;
/** A keyword and its fillers fit in this many characters before the number. */
const KEYWORD_WINDOW = 60;

/**
 * One regex for all keywords, one capturing group each (keywords use only non-capturing groups): the
 * leftmost keyword that only fillers separate from the number.
 */
const KEYWORDS = new RegExp(METRICS.map((m) => `(${m.keyword})`).join('|'), 'g');
const GAP = new RegExp(`^${FILLER}$`);
/** Sticky: tried right at the end of the number (its words contain no delimiter, so they stay in the clause). */
const AFTER = METRICS.filter((m) => m.after).map((metric) => ({ metric, regex: new RegExp(`\\s*(?:${metric.after})`, 'y') }));

/** Every claim in the prose of section 一, compared with the tables. */
export function extractClaims(model: ReportModel): Claim[] {
  const section = model.sections.find((s) => s.spec?.index === 1);
  if (!section) return [];
  const government = isGovernment(model);
  const claims: Claim[] = [];
  for (const item of section.items) {
    if (item.kind !== 'prose') continue;
    claims.push(...claimsInLine(model, item.text, item.start, government));
  }
  return claims;
}

function claimsInLine(model: ReportModel, raw: string, offset: number, government: boolean): Claim[] {
  const text = toHalfWidth(raw); // same length: offsets are kept
  const claims: Claim[] = [];
  // Most prose lines state no count: skip the keyword search (a line-long regex) for them.
  if (!HAS_COUNT.test(text)) return claims;
  let parent: { metric: 'review' | 'litigation'; sentenceStart: number; standDown: boolean } | undefined;
  // Delimiters seen so far, scanning forward once (numbers come in order): linear on any input.
  let scanned = 0;
  let lastClause = -1;
  let lastSentence = -1;
  // Every keyword of the line, found once; each number looks at the last one before it.
  const keywords = [...text.matchAll(KEYWORDS)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, metric: METRICS[m.slice(1).findIndex((g) => g !== undefined)],
  }));
  let k = -1;
  for (const match of text.matchAll(NUMBER)) {
    const numberStart = match.index!;
    const numberEnd = numberStart + match[0].length;
    for (; scanned < numberStart; scanned++) {
      if (CLAUSE_DELIMITER.has(text[scanned])) lastClause = scanned;
      if (SENTENCE_DELIMITER.has(text[scanned])) lastSentence = scanned;
    }
    const before = text[numberStart - 1];
    if (before && /[\d.]/.test(before)) continue;
    const clauseStart = Math.max(lastClause + 1, numberStart - REACH);
    const sentenceStart = Math.max(lastSentence + 1, numberStart - REACH);
    if (parent && parent.sentenceStart !== sentenceStart) parent = undefined;
    while (k + 1 < keywords.length && keywords[k + 1].end <= numberStart) k++;
    const found = findKeyword(text, k >= 0 ? keywords[k] : undefined, clauseStart, numberStart, numberEnd);
    if (!found) continue;
    const { metric, start, end } = found;
    if (metric.result && !parent) continue; // 维持 N 件 without 行政复议/行政诉讼 before it: unknown subject
    const value = Number(match[1].replace(/,/g, ''));
    const span = { start: offset + start, end: offset + end };
    const claim: Claim = {
      metric: metric.id, parent: metric.result ? parent!.metric : undefined, span,
      number: { start: offset + numberStart, end: offset + numberStart + match[1].length, value },
      quote: raw.slice(start, end), status: 'unknown',
    };
    const keywordStart = Math.min(start, numberStart);
    const reason = (metric.result && parent?.standDown ? 'parent' : undefined)
      ?? scopeProblem(model, text, { clauseStart, sentenceStart, keywordStart, numberEnd, delimiter: text[clauseStart - 1] }, metric, government);
    if (metric.id === 'review' || metric.id === 'litigation') parent = { metric: metric.id, sentenceStart, standDown: reason !== undefined };
    if (reason) { claims.push({ ...claim, status: 'standDown', reason }); continue; }
    const table = tableValue(model, metric.id, claim.parent);
    if (!table) { claims.push(claim); continue; }
    claims.push({ ...claim, table, status: table.value === value ? 'agrees' : 'differs' });
  }
  return claims;
}

/** The keyword a number belongs to: right before it in its clause (only fillers between), or (for some) right after. */
function findKeyword(
  text: string, keyword: { start: number; end: number; metric: Metric } | undefined, clauseStart: number, numberStart: number, numberEnd: number,
): { metric: Metric; start: number; end: number } | undefined {
  if (keyword && keyword.start >= clauseStart && numberStart - keyword.end <= KEYWORD_WINDOW && GAP.test(text.slice(keyword.end, numberStart))) {
    return { metric: keyword.metric, start: keyword.start, end: numberEnd };
  }
  for (const { metric, regex } of AFTER) {
    regex.lastIndex = numberEnd;
    const found = regex.exec(text);
    if (found) return { metric, start: numberStart, end: numberEnd + found[0].length };
  }
  return undefined;
}

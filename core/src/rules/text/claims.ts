import type { ReportModel, Span } from '../../model/types';
import type { AnalysisMemo } from '../../memo';
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

/**
 * What one prose line claims, with offsets relative to the line: everything that does not depend on the
 * tables. A function of the line's text, the report's year and whether the agency is a government, so it
 * is memoised by the line's text (stage `rules.claims`): an edit elsewhere does not redo it.
 */
interface LineClaim {
  metric: MetricId;
  parent: 'review' | 'litigation' | undefined;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  quote: string;
  reason: string | undefined;
}

interface LineEntry { year: number | undefined; government: boolean; claims: readonly LineClaim[] }

/** Filler allowed between a keyword and its number: "受理政府信息公开申请共 3119 件". */
const FILLER = '(?:政府信息公开|依申请公开|信息公开|政府信息|公开|申请|案件|数量|共计|合计|总计|总数|共|计|为|了|达到|达|有|\\s|[:：])*';
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)\s*(?:件|宗)/g;
/**
 * NUMBER matches somewhere in the half-width text iff this matches the line as written (its last digit, spaces,
 * 件 or 宗): toHalfWidth turns only ０-９ into digits and only \u200b, of what \s misses, into a space.
 */
export const HAS_COUNT = /[0-9０-９][\s\u200b]*[件宗]/;
/** Clauses and sentences longer than this are cut: bounded work per number on any input. */
const REACH = 300;
/** A keyword and its fillers fit in this many characters before the number. */
const KEYWORD_WINDOW = 60;

/**
 * One regex for all keywords (keywords use only non-capturing groups): the leftmost keyword that only
 * fillers separate from the number. Which metric matched is a function of the matched words (metricOf).
 */
const KEYWORDS = new RegExp(METRICS.map((m) => `(?:${m.keyword})`).join('|'), 'g');
/** Each metric's keyword alone, anchored at the start. */
const KEYWORD_ALONE = METRICS.map((m) => new RegExp(`^(?:${m.keyword})`));
/** Matched words → metric; bounded (keywords are few; 其他处理（含…） may vary). */
const METRIC_OF = new Map<string, Metric>();

/**
 * The alternative the combined regex took for `words`: the first metric whose keyword matches at their start.
 * Every earlier alternative failed on the text there, so it fails on `words` (a prefix of that text) too; and
 * the alternative that matched does match `words`. So the first that matches `words` is the one that matched.
 */
function metricOf(words: string): Metric {
  let metric = METRIC_OF.get(words);
  if (metric === undefined) {
    metric = METRICS[KEYWORD_ALONE.findIndex((re) => re.test(words))];
    if (METRIC_OF.size >= 256) METRIC_OF.clear();
    METRIC_OF.set(words, metric);
  }
  return metric;
}
const GAP = new RegExp(`^${FILLER}$`);
/** Sticky: tried right at the end of the number (its words contain no delimiter, so they stay in the clause). */
const AFTER = METRICS.filter((m) => m.after).map((metric) => ({ metric, regex: new RegExp(`\\s*(?:${metric.after})`, 'y') }));
const NO_CLAIMS: readonly LineClaim[] = [];

/** 1: the code unit ends a clause (，,；;、); 3: a sentence too (。！？!? and the line break); 0: neither. */
function delimiterKind(code: number): number {
  if (code >= 0x4e00 && code < 0xff01) return 0; // ideographs: the common case, one comparison pair
  switch (code) {
    case 0xff0c: case 0x2c: case 0xff1b: case 0x3b: case 0x3001: return 1;
    case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: case 0x0a: return 3;
    default: return 0;
  }
}

/** Every claim in the prose of section 一, compared with the tables. `memo`: the previous analyses' line results. */
export function extractClaims(model: ReportModel, memo?: AnalysisMemo): Claim[] {
  const section = model.sections.find((s) => s.spec?.index === 1);
  if (!section) return [];
  const government = isGovernment(model);
  const stage = memo?.stage<LineEntry>('rules.claims');
  const claims: Claim[] = [];
  for (const item of section.items) {
    if (item.kind !== 'prose') continue;
    let entry = stage?.get(item.text);
    if (!entry || entry.year !== model.year || entry.government !== government) {
      entry = { year: model.year, government, claims: claimsInLine(item.text, model.year, government) };
      stage?.set(item.text, entry);
    }
    for (const claim of entry.claims) claims.push(compared(model, claim, item.start));
  }
  return claims;
}

/** A line's claim placed in the document and compared with the tables. */
function compared(model: ReportModel, line: LineClaim, offset: number): Claim {
  const claim: Claim = {
    metric: line.metric, parent: line.parent, span: { start: offset + line.start, end: offset + line.end },
    number: { start: offset + line.numberStart, end: offset + line.numberEnd, value: line.value }, quote: line.quote, status: 'unknown',
  };
  if (line.reason !== undefined) {
    claim.status = 'standDown';
    claim.reason = line.reason;
    return claim;
  }
  const table = tableValue(model, line.metric, line.parent);
  if (!table) return claim;
  claim.status = table.value === line.value ? 'agrees' : 'differs';
  claim.table = table;
  return claim;
}

function claimsInLine(raw: string, year: number | undefined, government: boolean): readonly LineClaim[] {
  // Most prose lines state no count: ruled out before they are copied to half-width.
  if (!HAS_COUNT.test(raw)) return NO_CLAIMS;
  const text = toHalfWidth(raw); // same length: offsets are kept
  const claims: LineClaim[] = [];
  let parent: { metric: 'review' | 'litigation'; sentenceStart: number; standDown: boolean } | undefined;
  // Delimiters seen so far, scanning forward once (numbers come in order): linear on any input.
  let scanned = 0;
  let lastClause = -1;
  let lastSentence = -1;
  // The keywords of the line, found once and in order as the numbers advance; each number looks at the last
  // one that ends before it.
  KEYWORDS.lastIndex = 0;
  let next = KEYWORDS.exec(text);
  let keyword: Keyword | undefined;
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const numberStart = match.index;
    const numberEnd = numberStart + match[0].length;
    for (; scanned < numberStart; scanned++) {
      const kind = delimiterKind(text.charCodeAt(scanned));
      if (kind === 0) continue;
      lastClause = scanned;
      if (kind === 3) lastSentence = scanned;
    }
    const before = numberStart > 0 ? text.charCodeAt(numberStart - 1) : -1;
    if ((before >= 0x30 && before <= 0x39) || before === 0x2e) continue;
    const clauseStart = Math.max(lastClause + 1, numberStart - REACH);
    const sentenceStart = Math.max(lastSentence + 1, numberStart - REACH);
    if (parent && parent.sentenceStart !== sentenceStart) parent = undefined;
    for (; next && next.index + next[0].length <= numberStart; next = KEYWORDS.exec(text)) {
      keyword = { start: next.index, end: next.index + next[0].length, metric: metricOf(next[0]) };
    }
    const found = findKeyword(text, keyword, clauseStart, numberStart, numberEnd);
    if (!found) continue;
    const { metric, start, end } = found;
    if (metric.result && !parent) continue; // 维持 N 件 without 行政复议/行政诉讼 before it: unknown subject
    const keywordStart = Math.min(start, numberStart);
    const reason = (metric.result && parent?.standDown ? 'parent' : undefined)
      ?? scopeProblem(year, text, { clauseStart, sentenceStart, keywordStart, numberEnd, delimiter: text[clauseStart - 1] }, metric, government);
    claims.push({
      metric: metric.id, parent: metric.result ? parent!.metric : undefined, start, end,
      numberStart, numberEnd: numberStart + match[1].length, value: Number(match[1].replace(/,/g, '')), quote: raw.slice(start, end), reason,
    });
    if (metric.id === 'review' || metric.id === 'litigation') parent = { metric: metric.id, sentenceStart, standDown: reason !== undefined };
  }
  return claims;
}

interface Keyword { start: number; end: number; metric: Metric }

/** The keyword a number belongs to: right before it in its clause (only fillers between), or (for some) right after. */
function findKeyword(
  text: string, keyword: Keyword | undefined, clauseStart: number, numberStart: number, numberEnd: number,
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

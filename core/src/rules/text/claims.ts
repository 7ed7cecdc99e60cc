import type { ReportModel, Span } from '../../model/types';
import type { AnalysisMemo } from '../../memo';
import { isGovernment } from './scope';
import { METRICS, tableNumber, tableValue, type Metric, type MetricId, type TableValue } from './metrics';
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

/**
 * The line is read as written, never copied to half-width: every pattern accepts both widths where toHalfWidth
 * would have made them equal (digits ０-９, the comma ，, and as space also \u200b, which \s misses), so each
 * matches the same characters at the same offsets as it would in the half-width copy.
 */
/** Filler allowed between a keyword and its number: "受理政府信息公开申请共 3119 件". */
const FILLER = '(?:政府信息公开|依申请公开|信息公开|政府信息|公开|申请|案件|数量|共计|合计|总计|总数|共|计|为|了|达到|达|有|[\\s\\u200b]|[:：])*';
const NUMBER = /([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)[\s\u200b]*(?:件|宗)/g;
/**
 * A count at its shortest (a digit, spaces, 件 or 宗): NUMBER matches somewhere in a line iff this does, so a
 * line without one has no claims. The rule finds counts from their 件 or 宗 (nextNumber) instead of trying this
 * first; the tests hold this pattern to the half-width reading.
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
const AFTER = METRICS.filter((m) => m.after).map((metric) => ({ metric, regex: new RegExp(`[\\s\\u200b]*(?:${metric.after})`, 'y') }));
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
  return claimsOf(model, memo, false);
}

/**
 * The claims that differ from the tables (what the rule reports), the same as `extractClaims` keeps with status
 * `differs`: an agreeing claim is compared by its number alone, without building its table cells.
 */
export function differingClaims(model: ReportModel, memo?: AnalysisMemo): Claim[] {
  return claimsOf(model, memo, true);
}

function claimsOf(model: ReportModel, memo: AnalysisMemo | undefined, onlyDiffering: boolean): Claim[] {
  const section = model.sections.find((s) => s.spec?.index === 1);
  if (!section) return [];
  // Read only when a line is examined (most reports' section 一 has few lines with a count).
  let government: boolean | undefined;
  const stage = memo?.stage<LineEntry>('rules.claims');
  const claims: Claim[] = [];
  for (const item of section.items) {
    if (item.kind !== 'prose') continue;
    let entry = stage?.get(item.text);
    if (!entry || entry.year !== model.year || entry.government !== (government ??= isGovernment(model))) {
      const marks = countMarks(item.text);
      if (!marks && !stage) continue;
      government ??= isGovernment(model);
      entry = { year: model.year, government, claims: marks ? claimsInLine(item.text, marks, model.year, government) : NO_CLAIMS };
      stage?.set(item.text, entry);
    }
    for (const claim of entry.claims) {
      if (onlyDiffering && !differs(model, claim)) continue;
      claims.push(compared(model, claim, item.start));
    }
  }
  return claims;
}

/** `compared(…).status === 'differs'`, decided from the numbers alone. */
function differs(model: ReportModel, line: LineClaim): boolean {
  if (line.reason !== undefined) return false;
  const value = tableNumber(model, line.metric, line.parent);
  return value !== undefined && value !== line.value;
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

/** Every count ends in 件 or 宗: a line without either (most prose) is ruled out by two searches. */
function countMarks(text: string): CountMarks | undefined {
  const jian = text.indexOf('件');
  const zong = text.indexOf('宗');
  return jian < 0 && zong < 0 ? undefined : { jian, zong };
}

/** Longer than any keyword (the longest, 作其他处理（含…）, is 28 characters). */
const KEYWORD_MAX = 64;

/** `marks`: where the line's first 件 and 宗 are (countMarks). */
function claimsInLine(text: string, marks: CountMarks, year: number | undefined, government: boolean): readonly LineClaim[] {
  const numbers: RegExpExecArray[] = [];
  for (let match = nextNumber(text, 0, marks); match; match = nextNumber(text, NUMBER.lastIndex, marks)) numbers.push(match);
  if (numbers.length === 0) return NO_CLAIMS;
  const claims: LineClaim[] = [];
  let parent: { metric: 'review' | 'litigation'; sentenceStart: number; standDown: boolean } | undefined;
  const delimiters: Delimiters = { scanned: 0, lastClause: -1, lastSentence: -1 };
  // The keywords of the line, found once and in order as the numbers advance; each number looks at the last
  // one that ends before it. They are searched for only up to a little past the last number's start: a keyword
  // that ends before a number starts lies wholly in that part, so it is found there exactly as in the whole line.
  const keywordEnd = numbers[numbers.length - 1].index + KEYWORD_MAX;
  const keywordText = keywordEnd < text.length ? text.slice(0, keywordEnd) : text;
  // Nor before the first number's clause, when no keyword straddles its start (clauses only move forward).
  scanDelimiters(text, numbers[0].index, delimiters);
  const firstClause = Math.max(delimiters.lastClause + 1, numbers[0].index - REACH);
  KEYWORDS.lastIndex = keywordBoundary(text, firstClause) ? firstClause : 0;
  let next = KEYWORDS.exec(keywordText);
  let keywordStart = -1;
  let keywordWords = '';
  for (const match of numbers) {
    const numberStart = match.index;
    const numberEnd = numberStart + match[0].length;
    scanDelimiters(text, numberStart, delimiters);
    if (numberStart > 0 && isDigitOrPoint(text.charCodeAt(numberStart - 1))) continue;
    const clauseStart = Math.max(delimiters.lastClause + 1, numberStart - REACH);
    const sentenceStart = Math.max(delimiters.lastSentence + 1, numberStart - REACH);
    if (parent && parent.sentenceStart !== sentenceStart) parent = undefined;
    for (; next && next.index + next[0].length <= numberStart; next = KEYWORDS.exec(keywordText)) {
      keywordStart = next.index;
      keywordWords = next[0];
    }
    const found = findKeyword(text, keywordStart, keywordWords, clauseStart, numberStart, numberEnd);
    if (!found) continue;
    const { metric, start, end } = found;
    if (metric.result && !parent) continue; // 维持 N 件 without 行政复议/行政诉讼 before it: unknown subject
    const wordsStart = Math.min(start, numberStart);
    const reason = (metric.result && parent?.standDown ? 'parent' : undefined)
      ?? scopeProblem(year, text, { clauseStart, sentenceStart, keywordStart: wordsStart, numberEnd, delimiter: text[clauseStart - 1] }, metric, government);
    claims.push({
      metric: metric.id, parent: metric.result ? parent!.metric : undefined, start, end,
      numberStart, numberEnd: numberStart + match[1].length, value: countValue(match[1]), quote: text.slice(start, end), reason,
    });
    if (metric.id === 'review' || metric.id === 'litigation') parent = { metric: metric.id, sentenceStart, standDown: reason !== undefined };
  }
  return claims;
}

/**
 * No keyword straddles `position`, so the keywords after it are found alike from there and from the line's start:
 * the character before it is a delimiter only the （含…） of 其他处理 can hold (、 is in 予以公开、部分公开), and no 含
 * stands close enough before it to open one.
 */
function keywordBoundary(text: string, position: number): boolean {
  if (position <= 0) return position === 0;
  const code = text.charCodeAt(position - 1);
  if (delimiterKind(code) === 0 || code === 0x3001) return false;
  const han = text.indexOf('含', Math.max(0, position - KEYWORD_MAX));
  return han < 0 || han >= position - 1;
}

/**
 * The last clause and sentence delimiters before `scanned` (-1: none). Only what a number can see matters (its
 * clause and sentence reach back at most REACH): delimiters further back are not looked for.
 */
interface Delimiters { scanned: number; lastClause: number; lastSentence: number }

/**
 * Brings `at` up to `end`, reading backwards from `end` to the nearest clause and sentence delimiters: each
 * character is read at most once over a line (numbers come in order).
 */
function scanDelimiters(text: string, end: number, at: Delimiters): void {
  // Anything before `floor` is out of reach of this number and of every later one.
  const floor = Math.max(at.scanned, end - REACH - 1);
  let clause = -1;
  let i = end - 1;
  for (; i >= floor; i--) {
    const kind = delimiterKind(text.charCodeAt(i));
    if (kind === 0) continue;
    if (clause < 0) clause = i;
    if (kind === 3) break;
  }
  if (i >= floor) at.lastSentence = i;
  else if (floor > at.scanned) at.lastSentence = floor - 1;
  if (clause >= 0) at.lastClause = clause;
  else if (floor > at.scanned) at.lastClause = floor - 1;
  at.scanned = end;
}

/** Where the next 件 and 宗 are (-1: none left), each searched for again only once passed: linear on any input. */
interface CountMarks { jian: number; zong: number }

/**
 * NUMBER's next match from `from`, found from the next 件 or 宗 instead of trying every position: a match is
 * digits, commas and spaces up to its 件 or 宗, so none starts before the run of such characters that ends at the
 * first 件 or 宗; the search starts at that run.
 */
function nextNumber(text: string, from: number, marks: CountMarks): RegExpExecArray | null {
  if (marks.jian >= 0 && marks.jian < from) marks.jian = text.indexOf('件', from);
  if (marks.zong >= 0 && marks.zong < from) marks.zong = text.indexOf('宗', from);
  const count = marks.jian < 0 ? marks.zong : marks.zong < 0 ? marks.jian : Math.min(marks.jian, marks.zong);
  if (count < 0) return null;
  let run = count;
  while (run > from && isNumberPart(text.charCodeAt(run - 1))) run--;
  NUMBER.lastIndex = run;
  return NUMBER.exec(text);
}

/** A digit of either width, a comma of either width, or a space (what toHalfWidth and \s make one). */
function isNumberPart(code: number): boolean {
  return isDigit(code) || code === 0x2c || code === 0xff0c || isSpace(code);
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A number right after a digit or a decimal point (of either width) is part of a larger one. */
function isDigitOrPoint(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0xff0e;
}

/** `\s` or \u200b (what the half-width copy would have made a space). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The value of a count's digits (either width, commas of either width between groups), as Number reads them. */
function countValue(digits: string): number {
  // Up to 15 ASCII digits (the common case), summed exactly as Number would read them.
  if (digits.length <= 15) {
    let value = 0;
    let i = 0;
    for (; i < digits.length; i++) {
      const code = digits.charCodeAt(i);
      if (code < 0x30 || code > 0x39) break;
      value = value * 10 + (code - 0x30);
    }
    if (i === digits.length) return value;
  }
  let half = '';
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) half += String.fromCharCode(code - 0xfee0);
    else if (code !== 0x2c && code !== 0xff0c) half += digits[i];
  }
  return Number(half);
}

/** The keyword a number belongs to: right before it in its clause (only fillers between), or (for some) right after. */
function findKeyword(
  text: string, keywordStart: number, keywordWords: string, clauseStart: number, numberStart: number, numberEnd: number,
): { metric: Metric; start: number; end: number } | undefined {
  const keywordEnd = keywordStart + keywordWords.length;
  if (keywordStart >= 0 && keywordStart >= clauseStart && numberStart - keywordEnd <= KEYWORD_WINDOW
    && (keywordEnd === numberStart || GAP.test(text.slice(keywordEnd, numberStart)))) {
    return { metric: metricOf(keywordWords), start: keywordStart, end: numberEnd };
  }
  for (const { metric, regex } of AFTER) {
    regex.lastIndex = numberEnd;
    const found = regex.exec(text);
    if (found) return { metric, start: numberStart, end: numberEnd + found[0].length };
  }
  return undefined;
}

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
const CLAUSE_DELIMITER = /[，,；;。！？!?、\n]/;
const SENTENCE_DELIMITER = /[。！？!?\n]/;

const compiled = METRICS.map((metric) => ({
  metric,
  before: new RegExp(`(${metric.keyword})${FILLER}$`),
  after: metric.after ? new RegExp(`^\\s*(${metric.after})`) : undefined,
}));

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
  let parent: { metric: 'review' | 'litigation'; sentenceStart: number; standDown: boolean } | undefined;
  for (const match of text.matchAll(NUMBER)) {
    const numberStart = match.index!;
    const numberEnd = numberStart + match[0].length;
    const before = text[numberStart - 1];
    if (before && /[\d.]/.test(before)) continue;
    const clauseStart = lastIndexOf(text, CLAUSE_DELIMITER, numberStart) + 1;
    const sentenceStart = lastIndexOf(text, SENTENCE_DELIMITER, numberStart) + 1;
    if (parent && parent.sentenceStart !== sentenceStart) parent = undefined;
    const found = findKeyword(text, clauseStart, numberStart, numberEnd);
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

/** The keyword a number belongs to: right before it in its clause, or (for some) right after. */
function findKeyword(text: string, clauseStart: number, numberStart: number, numberEnd: number): { metric: Metric; start: number; end: number } | undefined {
  const prefix = text.slice(clauseStart, numberStart);
  for (const { metric, before } of compiled) {
    const match = before.exec(prefix);
    if (match) return { metric, start: clauseStart + match.index, end: numberEnd };
  }
  const clauseEnd = nextIndexOf(text, CLAUSE_DELIMITER, numberEnd);
  const suffix = text.slice(numberEnd, clauseEnd);
  for (const { metric, after } of compiled) {
    const match = after?.exec(suffix);
    if (match) return { metric, start: numberStart, end: numberEnd + match[0].length };
  }
  return undefined;
}

function lastIndexOf(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i])) return i;
  return -1;
}

function nextIndexOf(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i])) return i;
  return text.length;
}

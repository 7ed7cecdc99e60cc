import type { ReportModel } from '../../model/types';
import { toHalfWidth } from '../../text/normalize';
import type { Metric } from './metrics';

/**
 * When prose may count another scope than the tables, the check stands down: false
 * positives are the worst bug. Each pattern names a way real reports count differently.
 * The text is the line as written: digits and spaces are matched in both widths (and \u200b
 * as a space), as they would be in its half-width copy.
 */
const SENTENCE_SCOPE = /备案|系统|累计|历年|转办|全省|全国|各地|各级|各部门|各县|各区/;
const CLAUSE_COMPARISON = /同比|环比|较上年|较去年|比上年|比去年|增长|增加|减少|下降|上升|提高|降低|较/;
const CLAUSE_OTHER_YEAR = /上一?年|去年|前年|上年度/;
const CLAUSE_OTHER_SCOPE = /办理|涉及|其中[^\n\r]*[县区镇乡]|不含|除/;
/** Words naming the report's own scope; anything else that looks like a place or a body is another scope. */
const OWN_SCOPE = /全市|全县|全区|全镇|全乡|全街道|我市|我县|我区|我镇|我乡|本市|本县|本区|本镇|本机关|本单位|本部门|本局|我局|我委|我办|我厅|全年|本年度?|今年|年度|政府信息公开|其中|共计|共|合计|总计/g;
const OTHER_BODY = /[市县区镇乡村局委厅处室所站院部门单位中心级]|街道/;
/** What is left of a clause holds only its characters: without one of these, OTHER_BODY cannot match it. */
const OTHER_BODY_CHARACTER = /[市县区镇乡村局委厅处室所站院部门单位中心级街]/;
const REGION_WIDE = /全市|全县|全区|全镇|全乡|全街道/;
const YEAR = /([0-9０-９]{4})[\s\u200b]*年/g;
const LIST_END = /[及和与或并][\s\u200b]*$/;
/**
 * Matches a sentence whenever one of the patterns above that read the sentence or its clause (a suffix of
 * it) could: one search rules out the common case, a claim with nothing around it to stand down for.
 */
const MAY_STAND_DOWN = new RegExp(
  [SENTENCE_SCOPE, REGION_WIDE, CLAUSE_COMPARISON, CLAUSE_OTHER_YEAR, CLAUSE_OTHER_SCOPE, YEAR, OTHER_BODY_CHARACTER, /[及和与或并]/].map((r) => r.source).join('|'),
);

export interface ClaimPosition {
  clauseStart: number;
  sentenceStart: number;
  keywordStart: number;
  numberEnd: number;
  /** The character that opened the clause (、 lists need care). */
  delimiter: string | undefined;
}

/** 人民政府 / 政府办公室 reports cover their whole area: 全市 is their own scope. */
export function isGovernment(model: ReportModel): boolean {
  const agency = model.header.find((f) => f.key === '机关')?.value.text ?? '';
  return /政府$|政府办公室$|政府办公厅$|政府办$/.test(agency.replace(/\s/g, ''));
}

/** `year`: the report's (a clause about another year counts another scope). */
export function scopeProblem(year: number | undefined, text: string, at: ClaimPosition, metric: Metric, government: boolean): string | undefined {
  const sentence = text.slice(at.sentenceStart, at.keywordStart);
  return (MAY_STAND_DOWN.test(sentence) ? wordsProblem(year, sentence, text.slice(at.clauseStart, at.keywordStart), metric, government) : undefined)
    ?? placeProblem(text, at);
}

/** The words before the number: another scope, year or body, a comparison, a list. */
function wordsProblem(year: number | undefined, sentence: string, clause: string, metric: Metric, government: boolean): string | undefined {
  const scope = SENTENCE_SCOPE.exec(sentence);
  if (scope) return scope[0];
  if (!government && REGION_WIDE.test(sentence)) return 'region';
  const comparison = CLAUSE_COMPARISON.exec(clause);
  if (comparison) return comparison[0];
  if (metric.id !== 'carriedIn' && CLAUSE_OTHER_YEAR.test(clause)) return 'otherYear';
  const other = CLAUSE_OTHER_SCOPE.exec(clause);
  if (other) return toHalfWidth(other[0]); // the words as the half-width copy had them
  YEAR.lastIndex = 0;
  for (let written = YEAR.exec(clause); written; written = YEAR.exec(clause)) {
    if (year !== undefined && yearValue(written[1]) !== year) { YEAR.lastIndex = 0; return 'otherYear'; }
  }
  if (OTHER_BODY_CHARACTER.test(clause) && OTHER_BODY.test(clause.replace(YEAR, '').replace(OWN_SCOPE, ''))) return 'otherBody';
  if (LIST_END.test(clause)) return 'list';
  return undefined;
}

/** Where the number stands: in a 、 list of categories, or before 左右 and the like. */
function placeProblem(text: string, at: ClaimPosition): string | undefined {
  // "予以公开、部分公开共 500 件": a list of categories sharing one number.
  if (at.delimiter === '、' && !endsWithCount(text, at.clauseStart - 1)) return 'list';
  if (approximate(text, at.numberEnd)) return 'approximate';
  return undefined;
}

/** After the number, spaces then 左右, 以上, 以下, 之多, 上下 or 余: an approximate number. */
function approximate(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  switch (text[i]) {
    case '余': return true;
    case '左': return text[i + 1] === '右';
    case '以': return text[i + 1] === '上' || text[i + 1] === '下';
    case '之': return text[i + 1] === '多';
    case '上': return text[i + 1] === '下';
    default: return false;
  }
}

/** Four digits of either width. */
function yearValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}

/** `text.slice(0, end)` ends with a count (a digit, spaces, 件 or 宗, spaces), read backwards from `end`. */
function endsWithCount(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0 || (text[i] !== '件' && text[i] !== '宗')) return false;
  i--;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const code = text.charCodeAt(i);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** `\s` or \u200b (what the half-width copy would have made a space). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

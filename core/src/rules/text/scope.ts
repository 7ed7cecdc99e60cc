import type { ReportModel } from '../../model/types';
import type { Metric } from './metrics';

/**
 * When prose may count another scope than the tables, the check stands down: false
 * positives are the worst bug. Each pattern names a way real reports count differently.
 */
const SENTENCE_SCOPE = /备案|系统|累计|历年|转办|全省|全国|各地|各级|各部门|各县|各区/;
const CLAUSE_COMPARISON = /同比|环比|较上年|较去年|比上年|比去年|增长|增加|减少|下降|上升|提高|降低|较/;
const CLAUSE_OTHER_YEAR = /上一?年|去年|前年|上年度/;
const CLAUSE_OTHER_SCOPE = /办理|涉及|其中.*[县区镇乡]|不含|除/;
/** Words naming the report's own scope; anything else that looks like a place or a body is another scope. */
const OWN_SCOPE = /全市|全县|全区|全镇|全乡|全街道|我市|我县|我区|我镇|我乡|本市|本县|本区|本镇|本机关|本单位|本部门|本局|我局|我委|我办|我厅|全年|本年度?|今年|年度|政府信息公开|其中|共计|共|合计|总计/g;
const OTHER_BODY = /[市县区镇乡村局委厅处室所站院部门单位中心级]|街道/;
const REGION_WIDE = /全市|全县|全区|全镇|全乡|全街道/;
const YEAR = /(\d{4})\s*年/g;
const APPROXIMATE_AFTER = /^\s*(?:左右|以上|以下|之多|上下|余)/;

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
  const clause = text.slice(at.clauseStart, at.keywordStart);
  const scope = SENTENCE_SCOPE.exec(sentence);
  if (scope) return scope[0];
  if (!government && REGION_WIDE.test(sentence)) return 'region';
  const comparison = CLAUSE_COMPARISON.exec(clause);
  if (comparison) return comparison[0];
  if (metric.id !== 'carriedIn' && CLAUSE_OTHER_YEAR.test(clause)) return 'otherYear';
  const other = CLAUSE_OTHER_SCOPE.exec(clause);
  if (other) return other[0];
  YEAR.lastIndex = 0;
  for (let written = YEAR.exec(clause); written; written = YEAR.exec(clause)) {
    if (year !== undefined && Number(written[1]) !== year) { YEAR.lastIndex = 0; return 'otherYear'; }
  }
  const rest = clause.replace(YEAR, '').replace(OWN_SCOPE, '');
  if (OTHER_BODY.test(rest)) return 'otherBody';
  if (/[及和与或并]\s*$/.test(clause)) return 'list';
  // "予以公开、部分公开共 500 件": a list of categories sharing one number.
  if (at.delimiter === '、' && !/\d\s*[件宗]\s*$/.test(text.slice(0, at.clauseStart - 1))) return 'list';
  if (APPROXIMATE_AFTER.test(text.slice(at.numberEnd))) return 'approximate';
  return undefined;
}

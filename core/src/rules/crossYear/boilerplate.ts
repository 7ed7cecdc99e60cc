import { sentenceKey } from './sentences';

/**
 * Statutory boilerplate: the standard statements that belong in a report every year (issue 16), so
 * repeating them is no copying. Matched on the comparison key (no punctuation, numbers as #), per clause.
 */
/** The time or subject a standard statement opens with: "2024年，", "本年度，", "我局，". */
const OPENER = /^(#年度?|本年度?|今年|全年|报告期内|#年#月#日至#年#月#日|我[局委办厅市县区镇乡]|本(机关|单位|部门))$/;

const STANDARD_CLAUSES: RegExp[] = [
  // Section 六 when there is nothing else: "本年度无其他需要报告的事项", "我局没有其他需要说明的事项".
  /^.{0,16}?(无|没有|暂无|不存在)(其他|其它)?(需要|需|须|应当|应)?(报告|说明)的?(其他|其它)?(事项|情况)$/,
  // The processing-fee statement of the 2021 format when none was collected (国办函〔2020〕109号):
  // "#年无收取信息处理费情况", "本机关未收取任何费用", "本年度没有发生收取信息处理费的情况".
  /^.{0,20}?(无|未|没有|不存在|不涉及)(发生|产生)?(收取|收|产生)?(任何)?.{0,16}?(信息处理费|处理费|费用)的?(情况|情形)?$/,
];

/** Clause length beyond which a sentence says more than the standard statement. */
const MAX_CLAUSE_KEY = 40;

/** True when the sentence is standard statements only (and the time or subject they open with). */
export function isBoilerplate(text: string): boolean {
  const clauses = text.split(/[，,、]/).map(sentenceKey).filter((k) => k.length > 0 && !OPENER.test(k));
  return clauses.length > 0 && clauses.every((k) => k.length <= MAX_CLAUSE_KEY && STANDARD_CLAUSES.some((re) => re.test(k)));
}

import type { RuleInfo } from './catalog';
import { CROSS_YEAR, SOFT, SUPPRESSION } from './sources';
import { localized } from './text';

/** Codes of the rules that look beyond one table: across years, text against tables, suppressions. */
export const CROSS_REPORT_RULES = {
  'crossYear.carryOver': { severity: 'warning', title: localized('上年结转与上年报告不符', 'Carried in differs from last year\'s report'), source: CROSS_YEAR,
    messages: { default: localized('“{column}”列：上年结转为 {found}，{previousYear} 年度报告的“结转下年度继续办理”为 {expected}（{expected} ≠ {found}）。机构改革等口径调整可用忽略注释说明。',
      'Column "{column}": carried in is {found}, but the {previousYear} report carried {expected} over ({expected} ≠ {found}). A change of scope (e.g. a reorganisation) can be explained with a suppression comment.') } },
  'crossYear.inForce': { severity: 'warning', title: localized('现行有效件数与上年不衔接', 'In-force count does not follow from last year'), source: CROSS_YEAR,
    messages: { default: localized('“{row}”现行有效件数应为 上年现行有效 + 本年制发 − 本年废止 = {previous} + {issued} − {repealed} = {expected}，实为 {found}（上年见 {previousYear} 年度报告）。',
      '"{row}": in force should be last year\'s in force + issued − repealed = {previous} + {issued} − {repealed} = {expected}; found {found} (last year: the {previousYear} report).') } },
  'text.tableMismatch': { severity: 'information', title: localized('正文数字与表格不一致', 'Number in the text differs from the tables'), source: SOFT,
    messages: { default: localized('正文写“{quote}”，但{table}中{cell}为 {value}。', 'The text says "{quote}", but in {table} {cell} is {value}.') } },
  'repeat.lastYear': { severity: 'information', title: localized('与上年报告大量重复', 'Largely repeats last year\'s report'), source: SOFT,
    messages: { default: localized('本部分 {percent}% 的文字与 {previousYear} 年度报告相同或几乎相同（{repeated}/{total} 句）；超过一半时评估会扣分。重复的句子见“相关信息”。',
      '{percent}% of this section repeats the {previousYear} report ({repeated} of {total} sentences); evaluators deduct above half. The repeated sentences are listed under related information.') } },
  'suppress.noReason': { severity: 'warning', title: localized('忽略注释未写理由', 'Suppression without a reason'), source: SUPPRESSION,
    messages: { default: localized('忽略“{codes}”须写明理由，例如：%% zfxxgk-disable-next-line {codes} 机构改革后口径调整', 'Suppressing "{codes}" needs a reason, e.g. %% zfxxgk-disable-next-line {codes} scope changed after reorganisation') } },
  'suppress.unknownRule': { severity: 'warning', title: localized('忽略注释中的规则代码无效', 'Unknown rule in a suppression'), source: SUPPRESSION,
    messages: { default: localized('“{code}”不是 zfxxgk 的规则代码。', '"{code}" is not a zfxxgk rule code.') } },
} satisfies Record<string, RuleInfo>;

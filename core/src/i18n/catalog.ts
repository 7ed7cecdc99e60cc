import type { Localized } from '../formats';
import { CROSS_REPORT_RULES } from './crossReport';
import { ARTICLE50, BLANK_AS_ZERO, LANGUAGE, SOFT, TABLE3_NOTE, TEMPLATE, TOTAL_LABEL } from './sources';
import { localized } from './text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleInfo {
  severity: Severity;
  title: Localized;
  /** Where the rule comes from (statutory notice or note; see core/src/i18n/sources.ts). */
  source: Localized;
  /** Message templates: {name} is replaced by the parameter. Keys: 'default' and variants. */
  messages: Record<string, Localized>;
  /** LSP diagnostic tags: 'unnecessary' shows the range faded (a blank cell is a gap to fill, not an error). */
  tags?: ReadonlyArray<'unnecessary'>;
}

/** The codes of the rules that read one report; `satisfies` keeps the keys, so RuleCode is checked by tsc. */
const SINGLE_REPORT_RULES = {
  'internal.ruleFailed': { severity: 'error', title: localized('检查程序内部错误', 'Internal checker error'), source: localized('zfxxgk', 'zfxxgk'),
    messages: { default: localized('检查单元 {rule} 出错，请报告此问题：{error}', 'Rule unit {rule} failed; please report this: {error}') } },
  'syntax.headingTitle': { severity: 'error', title: localized('标题缺少文字', 'Heading without text'), source: LANGUAGE,
    messages: { default: localized('“#”/“##”后缺少标题文字。', 'A "#"/"##" marker needs a heading text after it.') } },
  'header.missingYear': { severity: 'error', title: localized('缺少年度', 'Missing 年度'), source: ARTICLE50,
    messages: { default: localized('缺少“年度：”，无法确定适用的报告格式（已按{version}年格式检查）。', 'No "年度:" line: the format version cannot be determined (checked as the {version} format).') } },
  'header.missingAgency': { severity: 'warning', title: localized('缺少机关', 'Missing 机关'), source: ARTICLE50,
    messages: { default: localized('缺少“机关：”（发布报告的行政机关名称）。', 'No "机关:" line (the publishing agency).') } },
  'header.missingTitle': { severity: 'warning', title: localized('缺少标题', 'Missing 标题'), source: ARTICLE50,
    messages: { default: localized('缺少“标题：”，例如“{example}”。', 'No "标题:" line, e.g. "{example}".') } },
  'header.duplicate': { severity: 'warning', title: localized('重复的表头字段', 'Duplicate header field'), source: LANGUAGE,
    messages: { default: localized('“{key}”重复填写，以第一处为准。', '"{key}" is given twice; the first one counts.') } },
  'header.yearInvalid': { severity: 'error', title: localized('年度无效', 'Invalid 年度'), source: ARTICLE50,
    messages: {
      default: localized('年度“{value}”不是四位年份。', '年度 "{value}" is not a four-digit year.'),
      tooEarly: localized('年度 {year} 早于 2019 年：现行年度报告格式自 2019 年度起适用。', 'Year {year} is before 2019, when the current statutory formats begin.'),
    } },
  'header.formatInvalid': { severity: 'error', title: localized('格式无效', 'Invalid 格式'), source: TEMPLATE,
    messages: { default: localized('格式“{value}”无法识别，应为 2019 或 2021。', 'Format "{value}" is not recognised; use 2019 or 2021.') } },
  'header.formatMismatch': { severity: 'error', title: localized('格式与年度不符', 'Format does not match the year'), source: TEMPLATE,
    messages: { default: localized('{year} 年度应使用{expected}年格式（{notice}），但声明为{declared}年格式。', 'Report year {year} requires the {expected} format ({notice}), but {declared} is declared.') } },
  'header.titleYear': { severity: 'warning', title: localized('标题年份与年度不符', 'Title year differs from 年度'), source: SOFT,
    messages: { default: localized('标题中的年份 {titleYear} 与年度 {year} 不一致。', 'The title says {titleYear} but 年度 is {year}.') } },
  'header.periodYear': { severity: 'warning', title: localized('统计期限与年度不符', 'Statistical period differs from 年度'), source: SOFT,
    messages: { default: localized('统计期限中的年份 {periodYear} 与年度 {year} 不一致。', 'The statistical period says {periodYear} but 年度 is {year}.') } },

  'format.otherVersion': { severity: 'error', title: localized('使用了另一版本的表格', 'Tables of the other format version'), source: TEMPLATE,
    messages: { default: localized('本报告按{version}年格式（{notice}）检查，但有 {count} 处使用了{other}年格式的表格行或栏目。', 'This report is checked against the {version} format ({notice}), but {count} table rows or captions belong to the {other} format.') } },

  'structure.sectionMissing': { severity: 'error', title: localized('缺少部分', 'Missing section'), source: ARTICLE50,
    messages: { default: localized('缺少第{numeral}部分“{heading}”。', 'Section "{heading}" is missing.') } },
  'structure.sectionDuplicate': { severity: 'error', title: localized('部分重复', 'Duplicate section'), source: ARTICLE50,
    messages: { default: localized('“{heading}”重复出现（第一次在第 {firstLine} 行）。', '"{heading}" appears twice (first at line {firstLine}).') } },
  'structure.sectionOrder': { severity: 'error', title: localized('部分顺序错误', 'Section out of order'), source: ARTICLE50,
    messages: { default: localized('“{heading}”应排在“{previous}”之前。', '"{heading}" should come before "{previous}".') } },
  'structure.sectionUnknown': { severity: 'error', title: localized('未知部分', 'Unknown section'), source: ARTICLE50,
    messages: { default: localized('“{title}”不是年度报告的六个部分之一。', '"{title}" is not one of the six sections of the report.') } },
  'structure.sectionVariant': { severity: 'warning', title: localized('非标准部分标题', 'Non-standard section heading'), source: TEMPLATE,
    messages: { default: localized('非标准标题，标准写法为“{heading}”。', 'Non-standard heading; the statutory one is "{heading}".') } },
  'structure.headingWithoutMarker': { severity: 'warning', title: localized('疑似漏写“#”的部分标题', 'Section heading without "#"'), source: LANGUAGE,
    messages: { default: localized('这一行像是部分标题“{heading}”，但没有以“# ”开头，被当作正文。', 'This line looks like the heading "{heading}" but lacks "# ", so it is read as prose.') } },
  'structure.captionMissing': { severity: 'error', title: localized('缺少栏目', 'Missing caption'), source: TEMPLATE,
    messages: { default: localized('表二缺少“{caption}”栏目。', 'Table 二 lacks the caption "{caption}".') } },
  'structure.captionDuplicate': { severity: 'error', title: localized('栏目重复', 'Duplicate caption'), source: TEMPLATE,
    messages: { default: localized('“{caption}”重复出现。', '"{caption}" appears twice.') } },
  'structure.captionOrder': { severity: 'warning', title: localized('栏目顺序错误', 'Caption out of order'), source: TEMPLATE,
    messages: { default: localized('“{caption}”应排在“{previous}”之前。', '"{caption}" should come before "{previous}".') } },
  'structure.captionUnknown': { severity: 'error', title: localized('未知栏目', 'Unknown caption'), source: TEMPLATE,
    messages: { default: localized('“{title}”不是{version}年格式表二的栏目（应为：{expected}）。', '"{title}" is not a caption of table 二 in the {version} format (expected: {expected}).') } },
  'structure.captionOtherVersion': { severity: 'error', title: localized('另一版本的栏目', 'Caption of the other format'), source: TEMPLATE,
    messages: { default: localized('“{title}”是{other}年格式的栏目，{version}年格式没有这一项。', '"{title}" is a caption of the {other} format; the {version} format has no such item.') } },
  'structure.columnsOtherVersion': { severity: 'error', title: localized('另一版本的表头', 'Column header of the other format'), source: TEMPLATE,
    messages: { default: localized('表头“{found}”是{other}年格式的栏目；{version}年格式应为“{expected}”。', 'Header "{found}" belongs to the {other} format; the {version} format has "{expected}".'),
      mismatch: localized('表头与{version}年格式不符：应为“{expected}”。', 'Header does not match the {version} format: expected "{expected}".') } },
  'structure.rowMissing': { severity: 'error', title: localized('缺少行', 'Missing row'), source: TEMPLATE,
    messages: { default: localized('{table}缺少“{label}”行。', '{table} lacks the row "{label}".') } },
  'structure.rowDuplicate': { severity: 'error', title: localized('行重复', 'Duplicate row'), source: TEMPLATE,
    messages: { default: localized('“{label}”重复填写（第一次在第 {firstLine} 行），以第一处为准。', '"{label}" is written twice (first at line {firstLine}); the first counts.') } },
  'structure.rowOrder': { severity: 'warning', title: localized('行顺序错误', 'Row out of order'), source: TEMPLATE,
    messages: { default: localized('“{label}”应排在“{previous}”之前。', '"{label}" should come before "{previous}".') } },
  'structure.rowUnknown': { severity: 'error', title: localized('未知行', 'Unknown row'), source: TEMPLATE,
    messages: { default: localized('“{label}”不是{table}的行。', '"{label}" is not a row of {table}.'),
      suggestion: localized('“{label}”不是{table}的行，是否应为“{suggestion}”？', '"{label}" is not a row of {table}. Did you mean "{suggestion}"?') } },
  'structure.rowOtherVersion': { severity: 'error', title: localized('另一版本的行', 'Row of the other format'), source: TEMPLATE,
    messages: { default: localized('“{label}”是{other}年格式的行，{version}年格式（{notice}）没有这一行。', '"{label}" is a row of the {other} format; the {version} format ({notice}) has no such row.'),
      renamed: localized('“{label}”是{other}年格式的行名，{version}年格式（{notice}）为“{current}”。', '"{label}" is the {other}-format name; the {version} format ({notice}) calls it "{current}".') } },
  'structure.rowMisplaced': { severity: 'error', title: localized('行放错位置', 'Row in the wrong place'), source: TEMPLATE,
    messages: { default: localized('“{label}”属于{expected}，不属于这里。', '"{label}" belongs to {expected}, not here.') } },
  'row.cellCount': { severity: 'error', title: localized('单元格数量不对', 'Wrong number of cells'), source: TEMPLATE,
    messages: { missing: localized('“{label}”应有 {expected} 个数字（{columns}），只写了 {found} 个；缺少的按空白处理。', '"{label}" needs {expected} numbers ({columns}) but has {found}; the missing ones count as blank.'),
      extra: localized('“{label}”应有 {expected} 个数字（{columns}），写了 {found} 个；多出的被忽略。', '"{label}" needs {expected} numbers ({columns}) but has {found}; the extra ones are ignored.'),
      group: localized('“{label}”是分组行，不填数字。', '"{label}" is a group row and carries no numbers.') } },

  'cell.blank': { severity: 'hint', tags: ['unnecessary'], title: localized('空白单元格', 'Blank cell'), source: SOFT,
    messages: { default: localized('“{row}·{column}”为空（{marker}），应填 0；依赖它的勾稽检查或按 0 计（会注明），或未进行。', '"{row} · {column}" is blank ({marker}); write 0. Checks that need it either read it as 0 (and say so) or were skipped.') } },
  'table.incomplete': { severity: 'warning', title: localized('表格不完整', 'Incomplete table'), source: SOFT,
    messages: { default: localized('{table}有 {count} 个单元格空白或缺失（应填 0），{skipped} 项勾稽检查因此未进行。', '{table} has {count} blank or missing cells (write 0); {skipped} arithmetic checks were skipped.'),
      assumed: localized('{table}有 {count} 个单元格空白或缺失（应填 0）；{assumed} 项勾稽检查按空白为 0 核对，{skipped} 项未进行。', '{table} has {count} blank or missing cells (write 0); {assumed} arithmetic checks read the blanks as 0, {skipped} were skipped.'),
      allAssumed: localized('{table}有 {count} 个单元格空白或缺失（应填 0）；{assumed} 项勾稽检查按空白为 0 核对。', '{table} has {count} blank or missing cells (write 0); {assumed} arithmetic checks read the blanks as 0.') } },
  'table.blankAsZero': { severity: 'warning', title: localized('空白按 0 计时勾稽关系不成立', 'Does not add up with blanks read as 0'), source: BLANK_AS_ZERO,
    messages: {
      default: localized('空白单元格按 0 计：“{row}·{column}”应为 {expected}（{sum}），实为 {found}；空白单元格：{blanks}。', 'Blank cells read as 0: "{row} · {column}" should be {expected} ({sum}), found {found}; blank: {blanks}.'),
      'table3.rowTotal': localized('空白单元格按 0 计：“{row}”的总计应为 {expected}（{sum}），实为 {found}；空白单元格：{blanks}。若空白处并非 0，请填写实际数字。', 'Blank cells read as 0: "{row}": total should be {expected} ({sum}), found {found}; blank: {blanks}. If a blank is not 0, write its number.'),
      'table4.total': localized('空白单元格按 0 计：“{row}”的总计应为 {expected}（{sum}），实为 {found}；空白单元格：{blanks}。若空白处并非 0，请填写实际数字。', 'Blank cells read as 0: "{row}": total should be {expected} ({sum}), found {found}; blank: {blanks}. If a blank is not 0, write its number.'),
      'table3.resultTotal': localized('空白单元格按 0 计：“{column}”列（七）总计应为 {expected}（{sum}），实为 {found}；空白单元格：{blanks}。若空白处并非 0，请填写实际数字。', 'Blank cells read as 0: column "{column}": (七) total should be {expected} ({sum}), found {found}; blank: {blanks}. If a blank is not 0, write its number.'),
      'table3.balance': localized('空白单元格按 0 计：“{column}”列勾稽关系不成立：第一项 {new} + 第二项 {carriedIn} = {inflow}，第三项总计 {total} + 第四项 {carriedOver} = {outflow}；空白单元格：{blanks}。若空白处并非 0，请填写实际数字。', 'Blank cells read as 0: column "{column}" does not balance: new {new} + carried in {carriedIn} = {inflow}, but total {total} + carried over {carriedOver} = {outflow}; blank: {blanks}. If a blank is not 0, write its number.'),
      'table3.groupValue': localized('空白单元格按 0 计：分组行“{row}”的“{column}”应为各分项之和 {expected}（{sum}），实为 {found}；空白单元格：{blanks}。', 'Blank cells read as 0: group row "{row}", "{column}": should be the sum of its items, {expected} ({sum}); found {found}; blank: {blanks}.'),
    } },
  'cell.invalid': { severity: 'error', title: localized('不是数字', 'Not a number'), source: TEMPLATE,
    messages: { default: localized('“{text}”不是数字（{column}）。', '"{text}" is not a number ({column}).') } },
  'cell.negative': { severity: 'error', title: localized('负数', 'Negative number'), source: TEMPLATE,
    messages: { default: localized('“{column}”是件数，不能为负数：{text}。', '"{column}" is a count and cannot be negative: {text}.') } },
  'cell.notInteger': { severity: 'error', title: localized('不是整数', 'Not an integer'), source: TEMPLATE,
    messages: { default: localized('“{column}”应为整数：{text}。', '"{column}" must be a whole number: {text}.') } },
  'cell.tooLarge': { severity: 'error', title: localized('数字过大', 'Number too large'), source: LANGUAGE,
    messages: { default: localized('{text} 超出可精确计算的范围。', '{text} is too large to compute exactly.') } },
  'cell.unit': { severity: 'warning', title: localized('单位错误', 'Wrong unit'), source: SOFT,
    messages: { yuan: localized('“{column}”单位为万元，“{text}”按元填写，应为 {converted}。', '"{column}" is in 万元; "{text}" is in 元 and should read {converted}.'),
      wrong: localized('“{column}”的单位是{unit}，不能写“{text}”。', '"{column}" is in {unit}; "{text}" does not fit.'),
      magnitude: localized('“{column}”为 {text} 万元，数额异常，请确认是否误按元填写。', '"{column}" reads {text} 万元, an implausible amount: was it written in 元?'),
      wanYuan: localized('“{column}”表头单位为元，“{text}”按万元填写，应为 {converted}。', 'The header of "{column}" declares 元; "{text}" is in 万元 and should read {converted}.'),
      ambiguous: localized('“{column}”表头未注明单位，本报告另有金额写作“{other}”（元），“{text}”未注明单位，按万元读取：请写明“元”或“万元”。', 'The header of "{column}" declares no unit and this report writes another amount as "{other}" (元): "{text}" has no unit and is read as 万元. Write 元 or 万元.') } },
  'cell.decimals': { severity: 'warning', title: localized('小数位数不符', 'Wrong number of decimals'), source: SOFT,
    messages: { default: localized('表头要求保留 {decimals} 位小数，“{text}”有 {found} 位。', 'The header asks for {decimals} decimals; "{text}" has {found}.') } },

  'table3.balance': { severity: 'error', title: localized('表三勾稽关系不平', 'Table 三 does not balance'), source: TABLE3_NOTE,
    messages: { default: localized('“{column}”列勾稽关系不成立：第一项 {new} + 第二项 {carriedIn} = {inflow}，第三项总计 {total} + 第四项 {carriedOver} = {outflow}；按勾稽关系，结转下年度应为 {expected}。', 'Column "{column}" does not balance: new {new} + carried in {carriedIn} = {inflow}, but total {total} + carried over {carriedOver} = {outflow}; carried over should be {expected}.') } },
  'table3.resultTotal': { severity: 'error', title: localized('办理结果总计不等于各项之和', 'Result total is not the sum of results'), source: TOTAL_LABEL,
    messages: { default: localized('“{column}”列（七）总计应为 {expected}（{sum}），实为 {found}。', 'Column "{column}": (七) total should be {expected} ({sum}), found {found}.') } },
  'table3.rowTotal': { severity: 'error', title: localized('行总计不等于各类申请人之和', 'Row total is not the sum of applicants'), source: TOTAL_LABEL,
    messages: { default: localized('“{row}”的总计应为 {expected}（{sum}），实为 {found}。', '"{row}": total should be {expected} ({sum}), found {found}.') } },
  'table3.groupValue': { severity: 'warning', title: localized('分组行数字不等于分项之和', 'Group row differs from its items'), source: TOTAL_LABEL,
    messages: { default: localized('分组行“{row}”的“{column}”应为各分项之和 {expected}（{sum}），实为 {found}。', 'Group row "{row}", "{column}": should be the sum of its items, {expected} ({sum}); found {found}.') } },
  'table4.total': { severity: 'error', title: localized('复议诉讼总计不等于各项之和', 'Review/litigation total is not the sum'), source: TOTAL_LABEL,
    messages: { default: localized('“{row}”的总计应为 {expected}（{sum}），实为 {found}。', '"{row}": total should be {expected} ({sum}), found {found}.') } },
  'table2.publishedWithinTotal': { severity: 'warning', title: localized('本年新公开数量超过对外公开总数量', 'Published this year exceeds total published'), source: SOFT,
    messages: { default: localized('“{row}”本年新公开数量 {lesser} 大于对外公开总数量 {greater}。', '"{row}": published this year ({lesser}) exceeds the total published ({greater}).') } },

  'section.problemsEmpty': { severity: 'warning', title: localized('“存在的主要问题”为空', 'Problems section empty'), source: SOFT,
    messages: { default: localized('第五部分为空或只写了“无”：应如实说明存在的主要问题及改进情况。', 'Section 五 is empty or just "none": describe the main problems and improvements.') } },
  'section.feeNotReported': { severity: 'warning', title: localized('未报告信息处理费', 'Processing fees not reported'), source: localized('《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；2021年格式', '国办函〔2020〕109号; the 2021 format'),
    messages: { default: localized('2021年格式要求在第六部分报告信息处理费的收取情况（未收取也应说明）。', 'The 2021 format asks section 六 to report information-processing fees (say so if none were collected).') } },
  'import.unplaced': { severity: 'error', title: localized('导入时未能放入单元格的数字', 'Numbers import could not place'), source: localized('zfxxgk 导入（docs/import.md）', 'zfxxgk import (docs/import.md)'),
    messages: { default: localized('导入时未能确定这些数字所属的单元格（{label}：{numbers}），已原样保留在注释中：请核对原文，填入对应的行和列后删除此注释。', 'Import could not tell which cells these numbers belong to ({label}: {numbers}); they are kept in this comment. Check the source, put them in their row and column, then delete the comment.') } },
} satisfies Record<string, RuleInfo>;

/** Every diagnostic code: a typo in `report('…')`, an equation or a fix is a compile error, not a silent miss. */
export type RuleCode = keyof typeof SINGLE_REPORT_RULES | keyof typeof CROSS_REPORT_RULES;

/** A code defined in both parts would silently keep the second definition: `never` then, so tsc refuses it. */
type Disjoint = [Extract<keyof typeof SINGLE_REPORT_RULES, keyof typeof CROSS_REPORT_RULES>] extends [never] ? object : never;

/** Every diagnostic code, its default severity, source and messages. docs/rules.md mirrors this. */
export const RULES: Readonly<Record<RuleCode, RuleInfo>> = { ...SINGLE_REPORT_RULES, ...CROSS_REPORT_RULES } satisfies Disjoint;

/** The codes in catalogue order (the order docs/rules.md and SARIF list them). */
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

/** The guard for codes from user text (config keys, settings, --rule flags): never cast those. */
export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}

import { localized } from './text';

/** Where rules come from, shared by the single-report and the cross-report catalogues (docs/rules.md prints them). */
export const TEMPLATE = localized('国办公开办函〔2019〕60号、〔2021〕30号 年度报告格式', 'Statutory report format (国办公开办函〔2019〕60号 / 〔2021〕30号)');
export const TABLE3_NOTE = localized('表三左上角注：“第一项加第二项之和，等于第三项加第四项之和”', 'Table 三 note: item 1 + item 2 = item 3 + item 4');
export const TOTAL_LABEL = localized('表格“总计”栏的含义（各项之和）', 'the meaning of a 总计 (total) column: the sum of its parts');
export const ARTICLE50 = localized('《政府信息公开条例》第五十条；年度报告格式', 'Regulations Art. 50; the statutory format');
export const BLANK_AS_ZERO = localized('表格“总计”栏与表三注的勾稽关系；空白单元格按 0 计（许多报告以空白表示 0）', 'the table totals and the table 三 note, with blank cells read as 0 (many reports leave zeros blank)');
export const SOFT = localized('年度报告审核与第三方评估的常见扣分项', 'common findings of reviewers and third-party evaluators');
export const CROSS_YEAR = localized('年度报告格式的跨年度衔接（上年结转、现行有效件数）', 'continuity between consecutive reports of the statutory format');
export const SUPPRESSION = localized('zfxxgk 忽略注释', 'zfxxgk suppression comments');
/** Rules of the authoring language itself, not of the statutory format. */
export const LANGUAGE = localized('zfxxgk 语言', 'zfxxgk language');

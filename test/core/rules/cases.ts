import type { RuleCode } from '../../../core/src';
import { example, QINGSHI, SEED, replaceLine, withCell } from '../../helpers/examples';

/**
 * One case per diagnostic code: a real example changed the way authors get it wrong. The tests run
 * every case both ways; docs/rules.md is generated from the same cases, so its examples are true.
 */
export interface RuleCase {
  code: RuleCode;
  /** What the author did, for the docs. */
  change: string;
  base: 'seed' | 'qingshi';
  mutate: (text: string) => string;
  /** The lines of the changed report to show in the docs (substring of a line each). */
  show: string[];
  /** The message must match. */
  message: RegExp;
  /** When the base itself is the broken case (the seed as published): the change that makes it consistent. */
  consistent?: (text: string) => string;
}

export const base = (which: 'seed' | 'qingshi') => example(which === 'seed' ? SEED : QINGSHI);
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
const remove = (prefix: string) => (text: string) => text.split('\n').filter((l) => !l.startsWith(prefix)).join('\n');
const swapLines = (a: string, b: string) => (text: string) => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(a));
  const j = lines.findIndex((l) => l.startsWith(b));
  [lines[i], lines[j]] = [lines[j], lines[i]];
  return lines.join('\n');
};
const append = (extra: string) => (text: string) => text.replace(/\n*$/, '\n') + extra + '\n';

export const RULE_CASES: RuleCase[] = [
  { code: 'syntax.headingTitle', change: 'a `#` without a title', base: 'qingshi', mutate: append('# '), show: ['# '], message: /缺少标题文字/ },
  { code: 'header.missingYear', change: 'no `年度：` line', base: 'qingshi', mutate: remove('年度：'), show: ['标题：', '机关：'], message: /缺少“年度：”.*2021年格式/ },
  { code: 'header.missingAgency', change: 'no `机关：` line', base: 'qingshi', mutate: remove('机关：'), show: ['标题：', '年度：'], message: /缺少“机关：”/ },
  { code: 'header.missingTitle', change: 'no `标题：` line', base: 'qingshi', mutate: remove('标题：'), show: ['机关：', '年度：'], message: /青石市人民政府2024年政府信息公开工作年度报告/ },
  { code: 'header.duplicate', change: '`机关：` written twice', base: 'qingshi', mutate: (t) => t.replace('年度：2024', '机关：青石市政府\n年度：2024'), show: ['机关：'], message: /“机关”重复填写/ },
  { code: 'header.yearInvalid', change: 'the year in Chinese numerals', base: 'qingshi', mutate: (t) => replaceLine(t, '年度：', '年度：二〇二四'), show: ['年度：'], message: /年度“二〇二四”不是四位年份/ },
  { code: 'header.formatInvalid', change: 'an unrecognisable format', base: 'qingshi', mutate: (t) => replaceLine(t, '格式：', '格式：新版'), show: ['格式：'], message: /格式“新版”无法识别/ },
  { code: 'header.formatMismatch', change: 'the 2019 format declared for 2024', base: 'qingshi', mutate: (t) => replaceLine(t, '格式：', '格式：2019'), show: ['年度：', '格式：'], message: /2024 年度应使用2021年格式（国办公开办函〔2021〕30号），但声明为2019年格式/ },
  { code: 'header.titleYear', change: 'last year\'s title kept', base: 'qingshi', mutate: (t) => t.replace('标题：青石市人民政府2024年', '标题：青石市人民政府2023年'), show: ['标题：', '年度：'], message: /标题中的年份 2023 与年度 2024 不一致/ },
  { code: 'header.periodYear', change: 'last year\'s statistical period kept', base: 'qingshi', mutate: (t) => t.replace('统计期限自 2024 年 1 月 1 日', '统计期限自 2023 年 1 月 1 日'), show: ['本报告由'], message: /统计期限中的年份 2023 与年度 2024 不一致/ },
  { code: 'format.otherVersion', change: 'a 2019-format row in a 2024 report', base: 'qingshi', mutate: (t) => t.replace('行政规范性文件 | 11', '规范性文件 | 11'), show: ['格式：', '规范性文件 |'], message: /按2021年格式.*有 1 处使用了2019年格式/ },
  { code: 'structure.rowOtherVersion', change: 'the 2019 name of a renamed row', base: 'qingshi', mutate: (t) => t.replace('行政规范性文件 | 11', '规范性文件 | 11'), show: ['规范性文件 |'], message: /“规范性文件”是2019年格式的行名，2021年格式（国办公开办函〔2021〕30号）为“行政规范性文件”/ },
  { code: 'structure.sectionMissing', change: 'section 五 left out', base: 'qingshi', mutate: remove('# 五、'), show: ['# 四、', '# 六、'], message: /缺少第五部分“五、存在的主要问题及改进情况”/ },
  { code: 'structure.sectionDuplicate', change: 'section 六 written twice', base: 'qingshi', mutate: append('# 六、其他需要报告的事项\n无。'), show: ['# 六、'], message: /“六、其他需要报告的事项”重复出现/ },
  { code: 'structure.sectionOrder', change: 'sections 五 and 六 swapped', base: 'qingshi', mutate: swapLines('# 五、', '# 六、'), show: ['# 六、', '# 五、'], message: /“五、存在的主要问题及改进情况”应排在“六、其他需要报告的事项”之前/ },
  { code: 'structure.sectionUnknown', change: 'a seventh section', base: 'qingshi', mutate: append('# 七、附件'), show: ['# 七、附件'], message: /“七、附件”不是年度报告的六个部分之一/ },
  { code: 'structure.sectionVariant', change: 'a heading variant seen in real reports', base: 'qingshi', mutate: (t) => t.replace('# 五、存在的主要问题及改进情况', '# 五、存在问题及改进情况'), show: ['# 五、'], message: /标准写法为“五、存在的主要问题及改进情况”/ },
  { code: 'structure.headingWithoutMarker', change: 'a heading without `# `', base: 'qingshi', mutate: (t) => t.replace('# 六、其他需要报告的事项', '六、其他需要报告的事项'), show: ['六、其他需要报告的事项'], message: /像是部分标题“六、其他需要报告的事项”/ },
  { code: 'structure.captionMissing', change: 'the （五） caption left out', base: 'qingshi', mutate: remove('## 第二十条第（五）项'), show: ['行政许可'], message: /表二缺少“第二十条第（五）项”栏目/ },
  { code: 'structure.captionDuplicate', change: 'a caption written twice', base: 'qingshi', mutate: (t) => t.replace('## 第二十条第（八）项', '## 第二十条第（八）项\n## 第二十条第（八）项'), show: ['## 第二十条第（八）项'], message: /“第二十条第（八）项”重复出现/ },
  { code: 'structure.captionOrder', change: 'captions （五） and （六） swapped', base: 'qingshi', mutate: (t) => t.replace('## 第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 386514\n', '').replace('## 第二十条第（八）项', '## 第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 386514\n## 第二十条第（八）项'), show: ['## 第二十条第（六）项', '## 第二十条第（五）项'], message: /“第二十条第（五）项”应排在“第二十条第（六）项”之前/ },
  { code: 'structure.captionUnknown', change: 'a caption that is not in the format', base: 'qingshi', mutate: (t) => t.replace('# 三、收到', '## 第二十条第（十）项\n\n# 三、收到'), show: ['## 第二十条第（十）项'], message: /“第二十条第（十）项”不是2021年格式表二的栏目/ },
  { code: 'structure.captionOtherVersion', change: 'the 2019 （九） caption in a 2024 report', base: 'qingshi', mutate: (t) => t.replace('# 三、收到', '## 第二十条第（九）项\n政府集中采购 | 0 | 0\n\n# 三、收到'), show: ['## 第二十条第（九）项', '政府集中采购'], message: /“第二十条第（九）项”是2019年格式的栏目/ },
  { code: 'structure.columnsOtherVersion', change: '2019 column headers in a 2024 report', base: 'qingshi', mutate: (t) => t.replace('信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量'), show: ['信息内容 | 本年新制作数量'], message: /是2019年格式的栏目；2021年格式应为“本年制发件数 \| 本年废止件数 \| 现行有效件数”/ },
  { code: 'structure.rowMissing', change: 'the 行政强制 row left out', base: 'qingshi', mutate: remove('行政强制'), show: ['行政处罚'], message: /表二（主动公开政府信息情况）缺少“行政强制”行/ },
  { code: 'structure.rowDuplicate', change: 'a row written twice', base: 'qingshi', mutate: (t) => t.replace('行政强制 | 63512', '行政强制 | 63512\n行政强制 | 63512'), show: ['行政强制'], message: /“行政强制”重复填写/ },
  { code: 'structure.rowOrder', change: 'rows （一） and （二） swapped', base: 'qingshi', mutate: swapLines('（一）予以公开', '（二）部分公开'), show: ['（二）部分公开', '（一）予以公开'], message: /“（一）予以公开”应排在“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”之前/ },
  { code: 'structure.rowUnknown', change: 'a mistyped label', base: 'qingshi', mutate: (t) => t.replace('（一）予以公开 |', '（一）予以公布 |'), show: ['（一）予以公布'], message: /“（一）予以公布”不是表三.*是否应为“（一）予以公开”/ },
  { code: 'structure.rowMisplaced', change: 'a table 四 row in table 三', base: 'qingshi', mutate: (t) => t.replace('四、结转下年度继续办理 |', '行政复议 | 0 | 0 | 0 | 0 | 0\n四、结转下年度继续办理 |'), show: ['行政复议 | 0'], message: /“行政复议”属于表四（行政复议、行政诉讼情况），不属于这里/ },
  { code: 'row.cellCount', change: 'a row one number short', base: 'qingshi', mutate: (t) => t.replace('| 1075 | 16 | 0 | 0 | 39 | 4 | 1134', '| 1075 | 16 | 0 | 0 | 39 | 1134'), show: ['（一）予以公开'], message: /应有 7 个数字（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），只写了 6 个/ },
  { code: 'import.unplaced', change: 'an import that could not tell which columns a short row\'s numbers belong to', base: 'qingshi', mutate: (t) => t.replace(/^（一）予以公开 \| 1075 \| 16 \| 0 \| 0 \| 39 \| 4 \| 1134$/m, '%% 导入：未放置的数字：（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 1134'), show: ['未放置的数字'], message: /导入时未能确定这些数字所属的单元格（（一）予以公开：1075、16、0、0、39、1134）/ },
  { code: 'cell.blank', change: 'a `/` instead of 0', base: 'seed', mutate: (t) => withCell(t, '规章', 0, '/'), show: ['规章'], message: /“规章·本年新制作数量”为空（“\/”），应填 0/ },
  { code: 'table.incomplete', change: 'a blank in table 三 where a 0 belongs', base: 'qingshi', mutate: (t) => withCell(t, '（一）予以公开', 2, ''), show: ['（一）予以公开'], message: /表三（收到和处理政府信息公开申请情况）有 1 个单元格空白或缺失（应填 0）；2 项勾稽检查按空白为 0 核对。/ },
  { code: 'table.blankAsZero', change: 'a number left blank (the blank read as 0 no longer adds up)', base: 'qingshi', mutate: (t) => withCell(t, '（一）予以公开', 1, ''), show: ['（一）予以公开'], message: /空白单元格按 0 计：“（一）予以公开”的总计应为 1118（1075 \+ 39 \+ 4），实为 1134；空白单元格：商业企业。/ },
  { code: 'cell.invalid', change: 'text in a number cell', base: 'qingshi', mutate: (t) => withCell(t, '行政强制', 0, '八万'), show: ['行政强制'], message: /“八万”不是数字（本年处理决定数量）/ },
  { code: 'cell.negative', change: 'a negative count', base: 'qingshi', mutate: (t) => withCell(t, '行政强制', 0, '-5'), show: ['行政强制'], message: /“本年处理决定数量”是件数，不能为负数：-5/ },
  { code: 'cell.notInteger', change: 'a fraction in a count', base: 'qingshi', mutate: (t) => withCell(t, '行政强制', 0, '2.5'), show: ['行政强制'], message: /“本年处理决定数量”应为整数：2\.5/ },
  { code: 'cell.tooLarge', change: 'a number beyond exact arithmetic', base: 'qingshi', mutate: (t) => withCell(t, '行政强制', 0, '99999999999999999'), show: ['行政强制'], message: /99999999999999999 超出可精确计算的范围/ },
  { code: 'cell.unit', change: 'an amount in 元 in a 万元 column', base: 'qingshi', mutate: (t) => withCell(t, '行政事业性收费', 0, '251000元'), show: ['行政事业性收费'], message: /单位为万元，“251000元”按元填写，应为 25\.1/ },
  { code: 'cell.decimals', change: 'fewer decimals than the header declares (the seed as published)', base: 'seed', mutate: (t) => t, show: ['信息内容     | 采购项目数量', '政府集中采购'], message: /表头要求保留 4 位小数，“576\.76”有 2 位/, consistent: (t) => t.replace('| 576.76', '| 576.7600') },
  { code: 'table3.balance', change: 'carried-over changed without the rest (row total kept)', base: 'qingshi', mutate: (t) => t.replace('四、结转下年度继续办理 | 45 | 0 | 0 | 0 | 0 | 0 | 45', '四、结转下年度继续办理 | 46 | 0 | 0 | 0 | 0 | 0 | 46'), show: ['一、本年新收', '二、上年结转', '（七）总计', '四、结转下年度'], message: /“自然人”列勾稽关系不成立：第一项 2456 \+ 第二项 41 = 2497，第三项总计 2452 \+ 第四项 46 = 2498；按勾稽关系，结转下年度应为 45/ },
  { code: 'table3.resultTotal', change: 'a result row changed, its row total kept in step', base: 'qingshi', mutate: (t) => t.replace('| 1075 | 16 | 0 | 0 | 39 | 4 | 1134', '| 1076 | 16 | 0 | 0 | 39 | 4 | 1135'), show: ['（一）予以公开', '（七）总计'], message: /“自然人”列（七）总计应为 2453（1076 \+ 362 .*），实为 2452/ },
  { code: 'table3.rowTotal', change: 'one cell changed, the row total not', base: 'qingshi', mutate: (t) => t.replace('| 1075 | 16 |', '| 1076 | 16 |'), show: ['（一）予以公开'], message: /“（一）予以公开”的总计应为 1135（1076 \+ 16 \+ 39 \+ 4），实为 1134/ },
  { code: 'table3.groupValue', change: 'numbers on a group row that differ from its items', base: 'qingshi', mutate: (t) => t.replace('（三）不予公开\n', '（三）不予公开 | 157 | 3 | 0 | 0 | 0 | 0 | 160\n'), show: ['（三）不予公开'], message: /分组行“（三）不予公开”的“自然人”应为各分项之和 156（3 \+ 24 \+ 4 \+ 9 \+ 6 \+ 15 \+ 7 \+ 88），实为 157/ },
  { code: 'table4.total', change: 'a total that is not the sum', base: 'qingshi', mutate: (t) => t.replace('| 58 | 41 | 133 | 29 | 261', '| 58 | 41 | 133 | 29 | 260'), show: ['行政复议'], message: /“行政复议”的总计应为 261（58 \+ 41 \+ 133 \+ 29），实为 260/ },
  { code: 'table2.publishedWithinTotal', change: 'more published this year than in total (2019 format)', base: 'seed', mutate: (t) => t.replace('规范性文件 | 0 | 0 | 0', '规范性文件 | 0 | 5 | 3'), show: ['规范性文件'], message: /“规范性文件”本年新公开数量 5 大于对外公开总数量 3/ },
  { code: 'section.problemsEmpty', change: 'section 五 just says 无', base: 'qingshi', mutate: (t) => t.replace(/# 五、存在的主要问题及改进情况\n[\s\S]*?\n# 六/, '# 五、存在的主要问题及改进情况\n无。\n\n# 六'), show: ['# 五、', '无。'], message: /第五部分为空或只写了“无”/ },
  { code: 'section.feeNotReported', change: 'section 六 silent on processing fees (2021 format)', base: 'qingshi', mutate: (t) => t.replace(/# 六、其他需要报告的事项\n[\s\S]*$/, '# 六、其他需要报告的事项\n本年度无其他需要报告的事项。\n'), show: ['# 六、', '本年度无其他'], message: /2021年格式要求在第六部分报告信息处理费/ },
  { code: 'text.tableMismatch', change: 'section 一 quotes a number the table does not have', base: 'qingshi', mutate: (t) => t.replace('受理政府信息公开申请 2548 件', '受理政府信息公开申请 2549 件'), show: ['（二）依申请公开情况', '一、本年新收'], message: /正文写“受理政府信息公开申请 2549 件”，但表三（收到和处理政府信息公开申请情况）中“一、本年新收政府信息公开申请数量 · 总计”为 2548/ },
  { code: 'suppress.noReason', change: 'a suppression comment without a reason', base: 'qingshi', mutate: (t) => t.replace('行政复议         | 58 | 41 | 133 | 29 | 261', '%% zfxxgk-disable-next-line table4.total\n行政复议         | 58 | 41 | 133 | 29 | 260'), show: ['%% zfxxgk-disable-next-line', '行政复议'], message: /忽略“table4\.total”须写明理由/ },
  { code: 'suppress.unknownRule', change: 'a misspelt code in a suppression', base: 'qingshi', mutate: (t) => t.replace('行政复议         | 58', '%% zfxxgk-disable-next-line table4.totals 复议机关统计口径不同\n行政复议         | 58'), show: ['%% zfxxgk-disable-next-line', '行政复议'], message: /“table4\.totals”不是 zfxxgk 的规则代码/ },
];

export { lineOf };

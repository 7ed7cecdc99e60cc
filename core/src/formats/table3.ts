import type { ColumnSpec, FormatVersion, RowSpec, TableSpec } from './types';

/** Table 三's seven columns (both versions). */
export const TABLE3_COLUMNS: ColumnSpec[] = [
  { id: 'natural', label: '自然人', short: '自然人', kind: 'count', unit: '件' },
  { id: 'business', label: '商业企业', short: '商业企业', kind: 'count', unit: '件', group: '法人或其他组织' },
  { id: 'research', label: '科研机构', short: '科研机构', kind: 'count', unit: '件', group: '法人或其他组织' },
  { id: 'publicInterest', label: '社会公益组织', short: '社会公益组织', kind: 'count', unit: '件', group: '法人或其他组织' },
  { id: 'legal', label: '法律服务机构', short: '法律服务机构', kind: 'count', unit: '件', group: '法人或其他组织' },
  { id: 'otherOrg', label: '其他', short: '其他', kind: 'count', unit: '件', group: '法人或其他组织' },
  { id: 'total', label: '总计', short: '总计', kind: 'count', unit: '件', isTotal: true },
];

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

type RowInput = Omit<RowSpec, 'aliases' | 'depth' | 'doc'> & { aliases?: string[]; zh: string; en: string };

function row(input: RowInput, depth: number): RowSpec {
  const { zh, en, aliases, ...rest } = input;
  return { ...rest, aliases: aliases ?? [], depth, doc: { 'zh-cn': zh, en } };
}

const RESULT = '计入（七）总计，并参与本列勾稽关系。';
const RESULT_EN = 'Counts towards (七) total and the column balance.';

function refusedRows(): RowSpec[] {
  const items: Array<[string, string, string[]]> = [
    ['stateSecret', '属于国家秘密', []],
    ['prohibited', '其他法律行政法规禁止公开', []],
    ['threeSecurity', '危及“三安全一稳定”', []],
    ['thirdParty', '保护第三方合法权益', []],
    ['internal', '属于三类内部事务信息', ['属于内部事务信息']],
    ['process', '属于四类过程性信息', ['属于过程性信息']],
    ['enforcement', '属于行政执法案卷', []],
    ['query', '属于行政查询事项', []],
  ];
  return items.map(([id, text, aliases], i) => row({
    id: `refused.${id}`, label: `${i + 1}.${text}`, short: `${i + 1}.${text}`, aliases, kind: 'data', parent: 'refused',
    zh: `不予公开的理由之一：${text}。${RESULT}`, en: `Refused because: ${text}. ${RESULT_EN}`,
  }, 2));
}

function subRows(parent: string, items: Array<[string, string, string, string[]]>, zhReason: string, enReason: string): RowSpec[] {
  return items.map(([id, label, short, aliases], i) => row({
    id: `${parent}.${id}`, label: `${i + 1}.${label}`, short: `${i + 1}.${short}`, aliases, kind: 'data', parent,
    zh: `${zhReason}：${label}。${RESULT}`, en: `${enReason}: ${label}. ${RESULT_EN}`,
  }, 2));
}

export function table3(version: FormatVersion): TableSpec {
  const rows: RowSpec[] = [
    row({ id: 'new', label: '一、本年新收政府信息公开申请数量', short: '一、本年新收', aliases: ['本年新收申请数量', '新收'], kind: 'data',
      zh: '本年度新收到的政府信息公开申请件数。勾稽关系：第一项加第二项之和，等于第三项加第四项之和。',
      en: 'Requests received this year. Balance: item 1 + item 2 = item 3 total + item 4.' }, 0),
    row({ id: 'carriedIn', label: '二、上年结转政府信息公开申请数量', short: '二、上年结转', aliases: ['上年结转申请数量', '上年结转'], kind: 'data',
      zh: '上年度结转到本年度办理的申请件数，应等于上年报告的“结转下年度继续办理”。参与勾稽关系。',
      en: 'Requests carried over from last year; should equal last year\'s "carried to next year". Part of the balance.' }, 0),
    row({ id: 'results', label: '三、本年度办理结果', short: '三、本年度办理结果', kind: 'group',
      zh: '本年度办理结果（分组行，不填数字），下设（一）至（七）。', en: 'Results this year (group row, no numbers): items (一)–(七).' }, 0),
    row({ id: 'granted', label: '（一）予以公开', short: '（一）予以公开', kind: 'data', parent: 'results',
      zh: `全部予以公开的申请件数。${RESULT}`, en: `Fully disclosed. ${RESULT_EN}` }, 1),
    row({ id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '（二）部分公开', aliases: ['部分公开'], kind: 'data', parent: 'results',
      zh: `部分公开的申请件数；区分处理的只计这一情形。${RESULT}`, en: `Partly disclosed; split cases count here only. ${RESULT_EN}` }, 1),
    row({ id: 'refused', label: '（三）不予公开', short: '（三）不予公开', kind: 'group', parent: 'results',
      zh: '不予公开（分组行）：若填写数字，应等于 1–8 项之和。', en: 'Refused (group row): if numbers are written they must equal the sum of items 1–8.' }, 1),
    ...refusedRows(),
    row({ id: 'unable', label: '（四）无法提供', short: '（四）无法提供', kind: 'group', parent: 'results',
      zh: '无法提供（分组行）：若填写数字，应等于 1–3 项之和。', en: 'Cannot be provided (group row): numbers, if written, equal items 1–3.' }, 1),
    ...subRows('unable', [
      ['notHeld', '本机关不掌握相关政府信息', '本机关不掌握相关政府信息', ['不掌握相关政府信息']],
      ['needCreate', '没有现成信息需要另行制作', '没有现成信息需要另行制作', []],
      ['unclear', '补正后申请内容仍不明确', '补正后申请内容仍不明确', []],
    ], '无法提供的情形', 'Cannot be provided'),
    row({ id: 'notProcessed', label: '（五）不予处理', short: '（五）不予处理', kind: 'group', parent: 'results',
      zh: '不予处理（分组行）：若填写数字，应等于 1–5 项之和。', en: 'Not processed (group row): numbers, if written, equal items 1–5.' }, 1),
    ...subRows('notProcessed', [
      ['petition', '信访举报投诉类申请', '信访举报投诉类申请', []],
      ['repeat', '重复申请', '重复申请', []],
      ['publication', '要求提供公开出版物', '要求提供公开出版物', []],
      ['massive', '无正当理由大量反复申请', '无正当理由大量反复申请', []],
      ['confirm', '要求行政机关确认或重新出具已获取信息', '要求行政机关确认或重新出具已获取信息', []],
    ], '不予处理的情形', 'Not processed'),
  ];
  if (version === '2019') {
    rows.push(row({ id: 'other', label: '（六）其他处理', short: '（六）其他处理', kind: 'data', parent: 'results',
      zh: `其他处理的申请件数（2019年格式为一行，不分项）。${RESULT}`, en: `Otherwise handled (one row in the 2019 format). ${RESULT_EN}` }, 1));
  } else {
    rows.push(row({ id: 'other', label: '（六）其他处理', short: '（六）其他处理', kind: 'group', parent: 'results',
      zh: '其他处理（2021年格式为分组行）：若填写数字，应等于 1–3 项之和。', en: 'Otherwise handled (group row in the 2021 format): numbers, if written, equal items 1–3.' }, 1));
    rows.push(...subRows('other', [
      ['noSupplement', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '逾期不补正', ['逾期不补正']],
      ['noFee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '逾期不缴费', ['逾期不缴费', '逾期未缴纳费用']],
      ['otherOther', '其他', '其他', []],
    ], '其他处理的情形', 'Otherwise handled'));
  }
  rows.push(
    row({ id: 'total', label: '（七）总计', short: '（七）总计', aliases: ['办理结果总计'], kind: 'total', parent: 'results',
      zh: '本年度办理结果总计：应等于（一）至（六）各项之和，并参与勾稽关系（第三项）。', en: 'Total of results: equals items (一)–(六); item 3 of the balance.' }, 1),
    row({ id: 'carriedOver', label: '四、结转下年度继续办理', short: '四、结转下年度继续办理', aliases: ['结转下年度'], kind: 'data',
      zh: '结转到下年度继续办理的申请件数（勾稽关系第四项），下年报告的“上年结转”应与之相等。', en: 'Carried to next year (item 4 of the balance); next year\'s "carried in" should equal it.' }, 0),
  );
  return {
    id: 'table3', section: 3, layout: 'rows', subTables: [{ id: 't3', columns: TABLE3_COLUMNS, rows }], note: TABLE3_NOTE, columnsHeading: '申请人情况',
  };
}

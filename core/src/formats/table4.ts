import type { ColumnSpec, RowSpec, TableSpec } from './types';

export const TABLE4_COLUMNS: ColumnSpec[] = [
  { id: 'upheld', label: '结果维持', short: '维持', kind: 'count', unit: '件' },
  { id: 'corrected', label: '结果纠正', short: '纠正', kind: 'count', unit: '件' },
  { id: 'otherResult', label: '其他结果', short: '其他', kind: 'count', unit: '件' },
  { id: 'pending', label: '尚未审结', short: '未结', kind: 'count', unit: '件' },
  { id: 'total', label: '总计', short: '总计', kind: 'count', unit: '件', isTotal: true },
];

function group(id: string, label: string, aliases: string[], zh: string, en: string, heading?: string): RowSpec {
  return { id, label, short: label, aliases, kind: 'data', depth: 0, group: heading, doc: { 'zh-cn': zh, en } };
}

/** Table 四 (both versions): one statutory row of 15 numbers, written as three rows of five. */
export function table4(): TableSpec {
  return {
    id: 'table4', section: 4, layout: 'columnGroups', subTables: [{
      id: 't4', columns: TABLE4_COLUMNS, rows: [
        group('review', '行政复议', ['复议'], '政府信息公开行政复议案件：结果维持、结果纠正、其他结果、尚未审结、总计（总计 = 前四项之和）。', 'Administrative reviews: upheld, corrected, other, pending, total (= sum of the first four).'),
        group('directSuit', '未经复议直接起诉', ['行政诉讼未经复议直接起诉', '直接起诉'], '行政诉讼·未经复议直接起诉的案件：五列同上。', 'Lawsuits filed without prior review: same five columns.', '行政诉讼'),
        group('suitAfterReview', '复议后起诉', ['行政诉讼复议后起诉'], '行政诉讼·复议后起诉的案件：五列同上。', 'Lawsuits filed after review: same five columns.', '行政诉讼'),
      ],
    }],
  };
}

import type { ColumnSpec, FormatVersion, RowSpec, SubTableSpec, TableSpec } from './types';

const count = (id: string, label: string, short = label): ColumnSpec => ({ id, label, short, kind: 'count', unit: '件' });

function dataRow(id: string, label: string, zh: string, en: string, aliases: string[] = []): RowSpec {
  return { id, label, short: label, aliases, kind: 'data', depth: 0, doc: { 'zh-cn': zh, en } };
}

function caption(item: string, id: string, columns: ColumnSpec[], rows: RowSpec[]): SubTableSpec {
  return { id, caption: `第二十条第（${item}）项`, item, columns, rows };
}

function table2For2019(): SubTableSpec[] {
  const projectColumns = (): ColumnSpec[] => [
    count('previousYear', '上一年项目数量', '上一年项目数'),
    { id: 'change', label: '本年增/减', short: '增/减', kind: 'signedCount', unit: '项' },
    count('decisions', '处理决定数量', '处理决定数'),
  ];
  return [
    caption('一', 'item1', [count('made', '本年新制作数量', '新制作'), count('published', '本年新公开数量', '新公开'), count('totalPublished', '对外公开总数量', '公开总数')], [
      dataRow('rules', '规章', '本机关制定的规章：本年新制作、新公开数量和对外公开总数量。', 'Rules (规章) made, published this year, and published in total.'),
      dataRow('normative', '规范性文件', '规范性文件：本年新制作、新公开数量和对外公开总数量。本年新公开数量不应超过对外公开总数量。', 'Normative documents; published this year should not exceed the total published.'),
    ]),
    caption('五', 'item5', projectColumns(), [
      dataRow('licensing', '行政许可', '行政许可：上一年项目数量、本年增/减（可为负数）和处理决定数量。', 'Administrative licensing: last year\'s items, change (may be negative), decisions.'),
      dataRow('otherServices', '其他对外管理服务事项', '其他对外管理服务事项（仅2019年格式）。', 'Other external management services (2019 format only).'),
    ]),
    caption('六', 'item6', projectColumns(), [
      dataRow('penalty', '行政处罚', '行政处罚：上一年项目数量、本年增/减和处理决定数量。', 'Administrative penalties.'),
      dataRow('enforcement', '行政强制', '行政强制：上一年项目数量、本年增/减和处理决定数量。', 'Administrative coercion.'),
    ]),
    caption('八', 'item8', [count('previousYear', '上一年项目数量', '上一年项目数'), { id: 'change', label: '本年增/减', short: '增/减', kind: 'signedCount', unit: '项' }], [
      dataRow('fees', '行政事业性收费', '行政事业性收费：上一年项目数量和本年增/减。', 'Administrative fees: last year\'s items and change.'),
    ]),
    caption('九', 'item9', [count('purchases', '采购项目数量', '采购项目数'), { id: 'amount', label: '采购总金额', short: '采购金额', kind: 'money', unit: '万元' }], [
      dataRow('procurement', '政府集中采购', '政府集中采购（仅2019年格式）：采购项目数量和采购总金额（万元）。', 'Central government procurement (2019 format only): number and total amount in 万元.'),
    ]),
  ];
}

function table2For2021(): SubTableSpec[] {
  const decisions = (): ColumnSpec[] => [count('decisions', '本年处理决定数量', '处理决定数')];
  return [
    caption('一', 'item1', [count('issued', '本年制发件数', '制发'), count('repealed', '本年废止件数', '废止'), count('inForce', '现行有效件数', '现行有效')], [
      dataRow('rules', '规章', '规章：本年制发、本年废止和现行有效件数。现行有效件数应等于上年现行有效 + 本年制发 − 本年废止。', 'Rules: issued, repealed, in force. In force = last year\'s in force + issued − repealed.'),
      dataRow('normative', '行政规范性文件', '行政规范性文件：本年制发、本年废止和现行有效件数。', 'Administrative normative documents: issued, repealed, in force.'),
    ]),
    caption('五', 'item5', decisions(), [
      dataRow('licensing', '行政许可', '行政许可：本年处理决定数量。', 'Administrative licensing: decisions this year.'),
    ]),
    caption('六', 'item6', decisions(), [
      dataRow('penalty', '行政处罚', '行政处罚：本年处理决定数量。', 'Administrative penalties: decisions this year.'),
      dataRow('enforcement', '行政强制', '行政强制：本年处理决定数量。', 'Administrative coercion: decisions this year.'),
    ]),
    caption('八', 'item8', [{ id: 'amount', label: '本年收费金额（单位：万元）', short: '收费金额', kind: 'money', unit: '万元' }], [
      dataRow('fees', '行政事业性收费', '行政事业性收费：本年收费金额，单位万元，可有小数。', 'Administrative fees: amount collected this year, in 万元, decimals allowed.'),
    ]),
  ];
}

export function table2(version: FormatVersion): TableSpec {
  return { id: 'table2', section: 2, layout: 'rows', subTables: version === '2019' ? table2For2019() : table2For2021() };
}

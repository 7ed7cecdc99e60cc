import { FORMATS } from '../../core/src/formats';
import type { GeneratedReport } from './generated';

/**
 * A generated report as lossy PDF-converter text (issue 11 item 4): no columns, numbers one space
 * apart, labels wrapped over lines, numbers on the line after their label, page furniture
 * (`— 3 —`) anywhere, optionally a row that lost a number.
 */
export interface LossyShape { wrap: boolean; numbersBelow: boolean; furniture: boolean; dropCell?: { row: number; column: number } }

export function writeLossy(
  report: GeneratedReport, shape: LossyShape, rand: () => number,
): { text: string; dropped?: { key: string; label: string; cells: string[] } } {
  const format = FORMATS[report.version];
  const out: string[] = [`${report.agency}`, `${report.year}年政府信息公开工作年度报告`, '一、总体情况', `${report.year}年，本机关依法做好政府信息公开工作。`, '二、主动公开政府信息情况'];
  let page = 1;
  const furniture = () => { if (shape.furniture && rand() < 0.2) out.push(`— ${++page} —`); };
  for (const subTable of format.tables.table2.subTables) {
    out.push(subTable.caption ?? "", ['信息内容', ...subTable.columns.map((c) => c.label)].join(' '));
    for (const r of subTable.rows) out.push([r.label, ...report.cells[`table2/${subTable.id}.${r.id}`]].join(' '));
    furniture();
  }
  out.push('三、收到和处理政府信息公开申请情况');
  const spec = format.tables.table3.subTables[0];
  const dataRows = spec.rows.filter((r) => r.kind !== 'group');
  let dropped: { key: string; label: string; cells: string[] } | undefined;
  for (const r of spec.rows) {
    if (r.kind === 'group') { out.push(r.label); continue; }
    const cells = [...report.cells[`table3/${r.id}`]];
    if (shape.dropCell && dataRows.indexOf(r) === shape.dropCell.row % dataRows.length) {
      cells.splice(shape.dropCell.column % 7, 1);
      dropped = { key: `table3/${r.id}`, label: r.label, cells };
    }
    const label = [...r.label];
    // Wrap long labels after a Chinese character, as a narrow PDF column does.
    const cut = shape.wrap && label.length > 10 ? 6 + Math.floor(rand() * (label.length - 8)) : label.length;
    const head = label.slice(0, cut).join('');
    const tail = label.slice(cut).join('');
    if (shape.numbersBelow) { out.push(head); if (tail) out.push(tail); out.push(cells.join(' ')); } else if (tail) { out.push(head, [tail, ...cells].join(' ')); } else out.push([head, ...cells].join(' '));
    furniture();
  }
  out.push('四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '未经复议直接起诉 复议后起诉');
  out.push(format.tables.table4.subTables[0].rows.flatMap((r) => report.cells[`table4/${r.id}`]).join(' '));
  out.push('五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  return { text: out.join('\n') + '\n', dropped };
}

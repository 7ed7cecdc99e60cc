import { FORMATS } from '../../core/src/formats';
import { shuffle, type GeneratedReport } from './generated';

/**
 * A generated report written as Markdown the way document converters cut it (issue 11): table 三
 * in one table per group with generic headers, header rows repeated inside, headings repeating a
 * row label; table 四 as one row of fifteen, three 5-column tables under headings, or 行政复议 and
 * 行政诉讼 apart with a two-level header; columns shuffled (their headers say where they are).
 */
export interface Shape {
  table3: 'plain' | 'grouped' | 'shuffled';
  /** transposed: the three rows as columns, the five column names down the first column (in shuffled order). */
  table4: 'fifteen' | 'three' | 'apart' | 'shuffled' | 'transposed';
  /** Drop one number of one table 三 row (the converter lost a cell): it must be reported, not shifted. */
  dropCell?: { row: number; column: number };
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const delimiter = (n: number) => row(new Array<string>(n).fill('---'));

function table(header: string[], rows: string[][], extraHeaders: string[][] = []): string[] {
  return [row(header), delimiter(header.length), ...extraHeaders.map(row), ...rows.map(row), ''];
}

export interface WrittenMarkdown { text: string; dropped?: { key: string; label: string; cells: string[] } }

export function writeMarkdown(report: GeneratedReport, shape: Shape, rand: () => number): WrittenMarkdown {
  const format = FORMATS[report.version];
  const title = `${report.agency}${report.year}年政府信息公开工作年度报告`;
  const out: string[] = [`# ${title}`, '', '## 一、总体情况', '', `${report.year}年，${report.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。`, ''];
  out.push('## 二、主动公开政府信息情况', '');
  for (const subTable of format.tables.table2.subTables) {
    out.push(`### ${subTable.caption}`, '');
    out.push(...table(['信息内容', ...subTable.columns.map((c) => c.label)], subTable.rows.map((r) => [r.label, ...report.cells[`table2/${subTable.id}.${r.id}`]])));
  }
  out.push('## 三、收到和处理政府信息公开申请情况', '');
  const written = writeTable3(report, shape, rand, out);
  out.push('## 四、政府信息公开行政复议、行政诉讼情况', '');
  writeTable4(report, shape, rand, out);
  out.push('## 五、存在的主要问题及改进情况', '', '信息公开培训的覆盖面还不够广，下一年度将加强业务培训。', '');
  out.push('## 六、其他需要报告的事项', '', '本年度未收取信息处理费。', '');
  return { text: out.join('\n'), dropped: written };
}

function writeTable3(report: GeneratedReport, shape: Shape, rand: () => number, out: string[]): WrittenMarkdown['dropped'] {
  const spec = FORMATS[report.version].tables.table3.subTables[0];
  const names = spec.columns.map((c) => c.label);
  const order = shape.table3 === 'shuffled' ? shuffle([0, 1, 2, 3, 4, 5, 6], rand) : [0, 1, 2, 3, 4, 5, 6];
  const dataRows = spec.rows.filter((r) => r.kind !== 'group');
  let dropped: WrittenMarkdown['dropped'];
  const cellsOf = (r: typeof spec.rows[number]) => {
    const values = report.cells[`table3/${r.id}`];
    const cells = order.map((i) => values[i]);
    const index = dataRows.indexOf(r);
    if (shape.dropCell && index === shape.dropCell.row % dataRows.length) {
      cells.splice(shape.dropCell.column % 7, 1);
      dropped = { key: `table3/${r.id}`, label: r.label, cells };
    }
    return [r.label, ...cells];
  };
  if (shape.table3 === 'plain') {
    out.push(...table(['项目', ...names], spec.rows.map((r) => (r.kind === 'group' ? [r.label, ...new Array<string>(7).fill('')] : cellsOf(r)))));
    return dropped;
  }
  if (shape.table3 === 'shuffled') {
    // Random splits, each part a table of its own with the shuffled header.
    const header = ['项目', ...order.map((i) => names[i])];
    let rest = dataRows;
    while (rest.length > 0) {
      const take = 1 + Math.floor(rand() * Math.min(8, rest.length));
      out.push(...table(header, rest.slice(0, take).map(cellsOf)));
      rest = rest.slice(take);
    }
    return dropped;
  }
  // grouped: one table per group, generic headers, headings that repeat a row label.
  const generic = ['项目', ...names.map((_, i) => `数据${i + 1}`)];
  const repeated = ['项目', '本年新收件数', '上年结转件数', '办理结果', '结转下年度'];
  const top = spec.rows.filter((r) => r.parent === undefined || r.parent === 'results');
  let first = true;
  for (const r of top) {
    if (r.kind === 'group' && r.id === 'results') continue;
    const children = spec.rows.filter((c) => c.parent === r.id);
    out.push(`### ${r.label}`, '');
    const rows = r.kind === 'group' ? children.map(cellsOf) : [cellsOf(r)];
    // The first table repeats a header row of row names inside (a converter's artefact).
    out.push(...table(generic, first ? [rows[0], ...rows.slice(1)] : rows, first ? [repeated] : []));
    first = false;
  }
  return dropped;
}

function writeTable4(report: GeneratedReport, shape: Shape, rand: () => number, out: string[]): void {
  const spec = FORMATS[report.version].tables.table4.subTables[0];
  const names = spec.columns.map((c) => c.label);
  const [review, direct, after] = spec.rows.map((r) => report.cells[`table4/${r.id}`]);
  if (shape.table4 === 'fifteen') {
    const groups = ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''];
    const sub = ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''];
    out.push(...table(groups, [[...review, ...direct, ...after]], [sub, [...names, ...names, ...names]]));
    return;
  }
  if (shape.table4 === 'transposed') {
    const order = shuffle([0, 1, 2, 3, 4], rand);
    out.push(...table(['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'], order.map((c) => [names[c], review[c], direct[c], after[c]])));
    return;
  }
  if (shape.table4 === 'apart') {
    out.push('### 行政复议', '', ...table(names, [review]));
    out.push('### 行政诉讼', '', ...table(['未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''], [[...direct, ...after]], [[...names, ...names]]));
    return;
  }
  const headings = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
  const parts = shuffle([0, 1, 2], rand);
  for (const i of parts) {
    const values = [review, direct, after][i];
    const order = shape.table4 === 'shuffled' ? shuffle([0, 1, 2, 3, 4], rand) : [0, 1, 2, 3, 4];
    out.push(`### ${headings[i]}`, '', ...table(order.map((c) => names[c]), [order.map((c) => values[c])]));
  }
}

import { FORMATS, type FormatVersion, type SubTableSpec, type TableId } from '../formats';

/** VS Code snippet file contents (snippets/zfxxgk.json), generated from the format data. */
export interface Snippet { prefix: string[]; body: string[]; description: string }

function rowsOf(subTable: SubTableSpec): string[] {
  return subTable.rows.map((r) => (r.kind === 'group' ? r.label : `${r.label} | ${subTable.columns.map(() => '0').join(' | ')}`));
}

function tableLines(version: FormatVersion, table: TableId): string[] {
  const spec = FORMATS[version].tables[table];
  if (table !== 'table2') return rowsOf(spec.subTables[0]);
  return spec.subTables.flatMap((s) => [`## ${s.caption}`, `信息内容 | ${s.columns.map((c) => c.label).join(' | ')}`, ...rowsOf(s)]);
}

/** A whole report: header with tab stops, six sections, every caption and row at 0. */
export function skeleton(version: FormatVersion): string[] {
  const format = FORMATS[version];
  const year = version === '2019' ? '2020' : '2024';
  const lines = [
    `标题：\${1:某某机关}\${2:${year}}年政府信息公开工作年度报告`,
    '机关：${1}',
    '年度：${2}',
    `格式：${version}`,
    '',
  ];
  let stop = 3;
  for (const section of format.sections) {
    lines.push(`# ${section.heading}`);
    if (section.table) lines.push(...tableLines(version, section.table));
    else lines.push(`\${${stop++}}`);
    lines.push('');
  }
  lines[lines.length - 1] = '$0';
  return lines;
}

export function snippetsFile(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const version of ['2021', '2019'] as const) {
    const notice = FORMATS[version].notice;
    out[`年度报告（${version}年格式）`] = {
      prefix: [`年度报告${version}`, `ndbg${version}`, `report${version}`],
      body: skeleton(version),
      description: `新建政府信息公开工作年度报告：${FORMATS[version].title}（${notice}），六个部分、全部栏目和行（数字为 0）。 / A new annual report in the ${version} format.`,
    };
    const names: Record<TableId, [string, string, string]> = {
      table2: ['表二', 'b2', '主动公开政府信息情况'], table3: ['表三', 'b3', '收到和处理政府信息公开申请情况'], table4: ['表四', 'b4', '行政复议、行政诉讼情况'],
    };
    for (const table of ['table2', 'table3', 'table4'] as const) {
      if (table === 'table4' && version === '2019') continue; // identical in both versions
      const [zh, short, title] = names[table];
      const suffix = table === 'table4' ? '' : version;
      out[`${zh}${suffix ? `（${version}年格式）` : ''}`] = {
        prefix: [`${zh}${suffix}`, `${short}${suffix}`, `table${table.slice(-1)}${suffix}`],
        body: tableLines(version, table),
        description: `${zh}：${title}${suffix ? `（${version}年格式，${notice}）` : '（两版格式相同）'}，各行数字为 0。 / Table ${table.slice(-1)}${suffix ? ` (${version} format)` : ''}, every cell 0.`,
      };
    }
  }
  return out;
}

export function snippetsJson(): string {
  return `${JSON.stringify(snippetsFile(), null, 2)}\n`;
}

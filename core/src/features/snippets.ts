import { FORMATS, type FormatVersion, type TableId } from '../formats';
import { reportSkeleton } from '../skeleton';
import { subTableLines } from '../syntax/print';

/** VS Code snippet file contents (snippets/zfxxgk.json), generated from the format data. */
export interface Snippet { prefix: string[]; body: string[]; description: string }

function tableLines(version: FormatVersion, table: TableId): string[] {
  return FORMATS[version].tables[table].subTables.flatMap((subTable) => subTableLines(subTable, { cell: () => '0', heading: 'captionAndColumns' }));
}

/** A whole report: the new-report skeleton with the agency and the year as tab stops. */
export function skeleton(version: FormatVersion): string[] {
  return reportSkeleton({ year: version === '2019' ? 2020 : 2024, version, agency: '某某机关', snippet: true, yearStop: true }).split('\n');
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

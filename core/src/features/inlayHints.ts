import type { Locale } from '../formats';
import { say } from '../i18n/text';
import type { ReportModel } from '../model/types';
import { relationName } from './describe';
import { computableTotals, TOTAL_CODES } from './totals';
import type { InlayHint } from './types';
import { columnHintLabel, columnNamesMode, columnTitle, type ColumnNamesMode } from './columnNames';
import { inForceHints } from './lastYear';

export interface InlayHintOptions {
  /** `自然:` / `自然人:` before each number (setting zfxxgk.inlayHints.columnNames; a boolean is the older form). */
  columnNames: ColumnNamesMode | boolean;
  locale: Locale;
  /** Last year's report of the same agency: a blank 现行有效 shows `上年 N + 制发 − 废止`. */
  previous?: ReportModel;
}

/** Column names before numbers, and the computed value of every blank total, within [start, end). */
export function inlayHints(model: ReportModel, start: number, end: number, options: InlayHintOptions): InlayHint[] {
  const hints: InlayHint[] = [];
  const mode = columnNamesMode(options.columnNames);
  for (const table of Object.values(model.tables)) {
    const rows = table.all.filter((r) => r.end >= start && r.start < end && r.resolution.status === 'ok');
    if (rows.length === 0) continue;
    const totals = computableTotals(model, table.id);
    for (const row of rows) {
      if (row.resolution.status !== 'ok') continue;
      const { row: spec, subTable } = row.resolution;
      subTable.columns.forEach((column, i) => {
        const cell = row.cells[i];
        const name = columnHintLabel(column, mode);
        if (name && cell && spec.kind !== 'group') {
          hints.push({ position: model.index.positionAt(cell.raw === '' ? cell.pipeOffset + 1 : cell.start), label: name, kind: 2, paddingRight: true, tooltip: columnTitle(column) });
        }
        if (!TOTAL_CODES.has(codeOf(model, table.id, spec.id, column.id))) return;
        const blank = !cell || cell.problem === 'blank';
        const value = totals.get(`${spec.id}/${column.id}`);
        if (!blank || value === undefined || (spec.kind === 'group')) return;
        const offset = cell ? (cell.raw === '' ? cell.pipeOffset + 1 : cell.end) : row.contentEnd;
        hints.push({
          position: model.index.positionAt(offset), label: `= ${value}`, kind: 1, paddingLeft: true,
          tooltip: say(options.locale, `空白总计的计算值（${relationName(codeOf(model, table.id, spec.id, column.id), options.locale)}）；快速修复可填入`, `Computed value of the blank total (${relationName(codeOf(model, table.id, spec.id, column.id), options.locale)}); a quick fix writes it`),
        });
      });
    }
  }
  // After the column names: at the same position the name comes first (the sort is stable).
  if (options.previous) hints.push(...inForceHints(model, options.previous, start, end, options.locale));
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function codeOf(model: ReportModel, table: string, row: string, column: string): string {
  return model.format.equations.find((e) => e.table === table && TOTAL_CODES.has(e.code) && e.target.row === row && e.target.column === column)?.code ?? '';
}

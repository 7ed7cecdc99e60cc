import * as fs from 'fs';
import * as path from 'path';
import { analyze, type TableId } from '../../core/src';
import { ROOT } from './examples';

/** The real published reports, read in place (third-party text: never copied into the project). */
export const REPORTS_DIR = path.join(ROOT, '..', 'shared', 'domain', 'reports');

/** A real published report from ../shared/domain/reports, read in place. */
export function reportFixture(name: string): string {
  return fs.readFileSync(path.join(REPORTS_DIR, name), 'utf8');
}

/**
 * The numbers of a report as the checker reads them: "table/row" → cells as written
 * ('' for blank). Only statutory rows, first occurrence.
 */
export function numbersOf(text: string): Record<string, string[]> {
  const { model } = analyze(text);
  const out: Record<string, string[]> = {};
  for (const table of ['table2', 'table3', 'table4'] as TableId[]) {
    for (const [id, row] of model.tables[table].rows) {
      if (row.resolution.status === 'ok' && row.resolution.row.kind === 'group' && row.cells.length === 0) continue;
      const subTable = row.resolution.status === 'ok' ? row.resolution.subTable.id : '';
      out[`${table}/${table === 'table2' ? subTable + '.' : ''}${id}`] = row.cells.map((c) => c.raw);
    }
  }
  return out;
}

export function errorsOf(text: string): string[] {
  return analyze(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
}

/** Prose lines of a report (everything in prose sections and the preamble), as the model reads them. */
export function proseOf(text: string): string[] {
  const { model } = analyze(text);
  return [...model.preamble, ...model.sections.flatMap((s) => s.items)].filter((i) => i.kind === 'prose').map((i) => (i as { text: string }).text);
}

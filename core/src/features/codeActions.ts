import { tableName, type Locale, type TableId } from '../formats';
import { say } from '../i18n/text';
import type { ReportModel } from '../model/types';
import { appendedCells } from '../syntax/print';
import { blankEditFor } from './edits';
import type { Fix, ReportDiagnostic, OffsetEdit } from '../rules/context';
import { computableTotals, TOTAL_CODES } from './totals';
import type { CodeAction, Diagnostic, TextEdit } from './types';

/**
 * Code actions for the diagnostics in a range, keyed by code: each rule's own fixes
 * (`data.fixes`), then the table-wide ones: fill every computable total, write 0 in every
 * blank, insert every missing row / section. Every action is a set of minimal edits.
 */
export function codeActions(model: ReportModel, all: ReportDiagnostic[], inRange: ReportDiagnostic[], uri: string, locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  const toLsp = (edits: OffsetEdit[]): TextEdit[] => edits.map((e) => ({ range: model.index.range(e.start, e.end), newText: e.newText }));
  const action = (title: string, edits: OffsetEdit[], diagnostics: ReportDiagnostic[], preferred = false): CodeAction => ({
    title, kind: 'quickfix', diagnostics: diagnostics.map(lspDiagnostic), isPreferred: preferred || undefined, edit: { changes: { [uri]: toLsp(edits) } },
  });
  const seen = new Set<string>();
  const add = (a: CodeAction | undefined) => { if (!a || a.edit.changes[uri].length === 0 || seen.has(a.title)) return; seen.add(a.title); actions.push(a); };

  for (const diagnostic of inRange) {
    for (const fix of (diagnostic.data?.fixes ?? []) as Fix[]) add(action(fix.title, fix.edits, [diagnostic], fix.preferred));
  }
  const tablesHere = new Set<TableId>();
  for (const diagnostic of inRange) {
    const table = tableOf(model, diagnostic);
    if (table) tablesHere.add(table);
  }
  for (const table of tablesHere) {
    const related = inRange.filter((d) => tableOf(model, d) === table);
    if (related.some((d) => TOTAL_CODES.has(d.code) || d.code === 'table.incomplete' || d.code === 'cell.blank')) {
      const edits = fillTotals(model, table);
      add(action(say(locale, `填写${tableName(table, locale)}所有可计算的总计（${edits.length} 处）`, `Fill every computable total of ${tableName(table, locale)} (${edits.length})`), edits, related));
    }
    if (related.some((d) => d.code === 'table.incomplete' || d.code === 'cell.blank')) {
      const edits = all.filter((d) => d.code === 'cell.blank' && tableOf(model, d) === table).flatMap((d) => (d.data.fixes as Fix[])[0]?.edits ?? []);
      edits.push(...missingCellEdits(model, table));
      add(action(say(locale, `${tableName(table, locale)}所有空白填 0（${edits.length} 处）`, `Write 0 in every blank of ${tableName(table, locale)} (${edits.length})`), edits, related));
    }
    if (related.some((d) => d.code === 'structure.rowMissing')) {
      const missing = all.filter((d) => d.code === 'structure.rowMissing' && d.data.table === table);
      if (missing.length > 1) add(action(say(locale, `插入${tableName(table, locale)}缺少的全部 ${missing.length} 行`, `Insert all ${missing.length} missing rows of ${tableName(table, locale)}`), insertionsInOrder(missing), related));
    }
  }
  if (inRange.some((d) => d.code === 'structure.sectionMissing')) {
    const missing = all.filter((d) => d.code === 'structure.sectionMissing');
    if (missing.length > 1) add(action(say(locale, `插入缺少的全部 ${missing.length} 个部分`, `Insert all ${missing.length} missing sections`), insertionsInOrder(missing), inRange.filter((d) => d.code === 'structure.sectionMissing')));
  }
  return actions;
}

function lspDiagnostic(d: ReportDiagnostic): Diagnostic {
  return { range: d.range, code: d.code, message: d.message };
}

/** The table a diagnostic is about: from its payload, or from the section that holds it. */
function tableOf(model: ReportModel, diagnostic: ReportDiagnostic): TableId | undefined {
  if (typeof diagnostic.data?.table === 'string') return diagnostic.data.table as TableId;
  return sectionTables(model)(diagnostic.span.start);
}

const SECTION_TABLES = new WeakMap<ReportModel, (offset: number) => TableId | undefined>();

/**
 * The table of the last section starting at or before an offset, by binary search over section
 * starts read once per model (per analysis). Reversing the sections per diagnostic made code
 * actions quadratic: 40k lines took 58 s (issue 14, F8).
 */
function sectionTables(model: ReportModel): (offset: number) => TableId | undefined {
  let lookup = SECTION_TABLES.get(model);
  if (lookup) return lookup;
  const starts = model.sections.map((s) => s.start);
  const tables = model.sections.map((s) => s.spec?.table);
  lookup = (offset) => {
    let lo = 0;
    let hi = starts.length; // first section starting after offset
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (starts[mid] <= offset) lo = mid + 1; else hi = mid; }
    return lo > 0 ? tables[lo - 1] : undefined;
  };
  SECTION_TABLES.set(model, lookup);
  return lookup;
}

/** Every total whose terms are known, set to its computed value where the cell says otherwise or is blank. */
export function fillTotals(model: ReportModel, table: TableId): OffsetEdit[] {
  const values = computableTotals(model, table);
  const edits: OffsetEdit[] = [];
  for (const row of model.tables[table].all) {
    if (row.resolution.status !== 'ok' || model.tables[table].rows.get(row.resolution.row.id) !== row) continue;
    const { row: spec, subTable } = row.resolution;
    subTable.columns.forEach((column, i) => {
      const value = values.get(`${spec.id}/${column.id}`);
      const cell = row.cells[i];
      if (value === undefined || value < 0 || !cell || cell.value === value) return;
      if (cell.problem && cell.problem !== 'blank') return; // an unreadable cell is the author's to fix
      edits.push(cell.problem === 'blank' ? blankEditFor(model, cell, String(value)) : { start: cell.start, end: cell.end, newText: String(value) });
    });
  }
  return edits;
}

/** Cells a data row lacks at its end, appended as zeros. */
function missingCellEdits(model: ReportModel, table: TableId): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const row of model.tables[table].all) {
    if (row.resolution.status !== 'ok' || row.resolution.row.kind === 'group') continue;
    const missing = row.resolution.subTable.columns.length - row.cells.length;
    if (missing > 0) edits.push({ start: row.contentEnd, end: row.contentEnd, newText: appendedCells(Array.from({ length: missing }, () => '0')) });
  }
  return edits;
}

/** Insertions of several diagnostics' fixes, in the order the diagnostics were reported (statutory order at equal offsets). */
function insertionsInOrder(diagnostics: ReportDiagnostic[]): OffsetEdit[] {
  return diagnostics.flatMap((d) => (d.data.fixes as Fix[])[0]?.edits ?? []).map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i).map(({ e }) => e);
}

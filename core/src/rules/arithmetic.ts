import type { CellRef, ColumnSpec, Equation, SubTableSpec, TableId } from '../formats';
import type { Cell, RowNode } from '../model/types';
import type { Span } from '../model/types';
import { rowLabel } from './cells';
import type { Rule, RuleContext } from './context';

/** What the arithmetic knows about one cell. */
export type CellLookup =
  | { status: 'known'; value: number; cell: Cell; row: RowNode; column: ColumnSpec }
  | { status: 'blank'; row: RowNode; cell?: Cell }
  | { status: 'invalid'; row: RowNode; cell: Cell }
  | { status: 'noRow' };

/** Column positions by id, per sub-table (format data is immutable: computed once). */
const COLUMN_INDEX = new WeakMap<SubTableSpec, Map<string, number>>();

function columnIndexOf(subTable: SubTableSpec, columnId: string): number {
  let index = COLUMN_INDEX.get(subTable);
  if (!index) {
    index = new Map(subTable.columns.map((c, i) => [c.id, i]));
    COLUMN_INDEX.set(subTable, index);
  }
  return index.get(columnId) ?? -1;
}

export function lookupCell(context: { model: RuleContext['model'] }, table: TableId, ref: CellRef): CellLookup {
  const row = context.model.tables[table].rows.get(ref.row);
  if (!row || row.resolution.status !== 'ok') return { status: 'noRow' };
  const columns = row.resolution.subTable.columns;
  const columnIndex = columnIndexOf(row.resolution.subTable, ref.column);
  const cell = row.cells[columnIndex];
  if (!cell) return { status: 'blank', row };
  if (cell.value !== undefined) return { status: 'known', value: cell.value, cell, row, column: columns[columnIndex] };
  if (cell.problem === 'blank') return { status: 'blank', row, cell };
  return { status: 'invalid', row, cell };
}

export interface EquationResult {
  equation: Equation;
  status: 'holds' | 'fails' | 'unknown' | 'notApplicable';
  /** Why the check stood down: a blank/missing cell, an invalid one, or a missing row. */
  standDown?: 'blank' | 'invalid' | 'noRow';
  expected?: number;
  found?: number;
  target?: CellLookup & { status: 'known' };
  terms?: Array<{ sign: 1 | -1; lookup: CellLookup & { status: 'known' } }>;
}

/** Evaluate one equation exactly. Stands down on anything it cannot know. */
export function evaluate(context: { model: RuleContext['model'] }, equation: Equation): EquationResult {
  const target = lookupCell(context, equation.table, equation.target);
  if (equation.onlyIfTargetWritten) {
    if (target.status === 'noRow' || (target.status === 'blank' && target.row.cells.every((c) => c.problem === 'blank'))) return { equation, status: 'notApplicable' };
  }
  const lookups: Array<{ sign: 1 | -1; lookup: CellLookup }> = [
    ...equation.plus.map((ref) => ({ sign: 1 as const, lookup: lookupCell(context, equation.table, ref) })),
    ...equation.minus.map((ref) => ({ sign: -1 as const, lookup: lookupCell(context, equation.table, ref) })),
  ];
  const all = [target, ...lookups.map((l) => l.lookup)];
  const standDown = all.find((l) => l.status !== 'known');
  if (standDown) return { equation, status: 'unknown', standDown: standDown.status as 'blank' | 'invalid' | 'noRow' };
  let expected = 0;
  for (const { sign, lookup } of lookups) expected += sign * (lookup as CellLookup & { status: 'known' }).value;
  const found = (target as CellLookup & { status: 'known' }).value;
  return {
    equation, status: expected === found ? 'holds' : 'fails', expected, found,
    target: target as CellLookup & { status: 'known' },
    terms: lookups as Array<{ sign: 1 | -1; lookup: CellLookup & { status: 'known' } }>,
  };
}

/** Sum as written in a message: the non-zero terms, e.g. "12 + 3 − 4". */
export function sumText(terms: NonNullable<EquationResult['terms']>): string {
  const nonZero = terms.filter((t) => t.lookup.value !== 0);
  if (nonZero.length === 0) return terms.map(() => '0').slice(0, 1).join('') || '0';
  return nonZero.map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.lookup.value}`).join('');
}

/** Table arithmetic: balance, result total, row totals, group values, review/litigation totals. */
export const arithmeticRule: Rule = {
  name: 'arithmetic',
  check(context) {
    const skipped = new Map<TableId, number>();
    // Which checks stood down, by code: the CLI's per-table blank summary names them.
    const skippedCodes = new Map<TableId, Set<string>>();
    for (const equation of context.model.format.equations) {
      const result = evaluate(context, equation);
      if (result.status === 'unknown' && result.standDown === 'blank' && !equation.onlyIfTargetWritten) skipped.set(equation.table, (skipped.get(equation.table) ?? 0) + 1);
      if (result.status === 'unknown' && result.standDown === 'blank' && !equation.onlyIfTargetWritten) (skippedCodes.get(equation.table) ?? skippedCodes.set(equation.table, new Set()).get(equation.table)!).add(equation.code);
      if (result.status !== 'fails') continue;
      reportFailure(context, result);
    }
    for (const inequality of context.model.format.inequalities) {
      const lesser = lookupCell(context, inequality.table, inequality.lesser);
      const greater = lookupCell(context, inequality.table, inequality.greater);
      if (lesser.status !== 'known' || greater.status !== 'known' || lesser.value <= greater.value) continue;
      context.report(inequality.code, lesser.cell, { row: rowLabel(lesser.row), lesser: lesser.value, greater: greater.value }, {
        related: [{ span: greater.cell, message: `${greater.column.label} = ${greater.value}` }],
      });
    }
    reportIncomplete(context, skipped, skippedCodes);
  },
};

function reportFailure(context: RuleContext, result: EquationResult): void {
  const { equation, target, terms, expected, found } = result;
  if (!target || !terms || expected === undefined || found === undefined) return;
  const related = terms.map(({ lookup }) => ({
    span: lookup.cell as Span, message: `${rowLabel(lookup.row)} · ${lookup.column.label} = ${lookup.value}`,
  }));
  const column = target.column.label;
  const params: Record<string, string | number> = { expected, found, sum: sumText(terms), column, row: rowLabel(target.row) };
  if (equation.code === 'table3.balance') {
    const [newCount, carriedIn, total] = terms.map((t) => t.lookup.value);
    Object.assign(params, { new: newCount, carriedIn, total, carriedOver: found, inflow: newCount + carriedIn, outflow: total + found });
  }
  const fixes = expected >= 0 ? [{
    title: context.t(`改为 ${expected}`, `Set to ${expected}`),
    edits: [{ start: target.cell.start, end: target.cell.end, newText: String(expected) }],
    preferred: equation.code !== 'table3.balance',
  }] : [];
  context.report(equation.code, target.cell, params, {
    related, fixes, extra: { expected, found, target: equation.target, table: equation.table },
  });
}

function reportIncomplete(context: RuleContext, skipped: Map<TableId, number>, skippedCodes = new Map<TableId, Set<string>>()): void {
  for (const table of Object.values(context.model.tables)) {
    const blanks: Span[] = [];
    for (const row of table.all) {
      if (row.resolution.status !== 'ok' || row.resolution.row.kind === 'group') continue;
      for (const cell of row.cells.slice(0, row.resolution.subTable.columns.length)) if (cell.problem === 'blank') blanks.push(cell);
      const missing = row.resolution.subTable.columns.length - row.cells.length;
      for (let i = 0; i < missing; i++) blanks.push({ start: row.contentEnd, end: row.contentEnd });
    }
    if (blanks.length === 0) continue;
    const first = blanks[0];
    context.report('table.incomplete', first.start === first.end ? rowSpanAt(context, table.id, first.start) : first, {
      table: context.tableName(table.id), count: blanks.length, skipped: skipped.get(table.id) ?? 0,
    }, {
      related: blanks.slice(1, 50).map((span) => ({ span, message: context.t('空白', 'blank') })),
      extra: { table: table.id, skippedChecks: [...(skippedCodes.get(table.id) ?? [])].sort() },
    });
  }
}

function rowSpanAt(context: RuleContext, table: TableId, offset: number): Span {
  const row = context.model.tables[table].all.find((r) => r.contentEnd === offset);
  return row ? row.label : { start: offset, end: offset };
}

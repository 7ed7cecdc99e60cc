import type { CellRef, ColumnSpec, Equation, TableId } from '../formats';
import type { Cell, RowNode, TableNode } from '../model/types';
import type { Span } from '../model/types';
import { blankEditFor } from '../features/edits';
import { balancing, columnIndexOf } from './balance';
import { rowLabel } from './cells';
import type { Rule, RuleContext } from './context';
import { say } from '../i18n/text';

/** What the arithmetic knows about one cell. */
export type CellLookup =
  | { status: 'known'; value: number; cell: Cell; row: RowNode; column: ColumnSpec }
  | { status: 'blank'; row: RowNode; cell?: Cell }
  | { status: 'invalid'; row: RowNode; cell: Cell }
  | { status: 'noRow' };

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
  /** The written terms (with `blankAsZero`, the blank ones are in `blanks` instead). */
  terms?: Array<{ sign: 1 | -1; lookup: CellLookup & { status: 'known' } }>;
  /** Set when the result assumed these blank cells to be 0 (`evaluate(…, { blankAsZero: true })`). */
  blanks?: Array<{ sign: 1 | -1; lookup: CellLookup & { status: 'blank'; cell: Cell } }>;
}

export interface EvaluateOptions {
  /**
   * Read written-but-blank term cells as 0 (issue 11 item 5), but only when the target is written,
   * every other unknown is a blank cell written in the row (never an invalid cell, a missing row, or a
   * cell missing from a short row, whose numbers may sit in the wrong columns), and the terms are not
   * all blank under a non-zero target (a table that publishes only its 总计 column says nothing about
   * the parts).
   */
  blankAsZero?: boolean;
}

type Known = CellLookup & { status: 'known' };
type BlankCell = CellLookup & { status: 'blank'; cell: Cell };
type BlankLookup = NonNullable<EquationResult['blanks']>[number]['lookup'];

/** Whether the checks apply the equation at all: a group row's equation only where the group row carries numbers. */
export function equationApplies(context: { model: RuleContext['model'] }, equation: Equation): boolean {
  return !equation.onlyIfTargetWritten || !targetUnwritten(lookupCell(context, equation.table, equation.target));
}

function targetUnwritten(target: CellLookup): boolean {
  return target.status === 'noRow' || (target.status === 'blank' && target.row.cells.every((c) => c.problem === 'blank'));
}

/** Evaluate one equation exactly. Stands down on anything it cannot know. */
export function evaluate(context: { model: RuleContext['model'] }, equation: Equation, options: EvaluateOptions = {}): EquationResult {
  const target = lookupCell(context, equation.table, equation.target);
  if (equation.onlyIfTargetWritten && targetUnwritten(target)) return { equation, status: 'notApplicable' };
  const lookups: Array<{ sign: 1 | -1; lookup: CellLookup }> = [
    ...equation.plus.map((ref) => ({ sign: 1 as const, lookup: lookupCell(context, equation.table, ref) })),
    ...equation.minus.map((ref) => ({ sign: -1 as const, lookup: lookupCell(context, equation.table, ref) })),
  ];
  const all = [target, ...lookups.map((l) => l.lookup)];
  const standDown = all.find((l) => l.status !== 'known');
  if (standDown) {
    const assumed = options.blankAsZero ? withBlanksAsZero(equation, target, lookups) : undefined;
    return assumed ?? { equation, status: 'unknown', standDown: standDown.status as 'blank' | 'invalid' | 'noRow' };
  }
  return compute(equation, target as Known, lookups as Array<{ sign: 1 | -1; lookup: Known }>);
}

function compute(equation: Equation, target: Known, terms: Array<{ sign: 1 | -1; lookup: Known }>, blanks?: EquationResult['blanks']): EquationResult {
  let expected = 0;
  for (const { sign, lookup } of terms) expected += sign * lookup.value;
  const found = target.value;
  return { equation, status: expected === found ? 'holds' : 'fails', expected, found, target, terms, ...(blanks ? { blanks } : {}) };
}

function withBlanksAsZero(equation: Equation, target: CellLookup, lookups: Array<{ sign: 1 | -1; lookup: CellLookup }>): EquationResult | undefined {
  if (target.status !== 'known') return undefined;
  const terms: Array<{ sign: 1 | -1; lookup: Known }> = [];
  const blanks: NonNullable<EquationResult['blanks']> = [];
  for (const { sign, lookup } of lookups) {
    if (lookup.status === 'known') terms.push({ sign, lookup });
    else if (lookup.status === 'blank' && lookup.cell) blanks.push({ sign, lookup: lookup as BlankCell });
    else return undefined;
  }
  // Nothing but blanks against a non-zero total: a table that publishes only its 总计 column.
  if (terms.length === 0 && target.value !== 0) return undefined;
  return compute(equation, target, terms, blanks);
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
    const stoodDown = new StoodDown();
    const holds = balancing(context.model);
    const { equations } = context.model.format;
    for (let e = 0; e < equations.length; e++) {
      if (holds[e]) continue;
      const equation = equations[e];
      const result = evaluate(context, equation, { blankAsZero: true });
      if (result.status === 'unknown' && result.standDown === 'blank' && !equation.onlyIfTargetWritten) stoodDown.skip(equation);
      if (result.blanks) stoodDown.assume(equation);
      if (result.status !== 'fails') continue;
      if (result.blanks) reportBlankAsZero(context, result);
      else reportFailure(context, result);
    }
    for (const inequality of context.model.format.inequalities) {
      const lesser = lookupCell(context, inequality.table, inequality.lesser);
      const greater = lookupCell(context, inequality.table, inequality.greater);
      if (lesser.status !== 'known' || greater.status !== 'known' || lesser.value <= greater.value) continue;
      context.report(inequality.code, lesser.cell, { row: rowLabel(lesser.row), lesser: lesser.value, greater: greater.value }, {
        related: [{ span: greater.cell, message: `${greater.column.label} = ${greater.value}` }],
      });
    }
    reportIncomplete(context, stoodDown);
  },
};

/** Per table, how many checks stood down on a blank cell and how many read blanks as 0. */
class StoodDown {
  readonly skipped = new Map<TableId, number>();
  readonly assumed = new Map<TableId, number>();
  /** Which checks stood down, by code: the CLI's per-table blank summary names them. */
  readonly skippedCodes = new Map<TableId, Set<string>>();

  skip(equation: Equation): void {
    this.skipped.set(equation.table, (this.skipped.get(equation.table) ?? 0) + 1);
    (this.skippedCodes.get(equation.table) ?? this.skippedCodes.set(equation.table, new Set()).get(equation.table)!).add(equation.code);
  }

  assume(equation: Equation): void {
    this.assumed.set(equation.table, (this.assumed.get(equation.table) ?? 0) + 1);
  }
}

function reportFailure(context: RuleContext, result: EquationResult): void {
  const { equation, target, terms, expected, found } = result;
  if (!target || !terms || expected === undefined || found === undefined) return;
  const related = terms.map(({ lookup }) => ({
    span: lookup.cell as Span, message: `${rowLabel(lookup.row)} · ${lookup.column.label} = ${lookup.value}`,
  }));
  const params = failureParams(result);
  const fixes = expected >= 0 ? [{
    title: say(context.locale, `改为 ${expected}`, `Set to ${expected}`),
    edits: [{ start: target.cell.start, end: target.cell.end, newText: String(expected) }],
    preferred: equation.code !== 'table3.balance',
  }] : [];
  context.report(equation.code, target.cell, params, {
    related, fixes, extra: { expected, found, target: equation.target, table: equation.table },
  });
}

/** The numbers of a failed equation, as its message template names them. */
function failureParams(result: EquationResult): Record<string, string | number> {
  const { equation, target, terms, expected, found } = result as Required<Pick<EquationResult, 'target' | 'terms' | 'expected' | 'found'>> & EquationResult;
  const params: Record<string, string | number> = { expected, found, sum: sumText(terms), column: target.column.label, row: rowLabel(target.row) };
  if (equation.code === 'table3.balance') {
    // Terms are new, carriedIn (plus) and total (minus), in that order; a blank one reads as 0.
    const value = (id: string) => terms.find((t) => t.lookup.row.resolution.status === 'ok' && t.lookup.row.resolution.row.id === id)?.lookup.value ?? 0;
    const [newCount, carriedIn, total] = ['new', 'carriedIn', 'total'].map(value);
    Object.assign(params, { new: newCount, carriedIn, total, carriedOver: found, inflow: newCount + carriedIn, outflow: total + found });
  }
  return params;
}

/** Blanks most authors mean as 0 (issue 11 item 5): the check runs, and its message says what it assumed. */
function reportBlankAsZero(context: RuleContext, result: EquationResult): void {
  const { equation, target, terms, blanks, expected, found } = result;
  if (!target || !terms || !blanks || expected === undefined || found === undefined) return;
  const blankLabel = (lookup: BlankLookup) => {
    const column = lookup.row.resolution.status === 'ok' ? lookup.row.resolution.subTable.columns[lookup.cell.index]?.label : undefined;
    return `${rowLabel(lookup.row)}·${column ?? ''}`;
  };
  // Named by what differs from the target: its columns in a row total, its rows in a column total.
  const columnOf = (lookup: BlankLookup) => lookup.row.resolution.status === 'ok' ? lookup.row.resolution.subTable.columns[lookup.cell.index]?.label ?? '' : '';
  const sameRow = blanks.every((b) => b.lookup.row === target.row);
  const sameColumn = blanks.every((b) => columnOf(b.lookup) === target.column.label);
  const shortLabel = (lookup: BlankLookup) => (sameRow ? columnOf(lookup) : sameColumn ? rowLabel(lookup.row) : blankLabel(lookup));
  const shown = blanks.slice(0, BLANKS_NAMED).map((b) => shortLabel(b.lookup));
  const more = blanks.length - shown.length;
  const params = {
    ...failureParams(result), count: blanks.length,
    blanks: shown.join(say(context.locale, '、', ', ')) + (more > 0 ? say(context.locale, ` 等 ${blanks.length} 个`, ` and ${more} more`) : ''),
  };
  const related = [
    ...blanks.map(({ lookup }) => ({ span: lookup.cell as Span, message: say(context.locale, `${blankLabel(lookup)} 空白，按 0 计`, `${blankLabel(lookup)} is blank, read as 0`) })),
    ...terms.map(({ lookup }) => ({ span: lookup.cell as Span, message: `${rowLabel(lookup.row)} · ${lookup.column.label} = ${lookup.value}` })),
  ];
  const fixes = [];
  // One blank term: the value it must hold for the equation to balance is known exactly.
  if (blanks.length === 1) {
    const missing = blanks[0].sign * (found - expected);
    if (missing > 0) {
      fixes.push({
        title: say(context.locale, `空白处填 ${missing}：${blankLabel(blanks[0].lookup)}`, `Write ${missing} in the blank: ${blankLabel(blanks[0].lookup)}`),
        edits: [blankEditFor(context.model, blanks[0].lookup.cell, String(missing))], preferred: true,
      });
    }
  }
  if (expected >= 0) {
    fixes.push({
      title: say(context.locale, `改为 ${expected}（空白按 0 计）`, `Set to ${expected} (blanks as 0)`),
      edits: [{ start: target.cell.start, end: target.cell.end, newText: String(expected) }], preferred: false,
    });
  }
  context.report('table.blankAsZero', target.cell, params, {
    variant: equation.code, related, fixes,
    extra: {
      expected, found, target: equation.target, table: equation.table,
      blanks: blanks.map((b) => ({ start: b.lookup.cell.start, end: b.lookup.cell.end })),
    },
  });
}

/** How many blank cells a message names; the related information lists them all. */
const BLANKS_NAMED = 3;

function reportIncomplete(context: RuleContext, { skipped, assumed, skippedCodes }: StoodDown): void {
  for (const table of Object.values(context.model.tables)) {
    const blanks = blankCells(table);
    if (blanks.length === 0) continue;
    const first = blanks[0];
    const asZero = assumed.get(table.id) ?? 0;
    context.report('table.incomplete', first.start === first.end ? rowSpanAt(context, table.id, first.start) : first, {
      table: context.tableName(table.id), count: blanks.length, skipped: skipped.get(table.id) ?? 0, assumed: asZero,
    }, {
      variant: asZero === 0 ? 'default' : (skipped.get(table.id) ?? 0) === 0 ? 'allAssumed' : 'assumed',
      related: blanks.slice(1, 50).map((span) => ({ span, message: say(context.locale, '空白', 'blank') })),
      extra: { table: table.id, skipped: skipped.get(table.id) ?? 0, assumed: asZero, skippedChecks: [...(skippedCodes.get(table.id) ?? [])].sort() },
    });
  }
}

const NO_BLANKS: Span[] = [];

/** The blank and the missing cells of a table's statutory data rows, in order (missing: where they would be appended). */
function blankCells(table: TableNode): Span[] {
  let blanks = NO_BLANKS;
  for (const row of table.all) {
    if (row.resolution.status !== 'ok' || row.resolution.row.kind === 'group') continue;
    const width = row.resolution.subTable.columns.length;
    const cells = row.cells;
    for (let i = 0; i < width && i < cells.length; i++) {
      if (cells[i].problem !== 'blank') continue;
      if (blanks === NO_BLANKS) blanks = [];
      blanks.push(cells[i]);
    }
    for (let missing = width - cells.length; missing > 0; missing--) {
      if (blanks === NO_BLANKS) blanks = [];
      blanks.push({ start: row.contentEnd, end: row.contentEnd });
    }
  }
  return blanks;
}

function rowSpanAt(context: RuleContext, table: TableId, offset: number): Span {
  const row = context.model.tables[table].all.find((r) => r.contentEnd === offset);
  return row ? row.label : { start: offset, end: offset };
}

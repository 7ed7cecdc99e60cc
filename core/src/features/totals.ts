import type { Equation } from '../formats';
import type { RuleCode } from '../i18n/catalog';
import { lookupCell } from '../rules/arithmetic';
import type { ReportModel } from '../model/types';

/** The value an equation gives its target from the terms alone, when every term is a known number. */
export function expectedValue(
  model: ReportModel, equation: Equation, overlay?: Map<string, number>,
): { value: number; terms: Array<{ sign: 1 | -1; value: number }> } | undefined {
  const terms: Array<{ sign: 1 | -1; value: number }> = [];
  for (const [sign, refs] of [[1, equation.plus], [-1, equation.minus]] as const) {
    for (const ref of refs) {
      const key = `${ref.row}/${ref.column}`;
      const overlaid = overlay?.get(key);
      if (overlaid !== undefined) { terms.push({ sign, value: overlaid }); continue; }
      const lookup = lookupCell({ model }, equation.table, ref);
      if (lookup.status !== 'known') return undefined;
      terms.push({ sign, value: lookup.value });
    }
  }
  return { value: terms.reduce((sum, t) => sum + t.sign * t.value, 0), terms };
}

/** "12 + 3 − 4 = 11": every term, so the author sees which numbers make the total. */
export function sumFormula(terms: Array<{ sign: 1 | -1; value: number }>, value: number): string {
  const body = terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.value}`).join('');
  return `${body || '0'} = ${value}`;
}

/** Codes of the equations whose target is a 总计 (a fillable total, not the balance's 结转). */
export const TOTAL_CODES: ReadonlySet<string> = new Set<RuleCode>(['table3.rowTotal', 'table3.resultTotal', 'table4.total']);

/**
 * Every total the terms determine, computed to a fixed point so that totals of totals
 * ((七)总计 · 总计) follow: cell key `row/column` → value. A total given two different
 * values by two equations (inconsistent data) is left out.
 */
export function computableTotals(model: ReportModel, table: Equation['table']): Map<string, number> {
  const equations = model.format.equations.filter((e) => e.table === table && TOTAL_CODES.has(e.code));
  let values = new Map<string, number>();
  // Each pass recomputes from the previous pass's totals; the chain is at most three deep.
  for (let pass = 0; pass < 5; pass++) {
    const next = new Map<string, number>();
    const conflicts = new Set<string>();
    for (const equation of equations) {
      const key = `${equation.target.row}/${equation.target.column}`;
      const expected = expectedValue(model, equation, values);
      if (!expected) continue;
      if (next.has(key) && next.get(key) !== expected.value) conflicts.add(key);
      next.set(key, expected.value);
    }
    for (const key of conflicts) next.delete(key);
    const stable = next.size === values.size && [...next].every(([k, v]) => values.get(k) === v);
    values = next;
    if (stable) break;
  }
  return values;
}

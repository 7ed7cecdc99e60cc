import * as assert from 'assert';
import fc from 'fast-check';
import { buildModel, evaluate } from '../../../core/src';
import { balancing } from '../../../core/src/rules/balance';
import { realisticReport } from '../../helpers/realistic';
import { writeReport } from '../../helpers/reportText';
import { realReports } from '../robustness/properties';

/**
 * The arithmetic's fast path (rules/balance.ts) decides the equations that hold or do not apply without building
 * lookups; `evaluate` decides the rest. It is sound only if it agrees with `evaluate` wherever it decides: 1 ⇔
 * holds, 2 ⇒ notApplicable. Checked on reports whose table lines get cells blanked, spoilt, changed or cut off,
 * and rows dropped or duplicated.
 */
const CELL_EDITS = ['', ' ', '0', '1', '12', 'x', '-3', '1.5', '無'];

function edited(text: string, edits: Array<{ line: number; cell: number; value: string; cut: boolean; drop: boolean }>): string {
  const lines = text.split('\n');
  const tableLines = lines.map((l, i) => (l.includes('|') ? i : -1)).filter((i) => i >= 0);
  for (const edit of edits) {
    const index = tableLines[edit.line % tableLines.length];
    if (edit.drop) { lines[index] = ''; continue; }
    const cells = lines[index].split('|');
    if (edit.cut) cells.length = Math.max(1, cells.length - 1 - (edit.cell % 3));
    else cells[1 + (edit.cell % Math.max(1, cells.length - 1))] = ` ${edit.value} `;
    lines[index] = cells.join('|');
  }
  return lines.join('\n');
}

function assertAgrees(text: string): void {
  const model = buildModel(text);
  const holds = [...balancing(model)];
  model.format.equations.forEach((equation, e) => {
    const status = evaluate({ model }, equation).status;
    if (holds[e] === 1) assert.strictEqual(status, 'holds', `${equation.code} ${JSON.stringify(equation.target)}`);
    else if (holds[e] === 2) assert.strictEqual(status, 'notApplicable', `${equation.code} ${JSON.stringify(equation.target)}`);
    else assert.notStrictEqual(status, 'holds', `${equation.code} ${JSON.stringify(equation.target)}: evaluate holds, the fast path did not see it`);
  });
}

describe('arithmetic fast path = evaluate where it decides', () => {
  const reports = [...realReports().map((r) => r.text), writeReport(realisticReport(5)), writeReport(realisticReport(6, '2019'))];

  it('on every real report, example and generated report as written', () => {
    for (const text of reports) assertAgrees(text);
  });

  it('on reports with table cells blanked, spoilt, changed or cut off, rows dropped (property)', () => {
    const written = reports.filter((text) => text.includes('|'));
    assert.ok(written.length >= 4);
    const edit = fc.record({ line: fc.nat(), cell: fc.nat(), value: fc.constantFrom(...CELL_EDITS), cut: fc.boolean(), drop: fc.boolean() });
    fc.assert(fc.property(fc.constantFrom(...written), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
      assertAgrees(edited(text, edits));
    }), { numRuns: 300 });
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, FORMATS, type FormatVersion } from '../../core/src';
import { cursorAt } from '../helpers/cursor';
import { withCell } from '../helpers/examples';
import { generateReport } from '../helpers/generated';
import { numbersOf } from '../helpers/imported';
import { realisticReport, stressReport } from '../helpers/realistic';
import { tableLines, writeReport } from '../helpers/reportText';

/** The shared test helpers keep their promises: generated reports are what the tests and the bench assume. */
const version = fc.constantFrom<FormatVersion>('2019', '2021');
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const noProse = { overview: [], problems: [], other: [] };

describe('test helpers: the report generator and writer', () => {
  it('a realistic report (the bench\'s) checks clean in both formats: every figure measures the no-error path', () => {
    fc.assert(fc.property(seed, version, (s, v) => {
      const report = realisticReport(s, v);
      assert.strictEqual(report.version, v);
      assert.deepStrictEqual(analyze(writeReport(report)).diagnostics.map((d) => `${d.code} ${d.message}`), []);
    }), { numRuns: 60 });
  });

  it('the writer writes every statutory row of the format, and the checker reads back exactly the generated cells', () => {
    fc.assert(fc.property(seed, version, (s, v) => {
      const report = generateReport(s, v);
      const read = numbersOf(writeReport({ ...report, prose: noProse }));
      assert.deepStrictEqual(read, report.cells);
      const rows = (['table2', 'table3', 'table4'] as const).flatMap((t) => tableLines(v, t).filter((l) => l.kind === 'row'));
      const statutory = (['table2', 'table3', 'table4'] as const).flatMap((t) => FORMATS[v].tables[t].subTables.flatMap((st) => st.rows));
      assert.deepStrictEqual(rows.map((r) => r.label), statutory.map((r) => r.label));
    }), { numRuns: 40 });
  });

  it('the same seed gives the same report; the stress document grows to the size asked for and stays clean', () => {
    assert.strictEqual(writeReport(realisticReport(9)), writeReport(realisticReport(9)));
    assert.notStrictEqual(writeReport(realisticReport(9)), writeReport(realisticReport(10)));
    const stress = stressReport(120_000);
    assert.ok(Buffer.byteLength(stress) >= 120_000 && Buffer.byteLength(stress) < 125_000, String(Buffer.byteLength(stress)));
    assert.deepStrictEqual(analyze(stress).diagnostics.map((d) => d.code), []);
  });
});

describe('test helpers: cursor marker and cell edits', () => {
  it('cursorAt removes the marker and gives the offset and the LSP position of the same place', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (before, after) => {
      fc.pre(!before.includes('‸'));
      const { text, offset, position } = cursorAt(`${before}‸${after}`);
      assert.strictEqual(text, before + after);
      assert.strictEqual(offset, before.length);
      const lines = before.split('\n');
      assert.deepStrictEqual(position, { line: lines.length - 1, character: lines[lines.length - 1].length });
    }));
    assert.throws(() => cursorAt('no marker'), /no cursor marker/);
  });

  it('withCell changes one cell of one line, found by index or by prefix, and nothing else', () => {
    const text = '标题：x\n行政许可 | 1 | 2\n行政处罚 | 3 | 4';
    assert.strictEqual(withCell(text, '行政处罚', 1, '9'), '标题：x\n行政许可 | 1 | 2\n行政处罚 | 3 | 9');
    assert.strictEqual(withCell(text, 1, 0, ''), '标题：x\n行政许可 |  | 2\n行政处罚 | 3 | 4');
    assert.throws(() => withCell(text, '行政强制', 0, '1'), /no line starts with/);
    assert.throws(() => withCell(text, 1, 2, '1'), /has no cell 2/);
  });
});

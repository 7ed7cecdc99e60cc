import * as assert from 'assert';
import * as fc from 'fast-check';
import { importText } from '../../../core/src/import';
import { generateReport, random } from '../../helpers/generated';
import { errorsOf, numbersOf } from '../../helpers/imported';
import { writeLossy, type LossyShape } from '../../helpers/lossyShapes';

/** Lossy converter text (issue 11 item 4): every number in exactly its cell, or its row reported unplaced. */
function assertPlaced(seed: number, version: '2019' | '2021', shape: LossyShape): void {
  const report = generateReport(seed, version);
  const { text: lossy, dropped } = writeLossy(report, shape, random(seed + 2));
  const { text, summary } = importText(lossy, 'text');
  const numbers = numbersOf(text);
  const context = `seed ${seed} ${version} ${JSON.stringify(shape)}\n${lossy}\n---\n${text}`;
  for (const [key, expected] of Object.entries(report.cells)) {
    if (dropped?.key === key) {
      assert.strictEqual(numbers[key], undefined, `${key} must not be shifted: ${context}`);
      assert.ok(summary.unplaced.includes([dropped.label, ...dropped.cells].join(' | ')), `${key} reported: ${context}`);
      continue;
    }
    assert.deepStrictEqual(numbers[key], expected, `${key}: ${context}`);
  }
  assert.deepStrictEqual(summary.unmapped, [], context);
  if (!dropped) assert.deepStrictEqual(errorsOf(text).filter((e) => /^(table\d|import)\./.test(e)), [], context);
}

describe('import: lossy converter text', () => {
  it('labels wrapped over lines are rejoined; numbers on the next line join their label; page furniture is dropped', () => {
    assertPlaced(1, '2021', { wrap: true, numbersBelow: false, furniture: true });
    assertPlaced(2, '2019', { wrap: true, numbersBelow: true, furniture: true });
    const { summary } = importText(writeLossy(generateReport(5, '2021'), { wrap: false, numbersBelow: false, furniture: true }, random(3)).text, 'text');
    assert.deepStrictEqual([summary.rows.found, summary.rows.expected], [34, 34]);
  });

  it('a row that lost a number is reported with its numbers, never shifted into the wrong columns', () => {
    assertPlaced(4, '2021', { wrap: true, numbersBelow: false, furniture: false, dropCell: { row: 6, column: 3 } });
  });

  it('property: any wrapping, numbers below or beside, furniture, a lost number: placed exactly or reported', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('2019' as const, '2021' as const), fc.boolean(), fc.boolean(), fc.boolean(),
      fc.option(fc.record({ row: fc.nat(40), column: fc.nat(6) }), { nil: undefined }),
      (seed, version, wrap, numbersBelow, furniture, dropCell) => assertPlaced(seed, version, { wrap, numbersBelow, furniture, dropCell }),
    ), { numRuns: 40 });
  });
});

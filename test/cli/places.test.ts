import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../core/src';
import { columnsOf, placeAt } from '../../core/src/features/locate';
import { placesOf, placeText } from '../../cli/src/batch/places';
import { example, QINGSHI, SEED } from '../helpers/examples';

/** The editor's own notion of what lies under an offset (features/locate), as the reference. */
function reference(text: string) {
  const { model, diagnostics } = analyze(text);
  return diagnostics.map((d) => {
    const place = placeAt(model, d.span.start);
    if (place.kind !== 'cell' && place.kind !== 'rowLabel') return undefined;
    const column = place.kind === 'cell' ? columnsOf(place.row)?.[place.cell.index] : undefined;
    return { table: place.row.table, column: column ? [column.group, column.label].filter(Boolean).join('·') : undefined };
  });
}

describe('row and column of table diagnostics (issue 11 item 7)', () => {
  it('names the statutory row and column, with table 四\'s group', () => {
    const text = example(QINGSHI).replace(/^(复议后起诉\s*\|.*\|\s*)(\d+)\s*$/m, (_, head: string, total: string) => head + String(Number(total) + 1));
    const { model, diagnostics } = analyze(text);
    const places = placesOf(model, diagnostics);
    const index = diagnostics.findIndex((d) => d.code === 'table4.total');
    assert.ok(index >= 0, diagnostics.map((d) => d.code).join(' '));
    assert.deepStrictEqual(places[index], { table: 'table4', row: '行政诉讼·复议后起诉', column: '总计' });
    assert.strictEqual(placeText(places[index]!, 'zh-cn'), '表四 · 行政诉讼·复议后起诉 · 总计');
  });

  it('property: agrees with the editor\'s placeAt for every diagnostic of randomly damaged reports', () => {
    const lines = example(SEED).split('\n');
    const rows = lines.map((l, i) => (/^[^#%].* \| /.test(l) ? i : -1)).filter((i) => i >= 0);
    fc.assert(fc.property(
      fc.array(fc.record({ row: fc.constantFrom(...rows), cell: fc.nat(8), value: fc.constantFrom('', 'x', '-1', '999', '1.5', '0') }), { maxLength: 12 }),
      (damage) => {
        const copy = [...lines];
        for (const { row, cell, value } of damage) {
          const parts = copy[row].split('|');
          if (cell + 1 < parts.length) parts[cell + 1] = ` ${value} `;
          copy[row] = parts.join('|');
        }
        const text = copy.join('\n');
        const { model, diagnostics } = analyze(text);
        const got = placesOf(model, diagnostics).map((p) => (p ? { table: p.table, column: p.column } : undefined));
        assert.deepStrictEqual(got, reference(text));
      },
    ), { numRuns: 60 });
  });
});

import * as assert from 'assert';
import { analyze } from '../../core/src';
import { example, QINGSHI, SEED } from '../helpers/examples';

describe('the bundled examples', () => {
  it('the seed (2020, 2019 format) has no errors and exactly the declared-decimals warning', () => {
    const { diagnostics, model } = analyze(example(SEED));
    assert.strictEqual(model.format.version, '2019');
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['cell.decimals']);
    assert.match(diagnostics[0].message, /保留 4 位小数/);
  });

  it('青石市 2024 (2021 format, real numbers) checks clean', () => {
    const { diagnostics, model } = analyze(example(QINGSHI));
    assert.strictEqual(model.format.version, '2021');
    assert.deepStrictEqual(diagnostics.map((d) => `${d.code} ${d.message}`), []);
  });
});

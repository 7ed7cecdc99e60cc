import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../core/src';
import { ROOT } from '../../helpers/examples';
import { RULE_CASES } from './cases';
import { EXTRA_EXAMPLES } from './docExamples';
import { generateRulesDoc } from './rulesDoc';

describe('docs/rules.md', () => {
  it('documents every code with an example (a case in cases.ts or an entry in docExamples.ts)', () => {
    const documented = new Set([...RULE_CASES.map((c) => c.code), ...Object.keys(EXTRA_EXAMPLES)]);
    assert.deepStrictEqual(Object.keys(RULES).filter((c) => c !== 'internal.ruleFailed' && !documented.has(c)), []);
  });

  it('is current (regenerate with `npm run docs:rules`)', () => {
    const onDisk = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    assert.strictEqual(onDisk, generateRulesDoc());
  });
});

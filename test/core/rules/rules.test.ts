import * as assert from 'assert';
import { analyze, RULES } from '../../../core/src';
import { base, RULE_CASES } from './cases';

describe('every rule, both ways', () => {
  for (const ruleCase of RULE_CASES) {
    describe(`${ruleCase.code}: ${ruleCase.change}`, () => {
      it('fires on the broken report with the numbers in the message', () => {
        const { diagnostics } = analyze(ruleCase.mutate(base(ruleCase.base)));
        const found = diagnostics.filter((d) => d.code === ruleCase.code);
        assert.ok(found.length > 0, `no ${ruleCase.code}; got ${diagnostics.map((d) => d.code).join(', ')}`);
        assert.ok(found.some((d) => ruleCase.message.test(d.message)), found.map((d) => d.message).join('\n'));
        assert.strictEqual(found[0].severity, RULES[ruleCase.code].severity);
      });
      it('stays silent on the consistent report', () => {
        const original = base(ruleCase.base);
        // Where the published base itself is the broken case, the case says how to make it consistent.
        const consistent = ruleCase.consistent ? ruleCase.consistent(original) : original;
        if (ruleCase.consistent) assert.notStrictEqual(consistent, original, 'the consistent variant changes nothing');
        const { diagnostics } = analyze(consistent);
        assert.deepStrictEqual(diagnostics.filter((d) => d.code === ruleCase.code), []);
      });
    });
  }

  it('speaks English on request', () => {
    const ruleCase = RULE_CASES.find((c) => c.code === 'table3.rowTotal')!;
    const { diagnostics } = analyze(ruleCase.mutate(base('qingshi')), { locale: 'en' });
    assert.ok(diagnostics.some((d) => d.message === '"（一）予以公开": total should be 1135 (1076 + 16 + 39 + 4), found 1134.'), diagnostics.map((d) => d.message).join('\n'));
  });
});

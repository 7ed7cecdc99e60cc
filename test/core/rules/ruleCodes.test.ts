import * as assert from 'assert';
import fc from 'fast-check';
import {
  analyze, buildModel, isRuleCode, parseConfig, RULE_CODES, RULES, severitiesFor, type SeverityOverrides,
} from '../../../core/src';
import type { Equation } from '../../../core/src/formats';
import { RuleContext, type Rule } from '../../../core/src/rules';
import { runRules } from '../../../core/src/service';
import { parseRuleFlags } from '../../../cli/src/check';
import { SettingsStore } from '../../../server/src/settings';

const SPAN = { start: 0, end: 0 };
const contextOf = (text: string, severities: SeverityOverrides = {}) => new RuleContext(buildModel(text), 'en', severities);

describe('rule codes are a type', () => {
  it('a code that is not in the catalogue does not compile (tsc checks the @ts-expect-error lines) and is not a RuleCode', () => {
    const context = contextOf('年度：2021\n');
    // Never called: tsc compiles these lines, and fails if any of them type-checks.
    const typeErrors = () => {
      // @ts-expect-error 'no.such.code' is not a RuleCode
      context.report('no.such.code', SPAN);
      // @ts-expect-error a misspelt code in an equation
      const equation: Equation = { code: 'table3.rowTotals', table: 'table3', target: { row: 'new', column: 'total' }, plus: [], minus: [] };
      // @ts-expect-error severity overrides are keyed by RuleCode
      const overrides: SeverityOverrides = { 'cell.blanks': 'off' };
      return [equation, overrides];
    };
    assert.strictEqual(typeof typeErrors, 'function');
    assert.strictEqual(isRuleCode('no.such.code'), false);
    context.report('cell.blank', SPAN, { row: 'r', column: 'c', marker: '/' });
    assert.deepStrictEqual(context.diagnostics.map((d) => d.code), ['cell.blank']);
  });

  it('isRuleCode accepts exactly the catalogue keys: not prototype names, families or near misses', () => {
    for (const code of RULE_CODES) assert.ok(isRuleCode(code), code);
    assert.deepStrictEqual(RULE_CODES, Object.keys(RULES));
    for (const value of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'text.*', 'cell.blank ', 'Cell.blank', '', 42, null, undefined, {}]) {
      assert.strictEqual(isRuleCode(value), false, String(value));
    }
    fc.assert(fc.property(fc.string(), (value) => isRuleCode(value) === RULE_CODES.includes(value as never)));
  });

  it('the faded ("unnecessary") tag is catalogue data, on the blank cell only', () => {
    assert.deepStrictEqual(RULE_CODES.filter((code) => RULES[code].tags?.includes('unnecessary')), ['cell.blank']);
  });

  it('equations and inequalities of both formats name catalogue codes', () => {
    const { model } = analyze('年度：2020\n');
    const { model: model2021 } = analyze('年度：2021\n');
    for (const format of [model.format, model2021.format]) {
      for (const relation of [...format.equations, ...format.inequalities]) assert.ok(isRuleCode(relation.code), relation.code);
    }
  });
});

describe('codes from user input go through the guard; unknown codes change nothing', () => {
  it('config file: a family expands to catalogue codes, an unknown code is a problem and sets no severity', () => {
    const { config, problems } = parseConfig(JSON.stringify({ rules: { 'text.*': 'off', 'no.such': 'error' }, ignore: ['nope.*'] }), 'en');
    assert.deepStrictEqual(problems, ['"no.such" is not a zfxxgk rule code.', '"nope.*" is not a zfxxgk rule code.']);
    assert.deepStrictEqual(severitiesFor(config, 'a.zfxxgk'), { 'text.tableMismatch': 'off' });
  });

  it('CLI --rule: a known code is set, an unknown one is ignored as before, a bad level is a usage error', () => {
    assert.deepStrictEqual(parseRuleFlags(['cell.decimals=off', 'no.such=error'], 'en'), { 'cell.decimals': 'off' });
    assert.throws(() => parseRuleFlags(['cell.decimals=loud'], 'en'));
  });

  it('editor settings: only catalogue codes become severity overrides', () => {
    const store = new SettingsStore({ settings: { rules: { 'cell.decimals': 'off', 'no.such': 'error', toString: 'off' } } });
    assert.deepStrictEqual(store.current.severities, { 'cell.decimals': 'off' });
  });

  it('a suppression naming an unknown code is reported and suppresses nothing', () => {
    const seedLike = '年度：2021\n%% zfxxgk-disable-next-line no.such 理由\n年度：2022\n';
    const codes = analyze(seedLike).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('suppress.unknownRule'), codes.join());
    assert.ok(codes.includes('header.duplicate'), codes.join());
  });
});

describe('a rule unit that throws', () => {
  const throwing: Rule = { name: 'throwingUnit', check() { throw new Error('boom in the unit'); } };
  const reporting: Rule = { name: 'reporting', check(context) { context.report('header.missingAgency', SPAN); } };

  it('yields internal.ruleFailed naming the unit and its error, and the other units still run', () => {
    const context = contextOf('年度：2021\n');
    runRules(context, [reporting, throwing, reporting]);
    assert.deepStrictEqual(context.diagnostics.map((d) => d.code), ['header.missingAgency', 'internal.ruleFailed', 'header.missingAgency']);
    const failed = context.diagnostics[1];
    assert.strictEqual(failed.severity, 'error');
    assert.match(failed.message, /^Rule unit throwingUnit failed; please report this: Error: boom in the unit/);
    assert.deepStrictEqual(failed.span, SPAN);
  });

  it('a thrown non-Error is reported too, and the severity of internal.ruleFailed can be overridden like any code', () => {
    const context = contextOf('年度：2021\n', { 'internal.ruleFailed': 'warning' });
    runRules(context, [{ name: 'stringThrower', check() { throw 'plain string'; } }]);
    assert.deepStrictEqual(context.diagnostics.map((d) => [d.code, d.severity, d.message]),
      [['internal.ruleFailed', 'warning', 'Rule unit stringThrower failed; please report this: plain string']]);
  });
});

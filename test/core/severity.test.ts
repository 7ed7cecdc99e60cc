import * as assert from 'assert';
import fc from 'fast-check';
import { atLeast, countBySeverity, isSeverity, isSeverityLevel, SEVERITY_ORDER, type Severity } from '../../core/src';

describe('severity levels: one list for config, settings and the CLI', () => {
  it('knows the four levels and off, nothing else', () => {
    assert.deepStrictEqual([...SEVERITY_ORDER], ['error', 'warning', 'information', 'hint']);
    assert.ok(SEVERITY_ORDER.every((s) => isSeverity(s) && isSeverityLevel(s)));
    assert.ok(isSeverityLevel('off') && !isSeverity('off'));
    for (const bad of ['Error', 'info', 'warn', '', 'none', 3, null]) assert.ok(!isSeverityLevel(bad), String(bad));
  });

  it('property: counts by severity add up to the diagnostics and agree with the order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom<Severity>(...SEVERITY_ORDER)), fc.constantFrom<Severity>(...SEVERITY_ORDER), (severities, min) => {
      const counts = countBySeverity(severities.map((severity) => ({ severity })));
      const of = (s: Severity) => severities.filter((x) => x === s).length;
      assert.deepStrictEqual(counts, { errors: of('error'), warnings: of('warning'), information: of('information'), hints: of('hint') });
      const atOrAbove = SEVERITY_ORDER.filter((s) => atLeast(s, min));
      assert.deepStrictEqual(atOrAbove, SEVERITY_ORDER.slice(0, SEVERITY_ORDER.indexOf(min) + 1));
    }));
  });
});

import * as assert from 'assert';
import { analyze, globToRegExp, matchesGlob, parseConfig, severitiesFor } from '../../core/src';
import { example, SEED } from '../helpers/examples';

describe('the severity config file (zfxxgk.config.json)', () => {
  it('globs: ** across folders, * within a name, {a,b}; a bare pattern matches a name at any depth', () => {
    assert.ok(matchesGlob('archive/**', 'archive/2019/a.zfxxgk'));
    assert.ok(!matchesGlob('archive/*', 'archive/2019/a.zfxxgk'));
    assert.ok(matchesGlob('*-draft.zfxxgk', 'county/民政局-draft.zfxxgk'));
    assert.ok(matchesGlob('{2019,2020}/**/*.zfxxgk', '2020/x/y.zfxxgk'));
    assert.ok(!matchesGlob('{2019,2020}/**/*.zfxxgk', '2021/y.zfxxgk'));
    assert.strictEqual(globToRegExp('a.b?').test('a.bc'), true);
    assert.strictEqual(globToRegExp('a.b?').test('axbc'), false, 'dots are literal');
  });

  it('per-rule severity, ignored rules (families too), then per-file overrides in order', () => {
    const { config, problems } = parseConfig(JSON.stringify({
      rules: { 'cell.decimals': 'error', 'text.*': 'hint' },
      ignore: ['repeat.lastYear'],
      overrides: [{ files: ['archive/**'], ignore: ['cell.*'] }, { files: '*-draft.zfxxgk', rules: { 'section.problemsEmpty': 'information' } }],
    }));
    assert.deepStrictEqual(problems, []);
    const root = severitiesFor(config, 'a.zfxxgk');
    assert.strictEqual(root['cell.decimals'], 'error');
    assert.strictEqual(root['text.tableMismatch'], 'hint');
    assert.strictEqual(root['repeat.lastYear'], 'off');
    assert.strictEqual(severitiesFor(config, 'archive/2020/a.zfxxgk')['cell.decimals'], 'off');
    assert.strictEqual(severitiesFor(config, 'x/b-draft.zfxxgk')['section.problemsEmpty'], 'information');
    assert.strictEqual(analyze(example(SEED), { severities: root }).diagnostics[0].severity, 'error');
  });

  it('lists every problem in the file and keeps what is valid', () => {
    const { config, problems } = parseConfig(JSON.stringify({ rules: { 'cell.decimals': 'fatal', 'no.such': 'off' }, colour: 1, overrides: [{ rules: {} }] }), 'en');
    assert.deepStrictEqual(problems, [
      'Unknown setting "colour".',
      '"rules.cell.decimals" must be error, warning, information, hint or off.',
      '"no.such" is not a zfxxgk rule code.',
      '"overrides[0].files" must be a glob or an array of globs.',
    ]);
    assert.deepStrictEqual(config.rules, { 'no.such': 'off' });
    assert.match(parseConfig('{ rules: 1 }').problems[0], /不是有效的 JSON/);
  });
});

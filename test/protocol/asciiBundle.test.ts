import * as assert from 'assert';
import * as path from 'path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { ROOT } from '../helpers/examples';

type Escape = (source: string) => { text: string; escaped: number; left: number };

/** scripts/ascii.mjs is an ES module of the build; the tests are CommonJS. */
async function loadEscape(): Promise<Escape> {
  const load = new Function('p', 'return import(p)') as (p: string) => Promise<{ escapeRegexLiterals: Escape }>;
  return (await load(path.join(ROOT, 'scripts', 'ascii.mjs'))).escapeRegexLiterals;
}

// Characters of the kind the core's regexes hold: ASCII, CJK, full-width punctuation, astral characters.
const CHARS = ['a', 'b', '1', ' ', '中', '文', '（', '）', '【', '】', '｜', '　', '𠀀', '😀'];
const char = fc.constantFrom(...CHARS);
const atom = fc.oneof(
  char.map((c) => c),
  fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => `[${cs.join('')}]`),
  fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => `[^${cs.join('')}]`),
  fc.array(char, { minLength: 1, maxLength: 3 }).map((cs) => `(?:${cs.join('')})`),
  // An identity escape (`\（`), valid without the u flag only.
  fc.constantFrom('中', '（', '😀').map((c) => `\\${c}`),
);
const pattern = fc.array(fc.tuple(atom, fc.constantFrom('', '+', '*', '?')), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([a, q]) => a + q).join(''));
const subject = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));

describe('production bundles are ASCII (scripts/ascii.mjs: regex literals escaped)', () => {
  let escapeRegexLiterals: Escape;
  before(async () => { escapeRegexLiterals = await loadEscape(); });

  it('an escaped regex literal matches exactly what the literal as written matched, with and without the u flag', async () => {
    fc.assert(fc.property(pattern, fc.constantFrom('', 'u', 'g', 'gu'), fc.array(subject, { minLength: 1, maxLength: 5 }), (body, flags, subjects) => {
      fc.pre(!(flags.includes('u') && body.includes('\\')));
      const source = `module.exports = [/${body}/${flags}, 1 / 2 / 3];`;
      const { text, escaped } = escapeRegexLiterals(source);
      assert.ok(!/[^\x00-\x7f]/.test(text), text);
      assert.strictEqual(escaped, [...body].reduce((n, c) => n + (c.charCodeAt(0) > 0x7f ? (c.length) : 0), 0));
      const run = (js: string) => { const module = { exports: [] as unknown[] }; new Function('module', js)(module); return module.exports as [RegExp, number]; };
      const [written, quotient] = run(source);
      const [ascii, quotientAfter] = run(text);
      assert.strictEqual(quotientAfter, quotient, 'a division is not a regex');
      for (const s of subjects) assert.deepStrictEqual(ascii.exec(s)?.slice(), written.exec(s)?.slice(), `${body}/${flags} on ${s}`);
    }), { numRuns: 400 });
  });

  it('touches nothing outside regex literals (strings, tagged templates, comments stay as written)', () => {
    const source = 'const a = "中文"; const b = String.raw`（${1}）`; /* 注释 */ const c = /（x）/u;';
    const { text, escaped, left } = escapeRegexLiterals(source);
    assert.strictEqual(text, 'const a = "中文"; const b = String.raw`（${1}）`; /* 注释 */ const c = /\\uff08x\\uff09/u;');
    assert.strictEqual(escaped, 2);
    assert.strictEqual(left, 6, 'what stays non-ASCII is counted');
  });

  it('leaves nothing non-ASCII in the production server bundle (esbuild escapes the rest)', async function () {
    this.timeout(60000);
    // Built here as scripts/build.mjs --production builds it (minified: no comments), whatever dist/ holds now.
    const built = await esbuild.build({
      entryPoints: [path.join(ROOT, 'server', 'src', 'main.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      minify: true, legalComments: 'none', write: false, logLevel: 'silent',
    });
    const bundle = built.outputFiles[0].text;
    assert.ok(/[^\x00-\x7f]/.test(bundle), 'esbuild leaves the regexes\' Chinese as written');
    const { text, left } = escapeRegexLiterals(bundle);
    assert.strictEqual(left, 0);
    assert.ok(text.length > bundle.length);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../core/src';
import { cliLocale } from '../../cli/src/main';
import { TEXT as CLI_TEXT } from '../../cli/src/messages';
import { ROOT } from '../helpers/examples';

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('every user-visible message exists in Chinese and in English', () => {
  it('each diagnostic code: title, source and every message template in zh-cn (Chinese) and en, with the same placeholders', () => {
    assert.ok(Object.keys(RULES).length > 40);
    for (const [code, rule] of Object.entries(RULES)) {
      for (const [what, text] of [['title', rule.title], ['source', rule.source], ...Object.entries(rule.messages).map(([k, v]) => [`message ${k}`, v] as const)] as const) {
        assert.ok(text['zh-cn'].trim() && text.en.trim(), `${code} ${what} is missing a language`);
        // Same parameters in both, except the Chinese section numeral (一…六), which English does not use.
        const zh = placeholders(text['zh-cn']).filter((p) => p !== 'numeral');
        assert.deepStrictEqual(placeholders(text.en), zh, `${code} ${what}: placeholders differ`);
      }
      for (const [variant, text] of Object.entries(rule.messages)) assert.match(text['zh-cn'], HAN, `${code} ${variant} zh-cn is not Chinese`);
    }
  });

  it('package.nls.json (English) and package.nls.zh-cn.json (Chinese) have the same keys, and package.json uses only those', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh)) assert.match(value, HAN, `package.nls.zh-cn.json ${key} is not Chinese`);
    const used = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.includes('command.newReport') && used.includes('walkthrough.title'));
    for (const key of used) assert.ok(key in en, `package.json uses %${key}% but package.nls.json lacks it`);
  });

  it('every string the client passes to vscode.l10n.t has a Chinese translation in l10n/bundle.l10n.zh-cn.json', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const used = new Set(sourceFiles('client/src').flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\(['"`\\])/g, '$1'))));
    assert.ok(used.size > 0, 'no vscode.l10n.t calls found');
    for (const source of used) {
      assert.ok(!HAN.test(source), `l10n source strings are English: ${source}`);
      assert.ok(bundle[source] && /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/.test(bundle[source]), `no Chinese for "${source}"`); // Han or full-width punctuation
    }
    for (const key of Object.keys(bundle)) assert.ok(used.has(key), `stale l10n key "${key}"`);
  });

  it('every CLI text exists in both languages with the same placeholders', () => {
    for (const [key, text] of Object.entries(CLI_TEXT) as Array<[string, Record<'zh-cn' | 'en', string>]>) {
      assert.match(text['zh-cn'], HAN, `CLI ${key}`);
      assert.ok(text.en.trim() && !HAN.test(text.en.replace(/[“”][^“”]*[“”]|\S*[\u4e00-\u9fff]\S*/g, '')) , `CLI ${key} en`);
      assert.deepStrictEqual(placeholders(text.en), placeholders(text['zh-cn']), `CLI ${key}`);
    }
  });

  it('the CLI follows --lang, then LC_ALL / LC_MESSAGES / LANG, and is Chinese by default', () => {
    assert.strictEqual(cliLocale(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.strictEqual(cliLocale(undefined, { LANG: 'en_US.UTF-8' }), 'en');
    assert.strictEqual(cliLocale(undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }), 'en');
    assert.strictEqual(cliLocale('en', { LANG: 'zh_CN.UTF-8' }), 'en');
    assert.strictEqual(cliLocale('zh', { LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.strictEqual(cliLocale(undefined, { LANG: 'C.UTF-8' }), 'zh-cn');
    assert.strictEqual(cliLocale(undefined, {}), 'zh-cn');
  });
});

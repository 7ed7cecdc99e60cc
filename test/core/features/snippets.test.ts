import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../core/src';
import { snippetsFile, snippetsJson } from '../../../core/src/features/snippets';
import { ROOT } from '../../helpers/examples';

/** A snippet body with its tab stops resolved to their defaults, as VS Code inserts it. */
function expand(body: string[]): string {
  const defaults = new Map<string, string>();
  return body.join('\n').replace(/\$\{(\d+)(?::([^}]*))?\}|\$(\d+)/g, (_, n1: string, value: string | undefined, n2: string) => {
    const n = n1 ?? n2;
    if (value !== undefined) defaults.set(n, value);
    return value ?? defaults.get(n) ?? (n === '0' ? '' : '正文。');
  });
}

describe('snippets', () => {
  it('the checked-in snippets/zfxxgk.json is the one generated from the format data (node scripts/gen-snippets.mjs)', () => {
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'snippets', 'zfxxgk.json'), 'utf8'), snippetsJson());
  });

  for (const version of ['2019', '2021'] as const) {
    it(`the ${version} skeleton is a complete report: every section, caption and row at 0, no structural finding`, () => {
      const snippet = snippetsFile()[`年度报告（${version}年格式）`];
      const text = expand(snippet.body);
      const { model, diagnostics } = analyze(text);
      assert.strictEqual(model.format.version, version);
      assert.ok(text.startsWith(`标题：某某机关${version === '2019' ? 2020 : 2024}年政府信息公开工作年度报告\n机关：某某机关\n`));
      const allRows = Object.values(model.format.tables).flatMap((t) => t.subTables.flatMap((s) => s.rows));
      assert.strictEqual(Object.values(model.tables).reduce((n, t) => n + t.rows.size, 0), allRows.length);
      // Only the section-content reminders remain (the prose is the author's to write).
      assert.deepStrictEqual(diagnostics.map((d) => d.code).filter((c) => !c.startsWith('section.')), []);
    });
  }

  it('has a single-table snippet for each table of each version', () => {
    const names = Object.keys(snippetsFile());
    assert.deepStrictEqual(names, ['年度报告（2021年格式）', '表二（2021年格式）', '表三（2021年格式）', '表四', '年度报告（2019年格式）', '表二（2019年格式）', '表三（2019年格式）']);
    assert.deepStrictEqual(snippetsFile()['表四'].body, ['行政复议 | 0 | 0 | 0 | 0 | 0', '未经复议直接起诉 | 0 | 0 | 0 | 0 | 0', '复议后起诉 | 0 | 0 | 0 | 0 | 0']);
  });
});

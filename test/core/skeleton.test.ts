import * as assert from 'assert';
import { analyze, FORMATS, reportSkeleton } from '../../core/src';
import { snippetsFile } from '../../core/src/features/snippets';

describe('the new-report skeleton (generated from the format data)', () => {
  for (const [year, version] of [[2020, '2019'], [2024, '2021']] as const) {
    it(`${year} (${version} format) checks clean and lists every statutory row`, () => {
      const text = reportSkeleton({ year, agency: '某某县人民政府' });
      const { model, diagnostics } = analyze(text);
      assert.strictEqual(model.format.version, version);
      assert.deepStrictEqual(diagnostics.map((d) => `${d.code} ${d.message}`), []);
      assert.match(text, new RegExp(`^标题：某某县人民政府${year}年政府信息公开工作年度报告\\n机关：某某县人民政府\\n年度：${year}\\n格式：${version}\\n`));
      for (const table of Object.values(FORMATS[version].tables)) {
        for (const sub of table.subTables) for (const row of sub.rows) assert.ok(text.includes(`\n${row.label}`), row.label);
      }
      assert.match(text, /\n（一）予以公开 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0\n/);
      assert.match(text, /\n（三）不予公开\n/, 'group rows carry no numbers');
    });
  }

  it('without an agency, a placeholder is written (and still checks clean)', () => {
    const text = reportSkeleton({ year: 2025 });
    assert.match(text, /^标题：（机关名称）2025年/);
    assert.deepStrictEqual(analyze(text).diagnostics.map((d) => d.code), []);
  });

  it('as a snippet: the agency is tab stop 1 (mirrored), prose sections are tab stops, $ } \\ are escaped', () => {
    const snippet = reportSkeleton({ year: 2024, agency: 'A$B}C', snippet: true });
    assert.ok(snippet.startsWith('标题：${1:A\\$B\\}C}2024年'));
    assert.strictEqual(snippet.split('${1:A\\$B\\}C}').length - 1, 3);
    assert.match(snippet, /\n# 五、存在的主要问题及改进情况\n\$\{3:（如实说明存在的主要问题及改进情况。）\}\n/);
    assert.ok(snippet.endsWith('$0'));
  });

  it('the report snippet (snippets/zfxxgk.json) is this skeleton: expanded with its defaults, the same text', () => {
    for (const [year, version] of [[2020, '2019'], [2024, '2021']] as const) {
      const body = snippetsFile()[`年度报告（${version}年格式）`].body.join('\n');
      assert.match(body, new RegExp(`^标题：\\$\\{1:某某机关\\}\\$\\{2:${year}\\}年`), 'agency and year are tab stops 1 and 2');
      const expanded = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0$/, '');
      assert.strictEqual(expanded, reportSkeleton({ year, agency: '某某机关' }));
    }
  });
});

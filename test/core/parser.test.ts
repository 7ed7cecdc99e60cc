import * as assert from 'assert';
import { analyze, buildModel } from '../../core/src';

describe('parser and model', () => {
  it('keeps prose verbatim: URLs, numbers, 1. lists, pipes and hashtags', () => {
    const prose = ['详见 http://www.example.gov.cn/a|b?x=1#frag', '1.把握重点 | 巩固成果', '#政务公开# 话题', '　　２０２４年，共 12 件。'];
    const text = `年度：2024\n# 一、总体情况\n${prose.join('\n')}\n`;
    const model = buildModel(text);
    assert.deepStrictEqual(model.sections[0].items.map((i) => (i.kind === 'prose' ? i.text : i.kind)), prose);
  });

  it('recovers from a heading without a title and goes on parsing', () => {
    const text = '年度：2021\n#   \n# 二、主动公开政府信息情况\n## 第二十条第（五）项\n行政许可 | 3\n';
    const { model, diagnostics } = analyze(text);
    const syntax = diagnostics.filter((d) => d.code === 'syntax.headingTitle');
    assert.strictEqual(syntax.length, 1);
    assert.strictEqual(syntax[0].range.start.line, 1);
    assert.strictEqual(model.tables.table2.rows.get('licensing')?.cells[0].value, 3);
  });

  it('accepts full-width pipes, colons, brackets, digits and spaces', () => {
    const text = '年度：２０２１\n＃　三、收到和处理政府信息公开申请情况\n（ 一 ）予以公开｜１｜０｜０｜０｜０｜０｜１\n';
    const model = buildModel(text);
    assert.strictEqual(model.year, 2021);
    const row = model.tables.table3.rows.get('granted')!;
    assert.deepStrictEqual(row.cells.map((c) => c.value), [1, 0, 0, 0, 0, 0, 1]);
  });

  it('reads every spelling variant of a label as the same row', () => {
    const variants = [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(二) 部分公开(区分处理的,只计这一情形,不计其他情形)', '部分公开', '( 二) 部分公开',
    ];
    for (const label of variants) {
      const model = buildModel(`年度：2021\n# 三、收到和处理政府信息公开申请情况\n${label} | 0 | 0 | 0 | 0 | 0 | 0 | 0\n`);
      assert.ok(model.tables.table3.rows.has('partial'), label);
    }
    for (const label of ['3.危及"三安全一稳定"', '3、危及“三安全一稳定”', '3．危及‘三安全一稳定’', '危及三安全一稳定']) {
      const model = buildModel(`年度：2021\n# 三、收到和处理政府信息公开申请情况\n${label} | 0 | 0 | 0 | 0 | 0 | 0 | 0\n`);
      assert.ok(model.tables.table3.rows.has('refused.threeSecurity'), label);
    }
    const split = buildModel('年度：2021\n# 三、收到和处理政府信息公开申请情况\n1.属于 国家 秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n');
    assert.ok(split.tables.table3.rows.has('refused.stateSecret'));
  });

  it('reads money exactly, signed 2019 changes, thousands separators and blanks', () => {
    const text = '年度：2019\n# 二、主动公开政府信息情况\n## 第二十条第（五）项\n行政许可 | 1,808 | -417 | 298\n## 第二十条第（九）项\n政府集中采购 | 2 | 0.1\n## 第二十条第（八）项\n行政事业性收费 | / | —\n';
    const model = buildModel(text);
    assert.deepStrictEqual(model.tables.table2.rows.get('licensing')!.cells.map((c) => c.value), [1808, -417, 298]);
    const money = model.tables.table2.rows.get('procurement')!.cells[1].decimal!;
    assert.deepStrictEqual(money, { scaled: 1n, scale: 1 });
    assert.deepStrictEqual(model.tables.table2.rows.get('fees')!.cells.map((c) => c.problem), ['blank', 'blank']);
  });

  it('accepts CRLF, lone CR and a BOM-free text of any shape without throwing', () => {
    for (const text of ['', '\r', '\r\n', '#', '##', '|', '｜｜｜', '年度：\r# 三、收到和处理政府信息公开申请情况\r总计|1|2\r', '\u0000\uffff\ud800']) {
      const { diagnostics } = analyze(text);
      for (const d of diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end);
    }
  });

  it('picks the format version: 格式, then 年度, then the labels', () => {
    assert.strictEqual(buildModel('年度：2020\n').format.version, '2019');
    assert.strictEqual(buildModel('年度：2021\n').format.version, '2021');
    assert.strictEqual(buildModel('年度：2021\n格式：国办公开办函〔2019〕60号\n').format.version, '2019');
    const guessed = buildModel('# 二、主动公开政府信息情况\n## 第二十条第（九）项\n政府集中采购 | 0 | 0\n');
    assert.deepStrictEqual([guessed.format.version, guessed.formatBasis], ['2019', 'content']);
  });

  it('keeps the header to the leading key lines; later key-like lines are preamble prose', () => {
    const model = buildModel('标题：某报告\n年度：2021\n\n本报告由某局编制。\n年度：2020\n# 一、总体情况\n');
    assert.strictEqual(model.year, 2021);
    assert.deepStrictEqual(model.preamble.map((p) => p.text), ['本报告由某局编制。', '年度：2020']);
  });
});

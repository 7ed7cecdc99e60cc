import * as assert from 'assert';
import { analyze, createLanguageService } from '../../../core/src';
import { claimVerdict } from '../../../core/src/features/proseClaims';
import { escapeMarkdown } from '../../../core/src/text/markdown';
import { example, QINGSHI, replaceLine, replaceNth, withCell } from '../../helpers/examples';

function hoverAt(text: string, needle: string, delta: number, locale: 'zh-cn' | 'en' = 'zh-cn') {
  const analysis = analyze(text, { locale });
  return createLanguageService().hover(analysis, analysis.model.index.positionAt(text.indexOf(needle) + delta)) ?? undefined;
}

describe('hover', () => {
  const qingshi = example(QINGSHI);

  it('on a cell: its row and column, unit, and the totals it feeds', () => {
    const value = hoverAt(qingshi, '（一）予以公开 | 1075', 12)!.contents.value;
    assert.match(value, /\*\*（一）予以公开\*\* · \*\*自然人\*\*/);
    assert.match(value, /单位：件/);
    assert.match(value, /计入：（一）予以公开 · 总计（总计 = 自然人 \+ 各类法人或其他组织）；（七）总计 · 自然人/);
  });

  it('on a total: the sum that gives it, with the numbers', () => {
    const value = hoverAt(qingshi, '| 2548', 3)!.contents.value;
    assert.match(value, /2456 \+ 40 \+ 0 \+ 0 \+ 46 \+ 6 = 2548 ✓/);
    const review = hoverAt(qingshi, '| 261', 3)!.contents.value;
    assert.match(review, /\*\*行政复议\*\* · \*\*总计\*\*/);
    assert.match(review, /58 \+ 41 \+ 133 \+ 29 = 261 ✓/);
  });

  it('on a cell with a diagnostic: the rule, its message and its statutory source', () => {
    const text = qingshi.replace('| 1134', '| 1135');
    const hover = hoverAt(text, '| 1135', 3)!;
    assert.match(hover.contents.value, /= 1134（实为 1135）/);
    assert.match(hover.contents.value, /\*\*行总计不等于各类申请人之和\*\* `table3.rowTotal`/);
    assert.match(hover.contents.value, /依据：表格“总计”栏的含义（各项之和）/);
    const line = text.split('\n')[36];
    assert.deepStrictEqual(hover.range, { start: { line: 36, character: line.indexOf('1135') }, end: { line: 36, character: line.indexOf('1135') + 4 } });
  });

  it('on a label: the row documentation; on a heading: the section documentation; in English too', () => {
    assert.match(hoverAt(qingshi, '（一）予以公开', 1, 'en')!.contents.value, /Fully disclosed[\s\S]*Columns：自然人/);
    assert.match(hoverAt(qingshi, '# 三、', 3)!.contents.value, /按申请人类别统计的固定表格/);
    assert.match(hoverAt(qingshi, '格式：2021', 0)!.contents.value, /本报告按 2021 年格式（国办公开办函〔2021〕30号）检查/);
  });

  it('on a count in the prose of section 一: the cells it was compared with and the verdict, in either language', () => {
    const agrees = hoverAt(qingshi, '申请 2548 件', 2)!;
    assert.strictEqual(agrees.contents.value,
      '“受理政府信息公开申请 2548 件”与表三（收到和处理政府信息公开申请情况）“一、本年新收政府信息公开申请数量 · 总计”一致：2548 ✓（转到定义可打开该单元格）');
    const line = qingshi.split('\n').findIndex((l) => l.includes('申请 2548 件'));
    const words = qingshi.split('\n')[line].indexOf('受理政府信息公开申请 2548 件');
    assert.deepStrictEqual(agrees.range, { start: { line, character: words }, end: { line, character: words + '受理政府信息公开申请 2548 件'.length } });
    assert.match(hoverAt(qingshi, '维持 26 件', 2, 'en')!.contents.value,
      /^"结果维持 26 件" agrees with Table 四 \(review and litigation\) "未经复议直接起诉 · 结果维持" \+ "复议后起诉 · 结果维持": 17 \+ 9 = 26 ✓ \(Go to Definition opens the cells\)$/);
    // Differs: the verdict, then the diagnostic.
    const differs = hoverAt(qingshi.replace('申请 2548 件', '申请 2549 件'), '申请 2549 件', 2)!.contents.value;
    assert.match(differs, /^“受理政府信息公开申请 2549 件”与表三.*不一致：表中为 2548[\s\S]*`text.tableMismatch`/);
    // A cell it needs holds no number: which one, and why, and no comparison claimed.
    const blank = hoverAt(withCell(qingshi, '一、本年新收', 6, ''), '申请 2548 件', 2)!.contents.value;
    assert.strictEqual(blank, '“受理政府信息公开申请 2548 件”未与表格核对：“一、本年新收 · 总计”空白。');
    const noSuits = hoverAt(replaceLine(qingshi, '复议后起诉', ''), '行政诉讼 54 件', 2, 'en')!.contents.value;
    assert.strictEqual(noSuits, '"行政诉讼 54 件" is not compared with the tables: "复议后起诉 · 总计": row not written.');
    const unreadable = hoverAt(withCell(qingshi, '一、本年新收', 6, '25x8'), '申请 2548 件', 2)!.contents.value;
    assert.match(unreadable, /“一、本年新收 · 总计”无法读取。$/);
  });

  it('on a prose count the check stands down on: why it was not compared', () => {
    const bailu = example('bailu/2024-bailu-shi.zfxxgk');
    assert.strictEqual(hoverAt(bailu, '行政复议案件118件', 2)!.contents.value, '“行政复议案件118件”未与表格核对：含“备案”，可能是另一统计口径。');
    assert.strictEqual(hoverAt(bailu, '行政复议案件118件', 2, 'en')!.contents.value,
      '"行政复议案件118件" is not compared with the tables: the words "备案" may mean another scope.');
    // Every reason the scope check gives (scope.ts) has its own words in both languages.
    const claim = { metric: 'new', span: { start: 0, end: 1 }, number: { start: 0, end: 1, value: 1 }, quote: '受理 1 件', status: 'standDown' } as const;
    const seen = new Set<string>();
    for (const reason of ['region', 'otherYear', 'otherBody', 'list', 'approximate', 'parent', undefined, '同比']) {
      for (const locale of ['zh-cn', 'en'] as const) {
        const text = claimVerdict(analyze(qingshi).model, { ...claim, reason }, locale);
        assert.ok(!/undefined|\$\{/.test(text) && !seen.has(text), text);
        seen.add(text);
      }
    }
  });

  it('the words of a stand-down reason are the author\'s: Markdown in them shows as text', () => {
    const text = replaceNth(qingshi, '全年共受理政府信息公开申请 2548 件，', '其中[点此](https://evil.invalid/x)<img src=x onerror=alert(1)>县受理 12 件，全年共受理政府信息公开申请 2548 件，');
    const value = hoverAt(text, '受理 12 件', 2)!.contents.value;
    assert.ok(value.includes(`含“${escapeMarkdown('其中[点此](https://evil.invalid/x)<img src=x onerror=alert(1)>县')}”`), value);
    assert.doesNotMatch(value, /(?<!\\)\]\(|(?<!\\)<img/);
  });

  it('has nothing to say on plain prose', () => {
    assert.strictEqual(hoverAt(qingshi, '坚持“谁起草、谁审查”', 2), undefined);
  });
});

import * as assert from 'assert';
import { analyze, createLanguageService } from '../../../core/src';
import { example, QINGSHI } from '../../helpers/examples';

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

  it('has nothing to say on plain prose', () => {
    assert.strictEqual(hoverAt(qingshi, '坚持“谁起草、谁审查”', 2), undefined);
  });
});

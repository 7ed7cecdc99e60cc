import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, changeOf, escapeHtml, exportHtml, renderPreview } from '../../../core/src';
import { example, QINGSHI, replaceLine, SEED } from '../../helpers/examples';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '&lt;already escaped&gt; & more',
];

/** Every tag the renderer itself writes; anything else that looks like a tag came from the author. */
const OUR_TAGS = /<\/?(article|h1|h2|h3|p|div|table|caption|colgroup|col|thead|tbody|tr|th|td|span)(\s[^<>]*)?>/g;

function hostileReport(): string {
  let text = example(QINGSHI);
  text = text.replace('标题：青石市人民政府2024年政府信息公开工作年度报告', `标题：${HOSTILE[0]}`);
  text = text.replace('# 五、存在的主要问题及改进情况\n', `# 五、存在的主要问题及改进情况\n${HOSTILE.join('\n')}\n`);
  text = replaceLine(text, '规章', `规章 | ${HOSTILE[1]} | 0 | 14`);
  text = replaceLine(text, '四、结转下年度继续办理', `四、结转下年度继续办理 | 45 | 0 | 0 | 0 | 0 | 0 | 45\n${HOSTILE[2]} | ${HOSTILE[3]}`);
  return text;
}

describe('render: HTML', () => {
  it('escapes the five HTML-special characters', () => {
    assert.strictEqual(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('author text in title, prose, cells and row labels renders as text: no <script>, no <img onerror>', () => {
    const { html } = renderPreview(analyze(hostileReport()));
    assert.ok(html.includes('<h1 class="title"'), 'the title is rendered');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'));
    assert.ok(html.includes('&amp;lt;already escaped&amp;gt; &amp; more'));
    const leftover = html.replace(OUR_TAGS, '');
    assert.ok(!leftover.includes('<'), `unexpected markup: ${leftover.slice(leftover.indexOf('<'), leftover.indexOf('<') + 60)}`);
    assert.ok(!/\son\w+=/i.test(html.replace(/title="[^"]*"/g, '').replace(/>[^<]*</g, '><')), 'no event handler attribute');
  });

  it('diagnostic messages in title attributes are escaped too', () => {
    const { html } = renderPreview(analyze(hostileReport()));
    const titles = [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(titles.length > 0);
    for (const title of titles) assert.ok(!/[<>]/.test(title), title);
  });

  it('never lets arbitrary prose become markup', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (prose) => {
      const text = example(SEED).replace('# 六、其他需要报告的事项\n', `# 六、其他需要报告的事项\n${prose.replace(/[\r\n]/g, ' ')}\n`);
      const leftover = renderPreview(analyze(text)).html.replace(OUR_TAGS, '');
      return !leftover.includes('<');
    }), { numRuns: 200 });
  });

  it('the preview marks cells with class and title; blocks and rows carry data-line and data-col', () => {
    const text = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
    const { html } = renderPreview(analyze(text));
    const cell = /<td class="value mark mark-error" data-line="(\d+)" data-col="(\d+)" title="([^"]*)" data-cell="table3\/granted\/6" tabindex="0">1135<\/td>/.exec(html);
    assert.ok(cell, 'the wrong total is marked');
    assert.strictEqual(Number(cell[1]), 36);
    assert.match(cell[3], /1134/);
    assert.match(html, /<tr class="data" data-line="36" data-col="0">/);
    assert.match(html, /<h2 class="heading" data-line="8" data-col="0">一、总体情况<\/h2>/);
    assert.match(html, /<td rowspan="22" class="group vertical" data-line="35" data-col="0"><span class="vertical-text">三、本年度办理结果<\/span><\/td>/);
    assert.match(html, /<th colspan="3" rowspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<\/th><th colspan="7" class="heading">申请人情况<\/th>/);
    assert.ok(!html.includes('style='), 'no inline styles in the preview (its CSP forbids them)');
  });

  it('the export is a standalone A4 document with print CSS, no marks, and no script', () => {
    const text = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
    const html = exportHtml(analyze(text));
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<title>青石市人民政府2024年政府信息公开工作年度报告<\/title>/);
    assert.match(html, /@page \{ size: A4;/);
    assert.match(html, /FangSong/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
    assert.ok(!html.includes('mark-error'));
    assert.ok(!/<script/i.test(html));
    assert.match(html, /<col data-w="[\d.]+" style="width:[\d.]+%">/);
  });
});

describe('preview: editable cells and last year\'s values', () => {
  const [read, name, swap] = [example, QINGSHI, replaceLine];

  it('written statutory value cells carry data-cell and tabindex in the preview, never in the export', () => {
    const text = swap(read(name), '二、上年结转', '二、上年结转政府信息公开申请数量 | 41 | 0');
    const { html } = renderPreview(analyze(text));
    assert.match(html, /data-cell="table2\/rules\/0" tabindex="0">2</);
    assert.match(html, /data-cell="table4\/suitAfterReview\/4" tabindex="0">19</);
    assert.match(html, /data-cell="table3\/carriedIn\/5" tabindex="0"><\/td>/, 'a cell not written yet is editable too');
    assert.ok(!exportHtml(analyze(text)).includes('data-cell'), 'the export has no editing hooks');
  });

  it('last year\'s value and the exact change ride along when last year\'s report is given', () => {
    const lastYear = swap(read(name), '（一）予以公开', '（一）予以公开 | 987.5 | 16 | / | 0 | 49 | 4 | 1056');
    const { html } = renderPreview(analyze(read(name)), analyze(lastYear).model);
    assert.match(html, /data-cell="table3\/granted\/0" tabindex="0" data-previous="987.5">1075<span class="previous" aria-hidden="true">987.5<\/span><span class="change" aria-hidden="true">\+87.5<\/span>/);
    assert.match(html, /data-cell="table3\/granted\/2"[^>]*>0<span class="previous" aria-hidden="true">\/<\/span><span class="change" aria-hidden="true"><\/span>/, 'no change against a `/`');
    assert.deepStrictEqual([changeOf('0.1', '0.3'), changeOf('3', '3'), changeOf('１２', '10'), changeOf('', '1'), changeOf('99999999999999999999', '1')],
      ['−0.2', '±0', '+2', '', '+99999999999999999998']);
  });
});

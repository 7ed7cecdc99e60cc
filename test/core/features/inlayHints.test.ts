import * as assert from 'assert';
import { analyze, createLanguageService } from '../../../core/src';
import { example, QINGSHI, replaceLine } from '../../helpers/examples';

describe('inlay hints', () => {
  const service = createLanguageService();
  const qingshi = example(QINGSHI);

  it('names the column before each number of a table row', () => {
    const analysis = analyze(qingshi);
    const { model } = analysis;
    const line = 33; // 一、本年新收政府信息公开申请数量 | 2456 | 40 | …
    const start = model.index.lineStarts[line];
    const hints = service.inlayHints(analysis, model.index.range(start, model.index.lineEnd(line)), { columnNames: true });
    assert.deepStrictEqual(hints.map((h) => h.label), ['自然人:', '商业企业:', '科研机构:', '社会公益组织:', '法律服务机构:', '其他:', '总计:']);
    const text = model.index.lineText(line);
    assert.deepStrictEqual(hints[0].position, { line, character: text.indexOf('2456') });
  });

  it('are switched off by the setting', () => {
    const analysis = analyze(qingshi);
    const { model } = analysis;
    assert.deepStrictEqual(service.inlayHints(analysis, model.index.range(0, qingshi.length), { columnNames: false }), []);
  });

  it('show the computed value of a blank total, even a total of totals', () => {
    const text = replaceLine(qingshi, '（七）总计', '（七）总计 | 2452 | 40 | 0 | 0 | 46 | 6 | /').replace('| 1134', '|');
    const analysis = analyze(text);
    const { model } = analysis;
    const hints = service.inlayHints(analysis, model.index.range(0, text.length), { columnNames: false });
    assert.deepStrictEqual(hints.map((h) => [h.position.line, h.label]), [[36, '= 1134'], [61, '= 2544']]);
    assert.match(hints[0].tooltip!, /总计 = 自然人 \+ 各类法人或其他组织/);
  });

  it('stay silent on a blank total whose terms are not all known', () => {
    const text = qingshi.replace('| 1134', '|').replace('1075 | 16', '/ | 21');
    const analysis = analyze(text);
    const { model } = analysis;
    assert.deepStrictEqual(service.inlayHints(analysis, model.index.range(0, text.length), { columnNames: false }), []);
  });
});

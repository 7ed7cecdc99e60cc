import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, buildModel, displayWidth, FORMATS, nextYearReport } from '../../../core/src';
import { columnNamesMode, compactName } from '../../../core/src/features/columnNames';
import { hover } from '../../../core/src/features/hover';
import { inlayHints } from '../../../core/src/features/inlayHints';
import { withLastYear } from '../../../core/src/features/lastYear';
import { example, QINGSHI, ROOT, replaceLine } from '../../helpers/examples';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'desk', name), 'utf8');
const LAST = fixture('2024-qingshi-xian.zfxxgk');
/** This year's report: last year's with the year advanced and some numbers changed. */
const THIS = LAST.replace('年度：2024', '年度：2025').replace('2024年政府', '2025年政府');

/** The hover at the first occurrence of `needle` on the line starting with `prefix`. */
function hoverAt(text: string, prefix: string, needle: string, previous = buildModel(LAST)) {
  const { model, diagnostics } = analyze(text);
  const lineStart = text.indexOf('\n' + prefix) + 1;
  const offset = text.indexOf(needle, lineStart + prefix.length);
  const plain = hover(model, diagnostics, offset, 'zh-cn');
  return { plain, withLast: withLastYear(plain, model, previous, offset, 'zh-cn') };
}

describe('last year at hand: hover', () => {
  it('a cell shows last year\'s value and the exact change (up, down, none)', () => {
    const up = replaceLine(THIS, '（一）予以公开', '（一）予以公开 | 41 | 6 | 0 | 0 | 1 | 0 | 48');
    const { plain, withLast } = hoverAt(up, '（一）予以公开', '41');
    assert.strictEqual(withLast!.contents.value, `${plain!.contents.value}\n\n上年（2024）：38 · 变化 +3`);
    assert.deepStrictEqual(withLast!.range, plain!.range);
    const down = replaceLine(THIS, '（一）予以公开', '（一）予以公开 | 30 | 6 | 0 | 0 | 1 | 0 | 37');
    assert.match(hoverAt(down, '（一）予以公开', '30').withLast!.contents.value, /上年（2024）：38 · 变化 −8$/);
    assert.match(hoverAt(THIS, '行政许可', '1287').withLast!.contents.value, /上年（2024）：1287 · 变化 ±0$/);
  });

  it('money (万元) is compared exactly, without floating point', () => {
    const text = replaceLine(THIS, '行政事业性收费', '行政事业性收费 | 25.15');
    assert.match(hoverAt(text, '行政事业性收费', '25.15').withLast!.contents.value, /上年（2024）：23.6 · 变化 \+1.55$/);
    const less = replaceLine(THIS, '行政事业性收费', '行政事业性收费 | 0.1');
    assert.match(hoverAt(less, '行政事业性收费', '0.1').withLast!.contents.value, /变化 −23.5$/);
  });

  it('a blank cell this year shows last year\'s value only; nothing without last year or for an unreadable one', () => {
    const { text } = nextYearReport(LAST) as { text: string };
    const line = text.split('\n').find((l) => l.startsWith('行政许可'))!;
    const { model, diagnostics } = analyze(text);
    const offset = text.indexOf(line) + line.length; // after `行政许可 |`
    const plain = hover(model, diagnostics, offset, 'en');
    assert.match(withLastYear(plain, model, buildModel(LAST), offset, 'en')!.contents.value, /\n\nLast year（2024）：1287$/);
    assert.strictEqual(withLastYear(plain, model, undefined, offset, 'en'), plain);
    const unreadable = buildModel(replaceLine(LAST, '行政许可', '行政许可 | 一千'));
    assert.strictEqual(withLastYear(plain, model, unreadable, offset, 'en'), plain);
  });

  it('a column of the other format version has no counterpart (2019 对外公开总数量 is not 2021 现行有效)', () => {
    const last2019 = buildModel(fixture('2020-moumou-shenjiju.zfxxgk'));
    const { withLast, plain } = hoverAt(THIS, '行政规范性文件', '41', last2019);
    assert.strictEqual(withLast, plain);
    // Table 三 is the same in both versions: it is compared.
    assert.match(hoverAt(THIS, '（一）予以公开', '38', last2019).withLast!.contents.value, /上年（2020）：7 · 变化 \+31$/);
  });
});

describe('last year at hand: 现行有效 hint', () => {
  const hints = (text: string, last = LAST) => {
    const { model } = analyze(text);
    return inlayHints(model, 0, text.length, { columnNames: 'off', locale: 'zh-cn', previous: buildModel(last) }).map((h) => [h.position.line, h.label]);
  };
  const { text: next } = nextYearReport(LAST) as { text: string };
  const lineNo = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

  it('blank: 上年 N + 制发 − 废止; once both are filled: the sum', () => {
    assert.deepStrictEqual(hints(next), [[lineNo(next, '规章'), '上年 0 + 制发 − 废止'], [lineNo(next, '行政规范性文件'), '上年 41 + 制发 − 废止']]);
    const filled = replaceLine(next, '行政规范性文件', '行政规范性文件 | 3 | 1 |');
    assert.deepStrictEqual(hints(filled)[1], [lineNo(next, '行政规范性文件'), '= 41 + 3 − 1 = 43']);
  });

  it('gone once 现行有效 is written, and never against a 2019-format year', () => {
    const written = replaceLine(replaceLine(next, '行政规范性文件', '行政规范性文件 | 3 | 1 | 43'), '规章', '规章 | 0 | 0 | 0');
    assert.deepStrictEqual(hints(written), []);
    assert.deepStrictEqual(hints(next, fixture('2020-moumou-shenjiju.zfxxgk')), []);
  });
});

describe('column-name hints: compact | full | cursorRow | off', () => {
  const qingshi = example(QINGSHI);
  const line = 33; // 一、本年新收政府信息公开申请数量 | 2456 | 40 | …
  const labels = (columnNames: any) => {
    const { model } = analyze(qingshi);
    return inlayHints(model, model.index.lineStarts[line], model.index.lineEnd(line), { columnNames, locale: 'zh-cn' }).map((h) => h.label);
  };

  it('compact (the default) is two characters; full is the short name; cursorRow is full (the client filters rows); off is none', () => {
    assert.deepStrictEqual(labels('compact'), ['自然:', '商企:', '科研:', '公益:', '法律:', '其他:', '总计:']);
    assert.deepStrictEqual(labels('full'), ['自然人:', '商业企业:', '科研机构:', '社会公益组织:', '法律服务机构:', '其他:', '总计:']);
    assert.deepStrictEqual(labels('cursorRow'), labels('full'));
    assert.deepStrictEqual(labels('off'), []);
    assert.deepStrictEqual([labels(true), labels(false)], [labels('full'), labels('off')], 'the older boolean setting');
  });

  it('the setting: booleans map to full/off, unknown values to the default', () => {
    assert.deepStrictEqual([true, false, 'full', 'cursorRow', 'off', 'compact', 'bogus', undefined, 3].map(columnNamesMode),
      ['full', 'off', 'full', 'cursorRow', 'off', 'compact', 'compact', 'compact', 'compact']);
  });

  it('every compact name of both formats is at most two characters, and the tooltip names the full statutory column', () => {
    for (const format of Object.values(FORMATS)) {
      for (const table of Object.values(format.tables)) for (const sub of table.subTables) for (const column of sub.columns) {
        assert.ok(displayWidth(compactName(column)) <= 4, `${column.label} → ${compactName(column)}`);
      }
    }
    const { model } = analyze(qingshi);
    const hint = inlayHints(model, model.index.lineStarts[line], model.index.lineEnd(line), { columnNames: 'compact', locale: 'zh-cn' })[1];
    assert.strictEqual(hint.tooltip, '法人或其他组织 · 商业企业（件）');
  });

  it('compact hints keep every table 三 row of the 青石 example at least 25 columns narrower than full names', () => {
    const { model } = analyze(qingshi);
    const width = (mode: 'compact' | 'full', l: number) => displayWidth(model.index.lineText(l)) +
      inlayHints(model, model.index.lineStarts[l], model.index.lineEnd(l), { columnNames: mode, locale: 'zh-cn' }).reduce((w, h) => w + displayWidth(h.label) + 1, 0);
    for (const row of model.tables.table3.all) {
      if (row.cells.length !== 7) continue;
      assert.ok(width('full', row.line) - width('compact', row.line) >= 25, model.index.lineText(row.line));
    }
  });
});

import * as assert from 'assert';
import { analyze, createLanguageService } from '../../../core/src';
import { CompletionItemKind } from '../../../core/src/features/types';
import { cursorAt, CURSOR } from '../../helpers/cursor';
import { example, QINGSHI, replaceLine, SEED } from '../../helpers/examples';

/** Completions at the first occurrence of `marker` in `text` (the marker is removed). */
function complete(marked: string, marker = CURSOR, locale: 'zh-cn' | 'en' = 'zh-cn') {
  const { text, position } = cursorAt(marked, marker);
  const analysis = analyze(text, { locale });
  return createLanguageService().completion(analysis, position);
}

describe('completion', () => {
  const qingshi = example(QINGSHI);

  it('offers the header keys not yet written, then the section headings, before the first heading', () => {
    const items = complete('标题：某机关2024年报告\n‸');
    assert.deepStrictEqual(items.map((i) => i.label).slice(0, 4), ['机关：', '年度：', '格式：', '发布日期：']);
    assert.strictEqual(items[0].textEdit.newText, '机关：${1:某某机关}');
    assert.ok(items.some((i) => i.label === '# 一、总体情况'));
  });

  it('offers 2019 and 2021 after 格式：, preselecting the version the year requires', () => {
    const items = complete('年度：2020\n格式：‸');
    assert.deepStrictEqual(items.map((i) => i.label), ['2019', '2021']);
    assert.deepStrictEqual(items.map((i) => !!i.preselect), [true, false]);
    assert.match(items[0].detail!, /国办公开办函〔2019〕60号/);
  });

  it('offers the missing section headings in order after #', () => {
    const text = qingshi.replace(/# 五、存在的主要问题及改进情况/, '#‸');
    const items = complete(text);
    assert.deepStrictEqual(items.map((i) => i.label), ['五、存在的主要问题及改进情况']);
    assert.strictEqual(items[0].textEdit.newText, '# 五、存在的主要问题及改进情况');
  });

  it('finds a row label by its pinyin initials and inserts it with one `| 0 |` cell per column', () => {
    const text = replaceLine(qingshi, '（一）予以公开', 'yygk‸');
    const items = complete(text).filter((i) => i.kind === CompletionItemKind.Field);
    const item = items.find((i) => i.label === '（一）予以公开')!;
    assert.ok(item.filterText.split(' ').includes('yygk'), item.filterText);
    assert.strictEqual(item.textEdit.newText, '（一）予以公开 | ${1:0} | ${2:0} | ${3:0} | ${4:0} | ${5:0} | ${6:0} | ${7:0}');
    assert.strictEqual(item.insertTextFormat, 2);
    // The range covers what was typed on the line.
    assert.deepStrictEqual([item.textEdit.range.start.character, item.textEdit.range.end.character], [0, 4]);
  });

  it('offers only the rows not yet written in that table, in statutory order', () => {
    const text = replaceLine(replaceLine(qingshi, '（一）予以公开', '‸'), '2.重复申请', '');
    const labels = complete(text).filter((i) => i.kind === CompletionItemKind.Field).map((i) => i.label);
    assert.deepStrictEqual(labels, ['（一）予以公开', '2.重复申请']);
    const items = complete(text).filter((i) => i.kind === CompletionItemKind.Field);
    assert.ok(items[0].sortText < items[1].sortText);
  });

  it('in section 二 offers the rows of the caption above the cursor, for the report\'s format version', () => {
    const seed = example(SEED);
    const text = replaceLine(seed, '其他对外管理服务事项 |', '‸');
    const rows = complete(text).filter((i) => i.kind === CompletionItemKind.Field);
    assert.deepStrictEqual(rows.map((i) => i.label), ['其他对外管理服务事项']);
    assert.strictEqual(rows[0].textEdit.newText, '其他对外管理服务事项 | ${1:0} | ${2:0} | ${3:0}');
  });

  it('offers the missing captions of 二 after ##, with their table when its rows are absent', () => {
    const text = qingshi.replace(/## 第二十条第（八）项\n信息内容 *\| 本年收费金额（单位：万元）\n行政事业性收费 \| 78342.5\n/, '##‸\n');
    const items = complete(text);
    assert.deepStrictEqual(items.map((i) => i.label), ['第二十条第（八）项']);
    assert.strictEqual(items[0].textEdit.newText, '## 第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | ${1:0}');
  });

  it('inserts only the label when cells already follow the cursor', () => {
    const text = qingshi.replace('（一）予以公开 | 1075', '予以‸ | 1075');
    const item = complete(text).find((i) => i.label === '（一）予以公开')!;
    assert.strictEqual(item.textEdit.newText, '（一）予以公开 ');
    assert.strictEqual(item.textEdit.range.end.character, 3); // up to the pipe, spaces included
  });

  it('documents each row: what it counts and the checks it feeds, in either locale', () => {
    const text = replaceLine(qingshi, '（一）予以公开', '‸');
    const zh = complete(text).find((i) => i.label === '（一）予以公开')!;
    assert.match(zh.documentation!.value, /全部予以公开的申请件数/);
    assert.match(zh.documentation!.value, /（七）总计 = 各项办理结果之和 `table3.resultTotal`/);
    const en = complete(text, '‸', 'en').find((i) => i.label === '（一）予以公开')!;
    assert.match(en.documentation!.value, /Fully disclosed/);
    assert.match(en.detail!, /Table 三/);
  });

  it('offers nothing inside the cells of a row', () => {
    assert.deepStrictEqual(complete(qingshi.replace('| 1075', '| 10‸75')), []);
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { createLanguageService, ReportIndex } from '../../../core/src';
import { LineIndex } from '../../../core/src/text/positions';
import type * as lsp from 'vscode-languageserver-types';
import { example, QINGSHI, replaceLine, SEED } from '../../helpers/examples';
import { applyEdit, editArbitrary, realReports } from '../robustness/properties';

const service = createLanguageService();
const BAILU_2023 = 'bailu/2023-bailu-shi.zfxxgk';
const uriOf = (name: string) => `file:///reports/${name}`;

function indexOf(files: Record<string, string>): ReportIndex {
  const index = new ReportIndex();
  for (const [name, text] of Object.entries(files)) index.update(uriOf(name), text);
  return index;
}

/** The facade's answer over every report of `index`, as the server asks it. */
const query = (index: ReportIndex, text: string) => service.workspaceSymbols(index.all(), text);

const names = (symbols: lsp.SymbolInformation[]) => symbols.map((s) => `${s.name} | ${s.containerName ?? ''}`);

/** The text a symbol's range covers. */
function textAt(text: string, range: lsp.Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

describe('Go to Symbol in Workspace: every indexed report and its sections', () => {
  const files: Record<string, string> = { [SEED]: example(SEED), [QINGSHI]: example(QINGSHI), [BAILU_2023]: example(BAILU_2023) };
  const index = indexOf(files);

  it('lists each report by its title (agency and year beside it), then its sections under the report', () => {
    const all = query(index, '');
    const qingshi = all.filter((s) => s.location.uri === uriOf(QINGSHI));
    assert.deepStrictEqual(names(qingshi), [
      '青石市人民政府2024年政府信息公开工作年度报告 | 青石市人民政府 2024年度',
      '一、总体情况 | 青石市人民政府 2024年度',
      '二、主动公开政府信息情况 | 青石市人民政府 2024年度',
      '三、收到和处理政府信息公开申请情况 | 青石市人民政府 2024年度',
      '四、政府信息公开行政复议、行政诉讼情况 | 青石市人民政府 2024年度',
      '五、存在的主要问题及改进情况 | 青石市人民政府 2024年度',
      '六、其他需要报告的事项 | 青石市人民政府 2024年度',
    ]);
    assert.deepStrictEqual(qingshi.map((s) => s.kind), [1, 3, 3, 3, 3, 3, 3], 'File, then Namespace as in the outline');
    assert.strictEqual(all.length, 3 * 7);
  });

  it('points each symbol at its line: the title field, the section heading', () => {
    for (const symbol of query(index, '')) {
      const text = files[symbol.location.uri.slice(uriOf('').length)];
      const covered = textAt(text, symbol.location.range);
      if (symbol.kind === 1) assert.strictEqual(covered, `标题：${symbol.name}`);
      else assert.match(covered, new RegExp(`^#\\s*${symbol.name.replace(/[()（）]/g, '.')}$`));
    }
  });

  it('matches the query relaxed: characters in order, each space-separated piece in the name or the report, any width or case', () => {
    assert.deepStrictEqual(names(query(index, '收到处理')), [
      '三、收到和处理政府信息公开申请情况 | 孟州市西虢镇人民政府 2020年度',
      '三、收到和处理政府信息公开申请情况 | 青石市人民政府 2024年度',
      '三、收到和处理政府信息公开申请情况 | 白鹭市人民政府 2023年度',
    ]);
    assert.deepStrictEqual(names(query(index, '白鹭 收到')), ['三、收到和处理政府信息公开申请情况 | 白鹭市人民政府 2023年度']);
    assert.deepStrictEqual(names(query(index, '收到  白鹭 ')), ['三、收到和处理政府信息公开申请情况 | 白鹭市人民政府 2023年度']);
    assert.deepStrictEqual(names(query(index, '青石2024')), [
      '青石市人民政府2024年政府信息公开工作年度报告 | 青石市人民政府 2024年度',
      ...['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].map((s) => `${s} | 青石市人民政府 2024年度`),
    ]);
    const latin = indexOf({ 'a.zfxxgk': '标题：ABC Data Office 2023 Report\n\n# 一、总体情况\n' });
    assert.deepStrictEqual(names(query(latin, 'ａｂｃ２０２３')), ['ABC Data Office 2023 Report | ', '一、总体情况 | ABC Data Office 2023 Report']);
    assert.deepStrictEqual(query(index, '收到处理青石五'), [], 'every character, in order');
    // 𠀀 is U+D840 U+DC00; 𠀁𡀀 holds U+D840 … U+DC00 apart: by code units it would match.
    const astral = indexOf({ 'b.zfxxgk': '标题：𠀁𡀀局报告\n' });
    assert.deepStrictEqual(query(astral, '𠀀'), [], 'a character outside the BMP is one character');
    assert.deepStrictEqual(names(query(astral, '𡀀')), ['𠀁𡀀局报告 | ']);
  });

  it('names a report without a title by its agency and year, and one without either by its file name', () => {
    const untitled = indexOf({
      '2023-xinhe.zfxxgk': '机关：新河县统计局\n年度：２０２３ 年\n\n# 一、总体情况\n正文。\n',
      '%E6%96%B0%E6%8A%A5%E5%91%8A.zfxxgk': '# 一、总体情况\n正文。\n# \n',
    });
    untitled.update('untitled:Untitled-1', '年度：去年\n# 一、总体情况\n');
    assert.deepStrictEqual(names(query(untitled, '')), [
      // The year as the checks read it: the editor matches `#总体 2023` with the container itself, in half-width.
      '新河县统计局 2023年度 | ', '一、总体情况 | 新河县统计局 2023年度',
      '新报告.zfxxgk | ', '一、总体情况 | 新报告.zfxxgk', '# | 新报告.zfxxgk', // a heading without a title: named by its marker
      '去年 | ', '一、总体情况 | 去年', // a year the checks cannot read: as written
    ]);
    const scratch = indexOf({});
    scratch.update('untitled:Untitled-1', '# 一、总体情况\n');
    assert.deepStrictEqual(names(query(scratch, '')), ['Untitled-1 | ', '一、总体情况 | Untitled-1'], 'as the editor names it, without the scheme');
  });

  it('follows the index: an edited report shows its new headings, a removed one is gone', () => {
    const live = indexOf({ [QINGSHI]: example(QINGSHI), [SEED]: example(SEED) });
    assert.strictEqual(query(live, '存在').length, 2);
    live.update(uriOf(QINGSHI), replaceLine(example(QINGSHI), '# 五、', '# 五、存在的问题和改进'));
    assert.deepStrictEqual(names(query(live, '存在')), [
      '五、存在的问题和改进 | 青石市人民政府 2024年度', '五、存在的主要问题及改进情况 | 孟州市西虢镇人民政府 2020年度',
    ]);
    live.remove(uriOf(SEED));
    assert.deepStrictEqual(names(query(live, '存在')), ['五、存在的问题和改进 | 青石市人民政府 2024年度']);
  });

  it('property: over edited real and bundled reports, every symbol lies in its text and is found by any characters of its name in order', () => {
    const bases = [...realReports(), { name: SEED, text: example(SEED) }, { name: QINGSHI, text: example(QINGSHI) }];
    fc.assert(fc.property(
      fc.constantFrom(...bases), fc.array(editArbitrary, { maxLength: 4 }), fc.nat(), fc.array(fc.boolean(), { maxLength: 80 }),
      ({ text }, edits, pick, keep) => {
        const edited = edits.reduce(applyEdit, text);
        const one = indexOf({ 'r.zfxxgk': edited });
        const all = query(one, '');
        assert.ok(all.length >= 1, 'the report itself is always listed');
        const lines = new LineIndex(edited);
        for (const { location: { range } } of all) {
          const start = lines.offsetAt(range.start);
          const end = lines.offsetAt(range.end);
          assert.ok(start <= end && end <= edited.length);
          assert.deepStrictEqual(lines.positionAt(start), range.start, 'a position inside the text, not clamped');
        }
        // Any characters of a symbol's name, in order (spaces split the query into pieces), find it.
        const symbol = all[pick % all.length];
        const wanted = [...symbol.name].filter((_, i) => keep[i % Math.max(keep.length, 1)] ?? true).join('');
        assert.ok(query(one, wanted).includes(symbol), `${JSON.stringify(wanted)} finds ${JSON.stringify(symbol.name)}`);
      },
    ), { numRuns: 200 });
  });
});

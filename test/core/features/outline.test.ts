import * as assert from 'assert';
import { analyze, createLanguageService } from '../../../core/src';
import { encodeSemanticTokens, type SemanticToken, semanticTokens, TOKEN_TYPES } from '../../../core/src/features/semanticTokens';
import type { DocumentSymbol, SelectionRange } from '../../../core/src/features/types';
import { example, QINGSHI, SEED } from '../../helpers/examples';

type Node = [string, Node[]];
const shape = (s: DocumentSymbol): Node => [s.name, s.children.map(shape)];

describe('outline, folding, semantic tokens, selection ranges', () => {
  const qingshi = example(QINGSHI);
  const analysis = analyze(qingshi);
  const { model } = analysis;
  const service = createLanguageService();

  it('outlines header fields, then sections → captions → rows, rows nested under their group rows', () => {
    const symbols = service.documentSymbols(analysis);
    assert.deepStrictEqual(symbols.slice(0, 4).map((s) => s.name), ['标题：青石市人民政府2024年政府信息公开工作年度报告', '机关：青石市人民政府', '年度：2024', '格式：2021']);
    assert.deepStrictEqual(symbols.slice(4).map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    assert.deepStrictEqual(shape(symbols[5])[1].map((c) => c[0]), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    assert.deepStrictEqual(shape(symbols[5].children[0]), ['第二十条第（一）项', [['规章', []], ['行政规范性文件', []]]]);
    const results = symbols[6].children.find((c) => c.name === '三、本年度办理结果')!;
    const refused = results.children.find((c) => c.name === '（三）不予公开')!;
    assert.strictEqual(refused.children.length, 8);
    assert.strictEqual(refused.children[0].detail, '3 | 0 | 0 | 0 | 0 | 0 | 3');
    assert.ok(refused.range.end.line > refused.range.start.line, 'a group row spans its items');
  });

  it('folds the header, each section, each caption and each group row', () => {
    const ranges = service.foldingRanges(analysis);
    const lines = qingshi.split('\n');
    const starting = (prefix: string) => ranges.find((r) => lines[r.startLine].startsWith(prefix));
    assert.deepStrictEqual(starting('标题'), { startLine: 1, endLine: 4 });
    assert.strictEqual(lines[starting('# 一、')!.endLine].startsWith('（五）政府信息公开监督保障情况'), true);
    assert.strictEqual(lines[starting('## 第二十条第（一）项')!.endLine], '行政规范性文件 | 11 | 19 | 73');
    assert.strictEqual(lines[starting('（三）不予公开')!.endLine], '8.属于行政查询事项 | 88 | 0 | 0 | 0 | 0 | 0 | 88');
  });

  it('classifies headings, captions, labels, numbers, totals and prose', () => {
    const tokens = semanticTokens(model);
    const lines = qingshi.split('\n');
    const text = (t: SemanticToken) => lines[t.line].substr(t.character, t.length);
    const of = (type: string) => tokens.filter((t) => t.type === type).map(text);
    assert.deepStrictEqual(of('heading').slice(0, 2), ['# 一、总体情况', '# 二、主动公开政府信息情况']);
    assert.ok(of('caption').includes('## 第二十条第（一）项'));
    assert.ok(of('label').includes('（一）予以公开'));
    assert.ok(of('total').includes('2548') && of('total').includes('261'));
    assert.ok(of('number').includes('2456') && !of('number').includes('2548'));
    assert.ok(of('prose').some((p) => p.startsWith('2024 年，青石市把政务公开')));
    assert.deepStrictEqual(of('headerKey'), ['标题', '机关', '年度', '格式']);
    assert.deepStrictEqual(of('comment').length, 1);
    const group = tokens.find((t) => text(t) === '（三）不予公开')!;
    assert.strictEqual(group.modifiers, 1);
    const data = encodeSemanticTokens(tokens);
    assert.strictEqual(data.length, tokens.length * 5);
    assert.deepStrictEqual(data.slice(0, 5), [0, 0, lines[0].length, TOKEN_TYPES.indexOf('comment'), 0]);
  });

  it('expands a selection from a cell to its row, caption block, section and document', () => {
    const seed = example(SEED);
    const seedModel = analyze(seed).model;
    const offset = seed.indexOf('576.76') + 1;
    let range: SelectionRange | undefined = service.selectionRanges(analyze(seed), [seedModel.index.positionAt(offset)])[0];
    const texts: string[] = [];
    while (range) {
      texts.push(seedModel.text.slice(seedModel.index.offsetAt(range.range.start), seedModel.index.offsetAt(range.range.end)));
      range = range.parent;
    }
    assert.strictEqual(texts[0], '576.76');
    assert.strictEqual(texts[1], '政府集中采购 | 2 | 576.76');
    assert.ok(texts[2].startsWith('## 第二十条第（九）项') && texts[2].endsWith('576.76'));
    assert.ok(texts[3].startsWith('# 二、主动公开政府信息情况'));
    assert.strictEqual(texts[texts.length - 1], seed);
  });
});

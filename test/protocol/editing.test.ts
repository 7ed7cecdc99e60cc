import * as assert from 'assert';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI, replaceLine, SEED } from '../helpers/examples';

/** Each editing request over stdio against the bundled server (dist/server.js). */
describe('language server over stdio: editing features', function () {
  let client: LspClient;
  const qingshi = example(QINGSHI);
  const lines = qingshi.split('\n');
  const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
  const uri = 'file:///tmp/edit-qingshi.zfxxgk';
  let capabilities: any;

  beforeEach(async () => {
    client = new LspClient();
    capabilities = (await client.initialize({ locale: 'zh-cn' })).capabilities;
    client.open(uri, qingshi, 1);
    await client.diagnostics(uri, 1);
  });
  afterEach(async () => client.shutdown());

  it('announces every editing capability', () => {
    for (const key of ['completionProvider', 'hoverProvider', 'inlayHintProvider', 'documentSymbolProvider', 'foldingRangeProvider',
      'semanticTokensProvider', 'selectionRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'codeActionProvider',
      'documentHighlightProvider', 'definitionProvider', 'referencesProvider', 'workspaceSymbolProvider']) {
      assert.ok(capabilities[key], key);
    }
    assert.deepStrictEqual(capabilities.semanticTokensProvider.legend.tokenTypes, ['heading', 'caption', 'label', 'number', 'total', 'prose', 'headerKey', 'comment']);
  });

  it('textDocument/completion: a missing row by pinyin initials, with its cells as a snippet', async () => {
    const text = replaceLine(qingshi, '（一）予以公开', 'yygk');
    client.change(uri, 2, [{ text }]);
    const line = lineOf('（一）予以公开');
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 4 } });
    const item = items.find((i: any) => i.label === '（一）予以公开');
    assert.ok(item.filterText.includes('yygk'));
    assert.strictEqual(item.insertTextFormat, 2);
    assert.match(item.textEdit.newText, /^（一）予以公开 \| \$\{1:0\} .* \$\{7:0\}$/);
    assert.match(item.documentation.value, /全部予以公开的申请件数/);
  });

  it('textDocument/hover: the sum behind a total', async () => {
    const line = lineOf('一、本年新收');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('2548') + 1 } });
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /2456 \+ 40 \+ 0 \+ 0 \+ 46 \+ 6 = 2548 ✓/);
  });

  it('textDocument/documentHighlight, definition and references: a total, its parts, and the prose count of it', async () => {
    const row = lineOf('一、本年新收');
    const prose = lineOf('（二）依申请公开情况');
    const onTotal = { textDocument: { uri }, position: { line: row, character: lines[row].indexOf('2548') + 1 } };
    const highlights = await client.request('textDocument/documentHighlight', onTotal);
    const text = (h: any) => lines[h.range.start.line].slice(h.range.start.character, h.range.end.character);
    assert.deepStrictEqual(highlights.map((h: any) => `${h.kind} ${text(h)}`), [
      '1 受理政府信息公开申请 2548 件', '2 2456', '2 40', '2 0', '2 0', '2 46', '2 6', '1 2548', '3 45',
    ]);
    const references = await client.request('textDocument/references', { ...onTotal, context: { includeDeclaration: false } });
    assert.deepStrictEqual(references.map((l: any) => [l.uri, l.range.start.line]), [[uri, prose]]);
    const onProse = { textDocument: { uri }, position: { line: prose, character: lines[prose].indexOf('2548') } };
    const definition = await client.request('textDocument/definition', onProse);
    assert.deepStrictEqual(definition.map((l: any) => [l.uri, l.range.start.line, text(l)]), [[uri, row, '2548']]);
    const nothing = { textDocument: { uri }, position: { line: 0, character: 1 } };
    assert.deepStrictEqual(await client.request('textDocument/documentHighlight', nothing), []);
    assert.deepStrictEqual(await client.request('textDocument/definition', nothing), []);
  });

  it('textDocument/inlayHint: column names, and none once the setting is off', async () => {
    const line = lineOf('行政复议');
    const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.deepStrictEqual(hints.map((h: any) => h.label), ['维持:', '纠正:', '其他:', '未结:', '总计:']);
    client.settings = { inlayHints: { columnNames: false } };
    client.notify('workspace/didChangeConfiguration', { settings: { zfxxgk: client.settings } });
    await client.diagnostics(uri);
    assert.deepStrictEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range }), []);
  });

  it('textDocument/documentSymbol, foldingRange, selectionRange and semanticTokens/full', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(symbols.filter((s: any) => s.kind === 3).map((s: any) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f: any) => f.startLine === lineOf('# 三、') && f.endLine === lineOf('四、结转下年度')));
    const line = lineOf('行政复议');
    const [selection] = await client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line, character: lines[line].indexOf('261') + 1 }] });
    assert.deepStrictEqual(selection.range, { start: { line, character: lines[line].indexOf('261') }, end: { line, character: lines[line].indexOf('261') + 3 } });
    assert.deepStrictEqual(selection.parent.range.start, { line, character: 0 });
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length > 500 && tokens.data.length % 5 === 0);
  });

  it('textDocument/formatting and rangeFormatting: minimal per-line edits', async () => {
    const seedUri = 'file:///tmp/edit-seed.zfxxgk';
    client.open(seedUri, example(SEED), 1);
    const edits = await client.request('textDocument/formatting', { textDocument: { uri: seedUri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length >= 20);
    assert.ok(edits.every((e: any) => e.range.start.line === e.range.end.line && /^ *$/.test(e.newText)));
    const seedLines = example(SEED).split('\n');
    const line = seedLines.findIndex((l) => l.startsWith('（一）予以公开'));
    const range = { start: { line, character: 0 }, end: { line, character: seedLines[line].length } };
    const ranged = await client.request('textDocument/rangeFormatting', { textDocument: { uri: seedUri }, range, options: { tabSize: 2, insertSpaces: true } });
    assert.deepStrictEqual(ranged.map((e: any) => e.range.start.line), [line]);
    assert.deepStrictEqual(await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }).then((e: any[]) => e.filter((x) => x.range.start.line < lineOf('# 三'))), []);
  });

  it('textDocument/codeAction: the fix of a wrong total, and filling every total of the table', async () => {
    const line = lineOf('（一）予以公开');
    const character = lines[line].indexOf('1134');
    client.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: '1135' }]);
    const diagnostics = await client.diagnostics(uri, 2);
    const diagnostic = diagnostics.find((d: any) => d.code === 'table3.rowTotal');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepStrictEqual(actions.map((a: any) => a.title), ['改为 1134', '填写表三（收到和处理政府信息公开申请情况）所有可计算的总计（1 处）']);
    assert.strictEqual(actions[0].kind, 'quickfix');
    assert.strictEqual(actions[0].isPreferred, true);
    assert.deepStrictEqual(actions[0].edit.changes[uri], [{ range: { start: { line, character }, end: { line, character: character + 4 } }, newText: '1134' }]);
  });
});

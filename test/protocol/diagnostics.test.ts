import * as assert from 'assert';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI, SEED } from '../helpers/examples';

describe('language server over stdio: diagnostics', function () {
  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient();
    const result = await client.initialize({ locale: 'zh-cn' });
    assert.strictEqual(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
  });
  afterEach(async () => client.shutdown());

  it('publishes the seed report\'s one warning on open, with code and version', async () => {
    const uri = 'file:///tmp/seed.zfxxgk';
    client.open(uri, example(SEED), 1);
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepStrictEqual(diagnostics.map((d: any) => [d.code, d.severity, d.range.start.line]), [['cell.decimals', 2, 30]]);
  });

  it('reports a broken row total after an incremental edit, then clears it after the undo', async () => {
    const uri = 'file:///tmp/huaian.zfxxgk';
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    assert.deepStrictEqual(await client.diagnostics(uri, 1), []);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    const character = lines[line].indexOf('1075');
    client.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: '1076' }]);
    const broken = await client.diagnostics(uri, 2);
    const rowTotal = broken.find((d: any) => d.code === 'table3.rowTotal');
    assert.ok(rowTotal, JSON.stringify(broken));
    assert.strictEqual(rowTotal.range.start.line, line);
    assert.match(rowTotal.message, /应为 1135.*实为 1134/);
    assert.ok(rowTotal.relatedInformation.length >= 6);
    client.change(uri, 3, [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: '1075' }]);
    assert.deepStrictEqual(await client.diagnostics(uri, 3), []);
  });

  it('speaks English when the client\'s display language is English', async () => {
    const english = new LspClient();
    await english.initialize({ locale: 'en' });
    const uri = 'file:///tmp/seed-en.zfxxgk';
    english.open(uri, example(SEED), 1);
    const [diagnostic] = await english.diagnostics(uri, 1);
    assert.match(diagnostic.message, /The header asks for 4 decimals/);
    await english.shutdown();
  });

  it('honours per-rule severities from the zfxxgk settings', async () => {
    const tuned = new LspClient();
    await tuned.initialize({ settings: { rules: { 'cell.decimals': 'off' } } });
    const uri = 'file:///tmp/seed-off.zfxxgk';
    tuned.open(uri, example(SEED), 1);
    assert.deepStrictEqual(await tuned.diagnostics(uri, 1), []);
    await tuned.shutdown();
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = 'file:///tmp/broken.zfxxgk';
    client.open(uri, '年度：2021\n# 三、收到和处理政府信息公开申请情况\n', 1);
    assert.ok((await client.diagnostics(uri, 1)).length > 0);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
    assert.deepStrictEqual(cleared.diagnostics, []);
  });
});

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
    const uri = 'file:///tmp/qingshi.zfxxgk';
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

  it('fades blank cells (the catalogue tags cell.blank "unnecessary") and nothing else', async () => {
    const uri = 'file:///tmp/seed-blank.zfxxgk';
    const text = example(SEED).replace(/^规章( +)\| 0 /m, '规章$1| / ');
    assert.notStrictEqual(text, example(SEED));
    client.open(uri, text, 1);
    const diagnostics = await client.diagnostics(uri, 1);
    const blank = diagnostics.filter((d: any) => d.code === 'cell.blank');
    assert.strictEqual(blank.length, 1, JSON.stringify(diagnostics));
    assert.deepStrictEqual(blank[0].tags, [1], 'DiagnosticTag.Unnecessary');
    for (const other of diagnostics.filter((d: any) => d.code !== 'cell.blank')) assert.strictEqual(other.tags, undefined, other.code);
  });

  it('ignores a setting for an unknown rule code (only catalogue codes set severities)', async () => {
    const tuned = new LspClient();
    await tuned.initialize({ settings: { rules: { 'no.such.code': 'off', 'cell.decimals': 'hint' } } });
    const uri = 'file:///tmp/seed-unknown.zfxxgk';
    tuned.open(uri, example(SEED), 1);
    assert.deepStrictEqual((await tuned.diagnostics(uri, 1)).map((d: any) => [d.code, d.severity]), [['cell.decimals', 4]]);
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

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI } from '../helpers/examples';

/** The server survives huge documents, bursts of edits, broken requests and a vanished client. */
describe('language server robustness', function () {
  this.timeout(60000);
  let client: LspClient;
  beforeEach(async () => { client = new LspClient(); await client.initialize({ locale: 'zh-cn' }); });
  afterEach(async () => client.shutdown());

  /** The server still answers: a fresh report gets its (empty) diagnostics. */
  async function stillServes(name: string): Promise<void> {
    const uri = `file:///tmp/${name}-alive.zfxxgk`;
    client.open(uri, example(QINGSHI), 1);
    assert.deepStrictEqual(await client.diagnostics(uri, 1), []);
  }

  it('checks a 10 MB document, follows an edit in it, and keeps serving others', async () => {
    const text = example(QINGSHI);
    const paragraph = text.split('\n').find((l) => l.startsWith('（一）主动公开情况'))!;
    const padding = Array.from({ length: Math.ceil(10_000_000 / Buffer.byteLength(paragraph + '\n')) }, () => paragraph).join('\n');
    const huge = text.replace('\n# 二、', `\n${padding}\n# 二、`);
    assert.ok(Buffer.byteLength(huge) > 10_000_000);
    const uri = 'file:///tmp/huge.zfxxgk';
    client.open(uri, huge, 1);
    assert.deepStrictEqual(await client.diagnostics(uri, 1, 30000), []);
    const lines = huge.split('\n');
    const line = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    const character = lines[line].indexOf('1075');
    client.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: '1076' }]);
    const codes = (await client.diagnostics(uri, 2, 30000)).map((d: any) => d.code);
    assert.ok(codes.includes('table3.rowTotal'), codes.join());
    await stillServes('after-huge');
  });

  it('answers a burst of 300 edits sent without waiting with diagnostics for the last version', async () => {
    const uri = 'file:///tmp/burst.zfxxgk';
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    await client.diagnostics(uri, 1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    const character = lines[line].indexOf('1075') + 3;
    for (let version = 2; version <= 301; version++) {
      // Odd versions restore the digit, even ones break the row total; 301 is odd: clean.
      client.change(uri, version, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: version % 2 === 0 ? '9' : '5' }]);
    }
    assert.deepStrictEqual(await client.diagnostics(uri, 301), []);
    await new Promise((r) => setTimeout(r, 300));
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params.version);
    assert.strictEqual(published[published.length - 1], 301, 'nothing stale is published after the last version');
    assert.ok(published.every((v: number, i: number) => i === 0 || v > published[i - 1]), `versions in order: ${published.join()}`);
  });

  it('survives malformed notifications and requests, logs them, and serves the next request', async () => {
    const uri = 'file:///tmp/malformed.zfxxgk';
    client.open(uri, example(QINGSHI), 1);
    await client.diagnostics(uri, 1);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: null });
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.zfxxgk', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didOpen', {});
    client.change(uri, 3, [{ range: { start: { line: -5, character: -1 }, end: { line: 1e9, character: 1e9 } }, text: '# 一、总体情况\n' }]);
    await client.diagnostics(uri, 3);
    await assert.rejects(client.request('zfxxgk/noSuchMethod', {}), /-32601/);
    // Every request the server announces, with nonsense parameters: answered (result or error), never fatal.
    const garbage = { textDocument: { uri: 'file:///nowhere.zfxxgk' }, position: { line: -1, character: 1e9 }, range: null, options: null, context: null };
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/formatting',
      'textDocument/codeAction', 'textDocument/foldingRange', 'textDocument/inlayHint', 'textDocument/definition', 'textDocument/documentLink']) {
      await client.request(method, garbage).catch((error: Error) => error);
      await client.request(method, { ...garbage, textDocument: { uri } }).catch((error: Error) => error);
    }
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message).join('\n');
    assert.match(logged, /didChange|didOpen/, 'the failures are logged');
    await stillServes('after-malformed');
  });

  it('exits when the client closes its pipes, leaving no process behind', async () => {
    const gone = new LspClient();
    await gone.initialize();
    const exited = new Promise<number | null>((resolve) => gone.process.once('exit', (code) => resolve(code)));
    gone.process.stdin.end();
    gone.process.stdout.destroy();
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 10000))]);
    if (code === 'still running') gone.process.kill('SIGKILL');
    assert.notStrictEqual(code, 'still running');
  });

  it('exits when the client process dies without closing anything', async () => {
    // A parent that already exited: the server watches processId and leaves within a few seconds.
    const parent = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const orphan = new LspClient();
    await orphan.initialize({ processId: Number(parent.stdout) });
    const exited = new Promise<string>((resolve) => orphan.process.once('exit', () => resolve('exited')));
    const outcome = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 15000))]);
    if (outcome !== 'exited') orphan.process.kill('SIGKILL');
    assert.strictEqual(outcome, 'exited');
  });
});

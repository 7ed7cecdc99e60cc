import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI, ROOT } from '../helpers/examples';

/**
 * Issue 14, the server's part: import and export run on a worker thread (dist/worker.js), so a
 * long or hostile import never makes editing wait; a job over its limits is stopped with a
 * message; requests before initialize get ServerNotInitialized.
 */

/** A made-up report as a DOCX of `paragraphs` paragraphs (a few seconds of import work for 10,000). */
async function bigDocx(paragraphs: number): Promise<string> {
  const children = [new Paragraph('某某县审计局2024年政府信息公开工作年度报告'), new Paragraph('一、总体情况')];
  for (let i = 0; i < paragraphs; i++) children.push(new Paragraph(`第${i}段：本局坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。`));
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('language server: long work off the request thread (issue 14)', function () {
  this.timeout(180000);
  let docx: string;
  before(async () => { docx = await bigDocx(10000); });

  let client: LspClient | undefined;
  afterEach(async () => { await client?.shutdown(); client = undefined; });

  it('answers a request before initialize with ServerNotInitialized (-32002), and serves it after', async () => {
    client = new LspClient();
    const uri = 'file:///tmp/early.zfxxgk';
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), /^Error: -32002: .*initialize/);
    await assert.rejects(client.request('zfxxgk/import', { content: '一、总体情况' }), /-32002/);
    await client.initialize({ locale: 'zh-cn' });
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    await client.diagnostics(uri, 1);
    const line = text.split('\n').findIndex((l) => l.startsWith('（一）予以公开'));
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 12 } }));
  });

  it('keeps import and DOCX code out of the start bundle: they are in dist/worker.js', () => {
    const server = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    const worker = fs.readFileSync(path.join(ROOT, 'dist', 'worker.js'), 'utf8');
    for (const library of ['mammoth', 'JSZip', 'htmlparser2']) assert.ok(!server.includes(library), `${library} in dist/server.js`);
    for (const library of ['mammoth', 'JSZip']) assert.ok(worker.includes(library), `${library} not in dist/worker.js`);
  });

  it('answers hovers while a big DOCX import runs, within a bound relative to an idle hover', async () => {
    client = new LspClient();
    await client.initialize({ locale: 'zh-cn' });
    const uri = 'file:///tmp/hover-during-import.zfxxgk';
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    await client.diagnostics(uri, 1);
    const line = text.split('\n').findIndex((l) => l.startsWith('（一）予以公开'));
    const hover = async () => {
      const started = performance.now();
      const result = await client!.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 12 } });
      assert.match(result.contents.value, /予以公开/);
      return performance.now() - started;
    };
    // Warm up (the worker is started lazily: a first import starts it), then the idle reference.
    await client.request('zfxxgk/import', { content: '一、总体情况\n正文', kind: 'text' });
    const idle: number[] = [];
    for (let i = 0; i < 7; i++) idle.push(await hover());

    const started = performance.now();
    let importDone = false;
    const imported = client.request('zfxxgk/import', { content: docx, encoding: 'base64', kind: 'docx' }).then((r) => { importDone = true; return r; });
    const busy: number[] = [];
    while (!importDone) {
      const latency = await hover();
      if (!importDone) busy.push(latency);
      await new Promise((r) => setTimeout(r, 20));
    }
    const result = await imported;
    const importMs = performance.now() - started;
    assert.match(result.text, /第9999段/);
    assert.ok(busy.length >= 3, `only ${busy.length} hovers during an import of ${importMs.toFixed(0)} ms`);
    // Before the worker, a hover waited for the whole import. Now it waits at most for a bit of
    // message passing: well under a tenth of the import, or ten idle hovers, whichever is larger.
    const bound = Math.max(10 * median(idle), importMs / 10);
    assert.ok(Math.max(...busy) < bound, `hovers during import ${busy.map((b) => b.toFixed(1)).join(', ')} ms; idle ${median(idle).toFixed(1)} ms; import ${importMs.toFixed(0)} ms`);
  });

  it('stops an import over its time limit with a message in the user\'s language, and the next import works', async () => {
    client = new LspClient(undefined, undefined, { ZFXXGK_WORKER_TIMEOUT_MS: '300' });
    await client.initialize({ locale: 'zh-cn' });
    await assert.rejects(client.request('zfxxgk/import', { content: docx, encoding: 'base64', kind: 'docx' }),
      /导入已停止：超过时间限制（0\.3 秒）.*ZFXXGK_WORKER_TIMEOUT_MS/);
    const next = await client.request('zfxxgk/import', { content: '一、总体情况\n正文', kind: 'text' });
    assert.match(next.text, /^# 一、总体情况$/m);
    const uri = 'file:///tmp/after-timeout.zfxxgk';
    client.open(uri, example(QINGSHI), 1);
    assert.deepStrictEqual(await client.diagnostics(uri, 1), []);
  });

  it('stops an export over its time limit the same way, in English under an English locale', async () => {
    client = new LspClient(undefined, undefined, { ZFXXGK_WORKER_TIMEOUT_MS: '1' });
    await client.initialize({ locale: 'en' });
    const uri = 'file:///tmp/export-timeout.zfxxgk';
    client.open(uri, example(QINGSHI), 1);
    await client.diagnostics(uri, 1);
    // 1 ms: no DOCX is packed that fast (the clock starts once the worker has loaded).
    await assert.rejects(client.request('zfxxgk/export', { uri, to: 'docx' }), /Export stopped: it exceeded the time limit \(0 s\)/);
  });
});

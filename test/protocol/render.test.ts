import * as assert from 'assert';
import JSZip from 'jszip';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI } from '../helpers/examples';

describe('language server over stdio: zfxxgk/render and zfxxgk/export', function () {
  let client: LspClient;
  const uri = 'file:///tmp/qingshi.zfxxgk';
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize({ locale: 'zh-cn' });
  });
  afterEach(async () => client.shutdown());

  it('renders the open document\'s current version, and follows an edit', async () => {
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    const first = await client.request('zfxxgk/render', { uri, version: 1 });
    assert.strictEqual(first.version, 1);
    assert.deepStrictEqual(first.diagnosticsSummary, { errors: 0, warnings: 0, information: 0, hints: 0 });
    assert.match(first.html, /^<article class="zfxxgk-report" data-format="2021">/);
    assert.match(first.html, /<td class="value" data-line="36" data-col="39" data-cell="table3\/granted\/6" tabindex="0">1134<\/td>/);

    const line = text.split('\n').findIndex((l) => l.startsWith('（一）予以公开'));
    client.change(uri, 2, [{ range: { start: { line, character: 39 }, end: { line, character: 43 } }, text: '1135' }]);
    const second = await client.request('zfxxgk/render', { uri, version: 2 });
    assert.strictEqual(second.version, 2);
    assert.strictEqual(second.diagnosticsSummary.errors, 2);
    assert.match(second.html, /<td class="value mark mark-error" data-line="36" data-col="39" title="[^"]*1134[^"]*" data-cell="table3\/granted\/6" tabindex="0">1135<\/td>/);
  });

  it('zfxxgk/cellEdit: a value for a cell comes back as the minimal edit of the current version', async () => {
    const text = example(QINGSHI);
    client.open(uri, text, 1);
    const answer = await client.request('zfxxgk/cellEdit', { uri, table: 'table3', row: 'granted', column: 6, value: '1135' });
    assert.deepStrictEqual(answer, { ok: true, version: 1, edits: [{ range: { start: { line: 36, character: 42 }, end: { line: 36, character: 43 } }, newText: '5' }] });
    client.change(uri, 2, answer.edits.map((e: { range: unknown; newText: string }) => ({ range: e.range, text: e.newText })));
    const rendered = await client.request('zfxxgk/render', { uri, version: 2 });
    assert.strictEqual(rendered.diagnosticsSummary.errors, 2, 'the marks follow the new number');
    assert.deepStrictEqual(await client.request('zfxxgk/cellEdit', { uri, table: 'table3', row: 'granted', column: 6, value: '1|3' }), { ok: false, reason: 'badValue' });
    assert.deepStrictEqual(await client.request('zfxxgk/cellEdit', { uri, table: 'constructor', row: 'granted', column: 6, value: '1' }), { ok: false, reason: 'unknownCell' });
    assert.strictEqual(await client.request('zfxxgk/cellEdit', { uri: 'file:///nowhere.zfxxgk', table: 'table3', row: 'granted', column: 6, value: '1' }), null);
  });

  it('answers null for a document that is not open', async () => {
    assert.strictEqual(await client.request('zfxxgk/render', { uri: 'file:///nowhere.zfxxgk' }), null);
  });

  it('exports HTML and DOCX, and returns the errors instead of refusing', async () => {
    client.open(uri, example(QINGSHI).replace('| 58 | 41 | 133 | 29 | 261', '| 58 | 41 | 133 | 29 | 260'), 1);
    const html = await client.request('zfxxgk/export', { uri, to: 'html' });
    assert.strictEqual(html.encoding, 'utf8');
    assert.match(html.data, /^<!DOCTYPE html>/);
    assert.deepStrictEqual(html.errors.map((e: { code: string; line: number }) => [e.code, e.line]), [['table4.total', 65]]);
    const docx = await client.request('zfxxgk/export', { uri, to: 'docx' });
    assert.strictEqual(docx.encoding, 'base64');
    const zip = await JSZip.loadAsync(Buffer.from(docx.data, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.strictEqual((xml.match(/<w:tbl>/g) ?? []).length, 3);
    assert.strictEqual(docx.errors.length, 1);
  });
});

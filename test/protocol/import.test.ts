import * as assert from 'assert';
import { Document, Packer, Paragraph } from 'docx';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/examples';
import { LspClient } from '../helpers/lspClient';
import { reportFixture } from '../helpers/imported';

describe('language server over stdio: zfxxgk/import', function () {
  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize({ locale: 'zh-cn' });
  });
  afterEach(async () => client.shutdown());

  it('imports pdftotext text and answers the text, the summary and its words in the server locale', async () => {
    const result = await client.request('zfxxgk/import', { content: reportFixture('2024-huaian-shi.txt') });
    assert.match(result.text, /^行政复议 +\| 72 \| 64 \| 178 \| 37 \| 351$/m);
    assert.deepStrictEqual([result.summary.kind, result.summary.format, result.summary.rows.found], ['pdf-text', '2021', 34]);
    assert.match(result.summaryText, /表格行：找到 34\/34 行/);
  });

  it('imports a base64 PDF (read in place from ../shared) with pdf.js shipped next to the server bundle', async () => {
    const pdf = fs.readFileSync(path.join(ROOT, '..', 'shared', 'domain', 'reports', '2024-huaian-shi.pdf'));
    const result = await client.request('zfxxgk/import', { content: pdf.toString('base64'), encoding: 'base64' });
    assert.deepStrictEqual([result.summary.kind, result.summary.format, result.summary.rows.found], ['pdf', '2021', 34]);
    assert.match(result.text, /^行政复议 +\| 72 \| 64 \| 178 \| 37 \| 351$/m);
  });

  it('imports base64 DOCX bytes', async () => {
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [
      new Paragraph('某县人民政府2022年政府信息公开工作年度报告'), new Paragraph('一、总体情况'), new Paragraph('依法公开。'),
    ] }] }));
    const result = await client.request('zfxxgk/import', { content: Buffer.from(bytes).toString('base64'), encoding: 'base64' });
    assert.strictEqual(result.summary.kind, 'docx');
    assert.match(result.text, /^机关：某县人民政府$/m);
    assert.match(result.text, /^依法公开。$/m);
  });

  it('refuses a DOCX zip bomb with an error naming the limit in the server locale, and keeps serving', async () => {
    const { deflateRawSync } = await import('zlib');
    const name = Buffer.from('word/document.xml');
    const data = deflateRawSync(Buffer.alloc(30 * 1024 * 1024, 0x20));
    const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(30 * 1024 * 1024, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(30 * 1024 * 1024, 24); central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
    const bomb = Buffer.concat([local, name, data, central, name, end]);
    await assert.rejects(client.request('zfxxgk/import', { content: bomb.toString('base64'), encoding: 'base64' }), /压缩比.*limits\.maxRatio/);
    const result = await client.request('zfxxgk/import', { content: '一、总体情况\n正文', kind: 'text' });
    assert.match(result.text, /^# 一、总体情况$/m);
  });

  it('answers a malformed request with null and a broken file with its reason, not a crash, and keeps serving', async () => {
    assert.strictEqual(await client.request('zfxxgk/import', { content: 42 }), null);
    // A broken DOCX is bad input, not a bad request: the author is told why, in the server locale.
    await assert.rejects(client.request('zfxxgk/import', { content: 'UEsDBAo=', encoding: 'base64', kind: 'docx' }), /不是有效的 DOCX/);
    const result = await client.request('zfxxgk/import', { content: '一、总体情况\n正文', kind: 'text' });
    assert.match(result.text, /^# 一、总体情况$/m);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { nextYearReport, reportSkeleton } from '../../core/src';
import { LspClient } from '../helpers/lspClient';
import { ROOT, replaceLine } from '../helpers/examples';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'desk', name), 'utf8');
const LAST = fixture('2024-qingshi-xian.zfxxgk');

describe('language server over stdio: next year\'s report and last year at hand', function () {
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-next-'));
    fs.writeFileSync(path.join(folder, '2024.zfxxgk'), LAST);
    client = new LspClient();
    await client.initialize({ rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }] });
  });
  afterEach(async () => { await client.shutdown(); fs.rmSync(folder, { recursive: true, force: true }); });

  it('zfxxgk/newReport: the blank skeleton (plain or as a snippet) and next year\'s report from a file or a text', async () => {
    assert.deepStrictEqual(await client.request('zfxxgk/newReport', { year: 2025, agency: '青石县人民政府' }),
      { ok: true, text: reportSkeleton({ year: 2025, agency: '青石县人民政府' }), year: 2025, version: '2021', snippet: false });
    const snippet = await client.request('zfxxgk/newReport', { year: 2020, snippet: true });
    assert.strictEqual(snippet.text, reportSkeleton({ year: 2020, snippet: true }));
    const expected = (nextYearReport(LAST) as { text: string }).text;
    const fromFile = await client.request('zfxxgk/newReport', { from: { uri: uriOf('2024.zfxxgk') } });
    assert.deepStrictEqual(fromFile, { ok: true, text: expected, year: 2025, version: '2021', snippet: false });
    const fromText = await client.request('zfxxgk/newReport', { from: { text: LAST } });
    assert.strictEqual(fromText.text, expected);
    assert.strictEqual(fs.readFileSync(path.join(folder, '2024.zfxxgk'), 'utf8'), LAST, 'the source is untouched');
  });

  it('zfxxgk/newReport: the live text of an open (unsaved) document wins over the file', async () => {
    const edited = replaceLine(LAST, '四、结转下年度继续办理', '四、结转下年度继续办理 | 9 | 1 | 0 | 0 | 0 | 0 | 10');
    client.open(uriOf('2024.zfxxgk'), edited, 2);
    const result = await client.request('zfxxgk/newReport', { from: { uri: uriOf('2024.zfxxgk') } });
    assert.match(result.text, /\n二、上年结转政府信息公开申请数量 \| 9 \| 1 \| 0 \| 0 \| 0 \| 0 \| 10\n/);
  });

  it('zfxxgk/newReport: an unreadable source or one without a year is a message, not a crash', async () => {
    const missing = await client.request('zfxxgk/newReport', { from: { uri: uriOf('none.zfxxgk') } });
    assert.strictEqual(missing.ok, false);
    assert.match(missing.message, /无法读取上年报告/);
    fs.writeFileSync(path.join(folder, 'binary.zfxxgk'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    assert.strictEqual((await client.request('zfxxgk/newReport', { from: { uri: uriOf('binary.zfxxgk') } })).ok, false);
    const noYear = await client.request('zfxxgk/newReport', { from: { text: '标题：无年度\n' } });
    assert.match(noYear.message, /没有可读的“年度”行/);
  });

  it('hover on a cell of next year\'s report shows last year\'s value and the change; a blank 现行有效 shows the hint', async () => {
    const next = (nextYearReport(LAST) as { text: string }).text;
    const text = replaceLine(next, '（一）予以公开', '（一）予以公开 | 40 | | | | | |');
    const uri = uriOf('2025.zfxxgk');
    client.open(uri, text, 1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    // The workspace index may still be reading last year's file: ask until it has.
    let hover: any;
    for (let i = 0; i < 50; i++) {
      hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('40') } });
      if (hover?.contents.value.includes('上年')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(hover.contents.value, /\n\n上年（2024）：38 · 变化 \+2$/);
    const normative = lines.findIndex((l) => l.startsWith('行政规范性文件'));
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: normative, character: 0 }, end: { line: normative + 1, character: 0 } } });
    assert.deepStrictEqual(hints.map((h: any) => h.label), ['制发:', '废止:', '有效:', '上年 41 + 制发 − 废止']);
  });

  it('the column-name setting: compact by default, full, off, and the older boolean', async () => {
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, LAST, 1);
    const line = LAST.split('\n').findIndex((l) => l.startsWith('（一）予以公开'));
    const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
    const labels = async () => (await client.request('textDocument/inlayHint', { textDocument: { uri }, range })).map((h: any) => h.label);
    assert.deepStrictEqual(await labels(), ['自然:', '商企:', '科研:', '公益:', '法律:', '其他:', '总计:']);
    for (const [value, first] of [['full', '自然人:'], ['cursorRow', '自然人:'], [true, '自然人:'], ['off', undefined], [false, undefined], ['compact', '自然:']] as const) {
      client.settings = { inlayHints: { columnNames: value } };
      client.notify('workspace/didChangeConfiguration', { settings: { zfxxgk: client.settings } });
      assert.strictEqual((await labels())[0], first, String(value));
    }
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { generateCorpus } from '../helpers/corpus';
import { example, replaceLine } from '../helpers/examples';
import { LspClient } from '../helpers/lspClient';

const BAILU_2023 = 'bailu/2023-bailu-shi.zfxxgk';
const BAILU_2024 = 'bailu/2024-bailu-shi.zfxxgk';

/** A long report of a made-up agency: megabytes of prose for the scan to read and decode. */
function longReport(agency: string, megabytes: number): string {
  const line = '本机关持续推进政务公开标准化规范化建设，依法依规办理政府信息公开申请，及时回应群众关切。\n';
  return `标题：${agency}2022年政府信息公开工作年度报告\n机关：${agency}\n年度：2022\n格式：2021\n\n# 一、总体情况\n${line.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(line)))}`;
}

/**
 * The server indexes the workspace without blocking (core/src/workspace: awaited reads, a bound on
 * bytes per turn): the editor's requests are answered while it scans, and the index is complete after.
 */
describe('language server over stdio: a large workspace is indexed while the editor is answered', function () {
  let dir: string;
  let client: LspClient;
  afterEach(async () => { await client.shutdown(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('answers a hover and a didChange before the scan ends, then finds last year\'s report read last', async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-scan-'));
    const ws = path.join(dir, 'ws');
    generateCorpus(path.join(ws, 'corpus'), { agencies: 1000, years: [2023, 2024], rate: 0 }); // 2,000 reports
    fs.mkdirSync(path.join(ws, 'long'));
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(ws, 'long', `${i}.zfxxgk`), longReport(`某某县档案馆${i}`, 4)); // 24 MB
    // Subfolders are walked first: last year's report, at the root, is the last file the scan reads.
    fs.writeFileSync(path.join(ws, '2023.zfxxgk'), example(BAILU_2023));
    client = new LspClient();
    await client.initialize({ workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'reports' }] });

    const events: string[] = [];
    const uri = pathToFileURL(path.join(ws, '2024.zfxxgk')).href;
    const text = replaceLine(example(BAILU_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 95 | 2 | 0 | 0 | 1 | 0 | 98');
    const isCarryOver = (d: { code: string }) => d.code === 'crossYear.carryOver';
    const indexed = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2 && p.diagnostics.some(isCarryOver), 120_000)
      .then((p) => { events.push('index complete'); return p.diagnostics; });
    const changed = client.diagnostics(uri, 2, 60_000).then((ds) => { events.push('didChange answered'); return ds; });
    client.open(uri, text, 1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('二、上年结转'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('95') } }, 60_000);
    events.push('hover answered');
    client.change(uri, 2, [{ range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: '\n' }]);

    const first = await changed;
    assert.ok(hover?.contents, 'the hover has an answer');
    assert.ok(!first.some(isCarryOver), 'answered before the scan reached last year\'s report');
    const complete = await indexed;
    assert.deepStrictEqual(events, ['hover answered', 'didChange answered', 'index complete']);
    const carryOver = complete.filter(isCarryOver);
    assert.match(carryOver[0].message, /上年结转为 95，2023 年度报告的“结转下年度继续办理”为 96/);
    assert.strictEqual(carryOver[0].relatedInformation[0].location.uri, pathToFileURL(path.join(ws, '2023.zfxxgk')).href);
  });
});

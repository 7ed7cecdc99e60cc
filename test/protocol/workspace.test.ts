import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';
import { example, replaceLine } from '../helpers/examples';

const BAILU_2023 = 'bailu/2023-bailu-shi.zfxxgk';
const BAILU_2024 = 'bailu/2024-bailu-shi.zfxxgk';

describe('language server over stdio: a workspace of reports', function () {
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-ws-'));
    // Last year's report is on disk only; this year's is opened in the editor.
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), example(BAILU_2023));
    client = new LspClient();
    await client.initialize({ rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }] });
  });
  afterEach(async () => { await client.shutdown(); fs.rmSync(folder, { recursive: true, force: true }); });

  /** The diagnostics of `uri` once the workspace index has caught up (the first publish may predate it). */
  async function settled(uri: string, version: number, accept: (diagnostics: any[]) => boolean): Promise<any[]> {
    for (;;) {
      const diagnostics = await client.diagnostics(uri, version);
      if (accept(diagnostics)) return diagnostics;
    }
  }

  it('links a carry-over warning to the cell in last year\'s file, read from disk', async () => {
    const text = replaceLine(example(BAILU_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 95 | 2 | 0 | 0 | 1 | 0 | 98');
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, text, 1);
    const diagnostics = await settled(uri, 1, (ds) => ds.some((d) => d.code === 'crossYear.carryOver'));
    const carryOver = diagnostics.filter((d: any) => d.code === 'crossYear.carryOver');
    assert.deepStrictEqual(carryOver.map((d: any) => d.severity), [2, 2], 'natural-person and total columns, warnings');
    assert.match(carryOver[0].message, /上年结转为 95，2023 年度报告的“结转下年度继续办理”为 96/);
    const related = carryOver[0].relatedInformation[0];
    assert.strictEqual(related.location.uri, uriOf('2023.zfxxgk'));
    const lastYearLine = example(BAILU_2023).split('\n')[related.location.range.start.line];
    assert.match(lastYearLine, /^四、结转下年度继续办理 \| 96 /);
    assert.strictEqual(lastYearLine.slice(related.location.range.start.character, related.location.range.end.character), '96');
  });

  it('checks again when last year\'s file changes on disk', async () => {
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, example(BAILU_2024), 1);
    await settled(uri, 1, (ds) => ds.length === 0);
    // Someone edits the 2023 report outside the editor: its carried-over total no longer matches.
    const lastYear = replaceLine(example(BAILU_2023), '四、结转下年度继续办理', '四、结转下年度继续办理 | 97 | 2 | 0 | 0 | 1 | 0 | 100');
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), lastYear);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('2023.zfxxgk'), type: 2 }] });
    const diagnostics = await settled(uri, 1, (ds) => ds.some((d) => d.code === 'crossYear.carryOver'));
    assert.deepStrictEqual(diagnostics.map((d: any) => d.message.match(/为 (\d+)（/)?.[1]), ['97', '100']);
  });

  it('a view of another version (a diff\'s git: side) is no second report: the cross-year checks stay, Ctrl+T lists each report once', async () => {
    // VS Code's diff of the 2023 file against HEAD opens HEAD's version as a git: document of the same language.
    const file = path.join(folder, '2023.zfxxgk');
    const gitView = `git:${pathToFileURL(file).pathname}?${encodeURIComponent(JSON.stringify({ path: file, ref: 'HEAD' }))}`;
    const viewChecked = client.diagnostics(gitView, 1);
    client.open(gitView, example(BAILU_2023), 1);
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, replaceLine(example(BAILU_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 95 | 2 | 0 | 0 | 1 | 0 | 98'), 1);
    // Two 2023 reports would be ambiguous, and the carry-over check would stand down.
    const diagnostics = await settled(uri, 1, (ds) => ds.some((d) => d.code === 'crossYear.carryOver'));
    assert.strictEqual(diagnostics.filter((d: any) => d.code === 'crossYear.carryOver').length, 2);
    const symbols = await client.request('workspace/symbol', { query: '总体' }) as any[];
    assert.deepStrictEqual(symbols.map((s) => s.location.uri).sort(), [uriOf('2023.zfxxgk'), uriOf('2024.zfxxgk')]);
    // The view itself is still checked (clean: last year's report of 2023 is not in the workspace).
    assert.deepStrictEqual(await viewChecked, []);
  });

  it('zfxxgk/documentStatus: the format applied and why, last year\'s report from disk, and when it is ambiguous', async () => {
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, example(BAILU_2024), 1);
    await settled(uri, 1, (ds) => ds.length === 0);
    const status = await client.request('zfxxgk/documentStatus', { uri }) as any;
    assert.strictEqual(status.version, 1);
    assert.deepStrictEqual(status.format, { text: '2021 年格式', severity: 'information', detail: '依据“格式：2021”（国办公开办函〔2021〕30号）' });
    assert.strictEqual(status.lastYear.uri, uriOf('2023.zfxxgk'));
    assert.strictEqual(status.lastYear.text, '上年报告：2023.zfxxgk');
    // A copy of last year's file appears on disk: two candidates (the cross-year checks stand down), and the status says so.
    fs.writeFileSync(path.join(folder, '2023 副本.zfxxgk'), example(BAILU_2023));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('2023 副本.zfxxgk'), type: 1 }] });
    let after: any;
    for (let i = 0; i < 100 && after?.lastYear.severity !== 'warning'; i++) {
      after = await client.request('zfxxgk/documentStatus', { uri });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.strictEqual(after.lastYear.text, '上年报告不唯一');
    assert.match(after.lastYear.detail, /有 2 份（2023 副本\.zfxxgk、2023\.zfxxgk）/);
    assert.strictEqual(await client.request('zfxxgk/documentStatus', { uri: uriOf('closed.zfxxgk') }), null, 'not an open document');
  });

  it('Go to Symbol in Workspace: the reports on disk and the open one, each section under its report', async () => {
    const uri = uriOf('2024.zfxxgk');
    // Asked right after initialize: the answer waits for the folder to be indexed, it does not miss the file on disk.
    const early = client.request('workspace/symbol', { query: '收到' });
    client.open(uri, replaceLine(example(BAILU_2024), '# 三、', '# 三、收到和处理申请的情况'), 1);
    const onDisk = (await early) as any[];
    assert.ok(onDisk.some((s) => s.location.uri === uriOf('2023.zfxxgk')), JSON.stringify(onDisk));
    const symbols = await client.request('workspace/symbol', { query: '收到' }) as any[];
    assert.deepStrictEqual(symbols.map((s) => [s.location.uri, s.name, s.containerName, s.kind]).sort(), [
      [uriOf('2023.zfxxgk'), '三、收到和处理政府信息公开申请情况', '白鹭市人民政府 2023年度', 3],
      [uriOf('2024.zfxxgk'), '三、收到和处理申请的情况', '白鹭市人民政府 2024年度', 3],
    ]);
    const lastYear = symbols.find((s) => s.location.uri === uriOf('2023.zfxxgk'));
    assert.match(example(BAILU_2023).split('\n')[lastYear.location.range.start.line], /^# 三、收到和处理政府信息公开申请情况/);
    const reports = await client.request('workspace/symbol', { query: '白鹭 年度报告' }) as any[];
    assert.deepStrictEqual(reports.map((s) => s.name).sort(), ['白鹭市人民政府2023年政府信息公开工作年度报告', '白鹭市人民政府2024年政府信息公开工作年度报告']);
  });
});

describe('language server over stdio: zfxxgk.config.json at the workspace root', function () {
  it('applies the file\'s severities and ignored rules, like the CLI', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-cfg-'));
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), example(BAILU_2023));
    fs.writeFileSync(path.join(folder, 'zfxxgk.config.json'), JSON.stringify({ rules: { 'crossYear.carryOver': 'error' }, overrides: [{ files: 'archive/**', ignore: ['crossYear.*'] }] }));
    const client = new LspClient();
    try {
      await client.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }] });
      const text = replaceLine(example(BAILU_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 96 | 2 | 0 | 0 | 1 | 0 | 98');
      const uri = pathToFileURL(path.join(folder, '2024.zfxxgk')).href;
      client.open(uri, text, 1);
      let diagnostics: any[] = [];
      while (!diagnostics.some((d) => d.code === 'crossYear.carryOver')) diagnostics = await client.diagnostics(uri, 1);
      assert.strictEqual(diagnostics.find((d) => d.code === 'crossYear.carryOver').severity, 1, 'error, from the config file');
      fs.mkdirSync(path.join(folder, 'archive'));
      const archived = pathToFileURL(path.join(folder, 'archive', '2024.zfxxgk')).href;
      client.open(archived, text, 1);
      const quiet = await client.diagnostics(archived, 1);
      assert.ok(!quiet.some((d: any) => d.code.startsWith('crossYear.')), JSON.stringify(quiet.map((d: any) => d.code)));
    } finally {
      await client.shutdown();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

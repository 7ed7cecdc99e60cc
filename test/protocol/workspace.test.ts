import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';
import { example, replaceLine } from '../helpers/examples';

const SUQIAN_2023 = 'suqian/2023-suqian-shi.zfxxgk';
const SUQIAN_2024 = 'suqian/2024-suqian-shi.zfxxgk';

describe('language server over stdio: a workspace of reports', function () {
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-ws-'));
    // Last year's report is on disk only; this year's is opened in the editor.
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), example(SUQIAN_2023));
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
    const text = replaceLine(example(SUQIAN_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 117 | 3 | 0 | 0 | 0 | 0 | 120');
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, text, 1);
    const diagnostics = await settled(uri, 1, (ds) => ds.some((d) => d.code === 'crossYear.carryOver'));
    const carryOver = diagnostics.filter((d: any) => d.code === 'crossYear.carryOver');
    assert.deepStrictEqual(carryOver.map((d: any) => d.severity), [2, 2], 'natural-person and total columns, warnings');
    assert.match(carryOver[0].message, /上年结转为 117，2023 年度报告的“结转下年度继续办理”为 118/);
    const related = carryOver[0].relatedInformation[0];
    assert.strictEqual(related.location.uri, uriOf('2023.zfxxgk'));
    const lastYearLine = example(SUQIAN_2023).split('\n')[related.location.range.start.line];
    assert.match(lastYearLine, /^四、结转下年度继续办理 \| 118 /);
    assert.strictEqual(lastYearLine.slice(related.location.range.start.character, related.location.range.end.character), '118');
  });

  it('checks again when last year\'s file changes on disk', async () => {
    const uri = uriOf('2024.zfxxgk');
    client.open(uri, example(SUQIAN_2024), 1);
    await settled(uri, 1, (ds) => ds.length === 0);
    // Someone edits the 2023 report outside the editor: its carried-over total no longer matches.
    const lastYear = replaceLine(example(SUQIAN_2023), '四、结转下年度继续办理', '四、结转下年度继续办理 | 119 | 3 | 0 | 0 | 0 | 0 | 122');
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), lastYear);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('2023.zfxxgk'), type: 2 }] });
    const diagnostics = await settled(uri, 1, (ds) => ds.some((d) => d.code === 'crossYear.carryOver'));
    assert.deepStrictEqual(diagnostics.map((d: any) => d.message.match(/为 (\d+)（/)?.[1]), ['119', '122']);
  });
});

describe('language server over stdio: zfxxgk.config.json at the workspace root', function () {
  it('applies the file\'s severities and ignored rules, like the CLI', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-cfg-'));
    fs.writeFileSync(path.join(folder, '2023.zfxxgk'), example(SUQIAN_2023));
    fs.writeFileSync(path.join(folder, 'zfxxgk.config.json'), JSON.stringify({ rules: { 'crossYear.carryOver': 'error' }, overrides: [{ files: 'archive/**', ignore: ['crossYear.*'] }] }));
    const client = new LspClient();
    try {
      await client.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }] });
      const text = replaceLine(example(SUQIAN_2024), '二、上年结转', '二、上年结转政府信息公开申请数量 | 118 | 3 | 0 | 0 | 0 | 0 | 120');
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

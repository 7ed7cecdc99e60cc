import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { generateCorpus } from '../helpers/corpus';
import { LspClient } from '../helpers/lspClient';

/**
 * The server finds and reads workspace files with the CLI's workspace (core/src/workspace):
 * symbolic links followed, cycles ended, FIFOs and oversized files refused with the reason in the log.
 */
describe('language server over stdio: the workspace\'s files, read like the CLI reads them', function () {
  let dir: string;
  let client: LspClient;
  afterEach(async () => { await client.shutdown(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('indexes last year\'s report through a symlinked folder, and logs what it will not read', async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-wsfiles-'));
    generateCorpus(path.join(dir, 'gen'), { agencies: 1, years: [2023, 2024], rate: 0 });
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    fs.symlinkSync(path.join(dir, 'gen', 'agency-0000'), path.join(ws, 'linked'));
    fs.symlinkSync(ws, path.join(ws, 'loop'));
    fs.writeFileSync(path.join(ws, 'huge.zfxxgk'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x31));
    const fifo = path.join(ws, 'pipe.zfxxgk');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip(); // no mkfifo on this system: the FIFO case cannot be set up
    client = new LspClient(undefined, undefined, { ZFXXGK_MAX_INPUT_MB: '2' });
    const logged = (pattern: RegExp) => client.waitFor('window/logMessage', (p) => pattern.test(p.message));
    const refusals = [logged(/pipe\.zfxxgk（不是普通文件（管道、设备或套接字），不读取）/), logged(/huge\.zfxxgk（超过 2 MB 的输入上限/)];
    await client.initialize({ locale: 'zh-cn', workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'reports' }] });
    await Promise.all(refusals);

    // This year's report, opened through the link, with a carry-in that does not match last year's carry-over.
    const file = path.join(ws, 'linked', '2024.zfxxgk');
    const text = fs.readFileSync(file, 'utf8').replace(/^(二、上年结转[^|]*\| *)(\d+)/m, (_, head: string, n: string) => head + String(Number(n) + 1));
    const uri = pathToFileURL(file).href;
    client.open(uri, text, 1);
    for (;;) {
      const diagnostics = await client.diagnostics(uri, 1);
      const carryOver = diagnostics.filter((d: { code: string }) => d.code === 'crossYear.carryOver');
      if (carryOver.length === 0) continue; // the first publish may come before the index is ready
      assert.strictEqual(carryOver[0].relatedInformation[0].location.uri, pathToFileURL(path.join(ws, 'linked', '2023.zfxxgk')).href);
      break;
    }
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as iconv from 'iconv-lite';
import { LspClient } from '../helpers/lspClient';
import { example, replaceLine } from '../helpers/examples';

/**
 * Issue 14 F2: the workspace index reads reports on disk with THE decoding function, so last
 * year's report saved as GB18030 ("ANSI" in Notepad) or UTF-16 gives the same cross-year findings.
 */
describe('language server over stdio: last year\'s report in another encoding', function () {
  for (const [name, encode] of [
    ['GB18030', (text: string) => iconv.encode(text, 'gb18030')],
    ['UTF-16 with BOM', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ] as const) {
    it(`reads a ${name} file on disk like its UTF-8 copy`, async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-enc-'));
      fs.writeFileSync(path.join(folder, '2023.zfxxgk'), encode(example('bailu/2023-bailu-shi.zfxxgk')));
      const client = new LspClient();
      try {
        await client.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }] });
        const text = replaceLine(example('bailu/2024-bailu-shi.zfxxgk'), '二、上年结转', '二、上年结转政府信息公开申请数量 | 95 | 2 | 0 | 0 | 1 | 0 | 98');
        const uri = pathToFileURL(path.join(folder, '2024.zfxxgk')).href;
        client.open(uri, text, 1);
        let diagnostics: any[] = [];
        while (!diagnostics.some((d) => d.code === 'crossYear.carryOver')) diagnostics = await client.diagnostics(uri, 1);
        const carryOver = diagnostics.filter((d) => d.code === 'crossYear.carryOver');
        assert.strictEqual(carryOver.length, 2);
        assert.match(carryOver[0].message, /上年结转为 95，2023 年度报告的“结转下年度继续办理”为 96/);
      } finally {
        await client.shutdown();
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspClient } from '../helpers/lspClient';
import { ROOT } from '../helpers/examples';

describe('language server over stdio: version', () => {
  it('answers initialize with serverInfo.version = package.json\'s version', async () => {
    const client = new LspClient();
    try {
      const result = await client.initialize({ locale: 'zh-cn' });
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.deepStrictEqual(result.serverInfo, { name: 'zfxxgk', version });
    } finally { await client.shutdown(); }
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { productVersion } from '../../core/src';
import { zfxxgk } from '../helpers/cli';
import { ROOT, SEED } from '../helpers/examples';

const packageVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the version comes from package.json only', () => {
  it('the core reads it from the compiled tests (out/)', () => {
    assert.match(packageVersion, /^\d+\.\d+\.\d+/);
    assert.strictEqual(productVersion(), packageVersion);
  });

  it('the bundled CLI writes it as the SARIF tool version', () => {
    const { stdout } = zfxxgk(['check', path.join(ROOT, 'examples', SEED), '--format', 'sarif']);
    assert.strictEqual(JSON.parse(stdout).runs[0].tool.driver.version, packageVersion);
  });
});

/**
 * Runs the Playwright UI tests (out/test/e2e/ui/*.ui.js) with mocha in Node against the running
 * code-server (CS_HOST, E2E_WORKSPACE, E2E_LOCALE, E2E_RESULTS). Writes <results>/ui-<locale>.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { targetFromEnv } from './browser';

const target = targetFromEnv();
const dir = path.resolve(__dirname, '..', 'ui');
const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: 'spec', color: false });
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ui.js')).sort()) mocha.addFile(path.join(dir, file));
const runner = mocha.run((failures) => {
  const { passes = 0, failures: failed = 0 } = runner.stats ?? {};
  fs.mkdirSync(target.results, { recursive: true });
  fs.writeFileSync(path.join(target.results, `ui-${target.locale}.json`), JSON.stringify({ passed: passes, failed }));
  process.exit(failures > 0 ? 1 : 0);
});

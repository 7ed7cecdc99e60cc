/**
 * Extension-host test entry (the @vscode/test-electron contract): VS Code loads this file from
 * `extensionTestsPath` and awaits run(). It runs every *.test.js beside it with mocha BDD inside the
 * real extension host, where `import * as vscode from 'vscode'` is the full API.
 *
 * The workspace folder is a fresh copy of examples/ (plus test/e2e/fixtures/, flattened into the same
 * folder). Tests must leave documents as they found them (revert edits).
 *
 * Drivers: scripts/e2e/run.sh (code-server + chromium, test/e2e/harness/exthost.ts) and
 * test/e2e/electron/run.ts (desktop VS Code, when one is installed).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Printed once at the end; the drivers read the counts from it. */
export const RESULT_MARKER = 'ZFXXGK-E2E-RESULT';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.ZFXXGK_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: passes, failed, pending, files })}`);
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error);
    }
  });
}

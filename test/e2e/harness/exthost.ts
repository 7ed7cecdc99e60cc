/**
 * Runs the extension-host suite (out/test/e2e/exthost/index.js) inside code-server's real Node
 * extension host, as @vscode/test-electron does in desktop VS Code, through VS Code's own automation
 * hooks: the URL payload extensionDevelopmentPath/extensionTestsPath, and window.codeAutomationExit /
 * codeAutomationLog, which the workbench calls with the mocha output and the exit code.
 *
 * Env: CS_HOST, E2E_WORKSPACE, E2E_RESULTS, E2E_LOCALE (see browser.ts). Writes <results>/exthost-<locale>.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { launchBrowser, remoteUri, targetFromEnv, workbenchUrl } from './browser';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const TESTS = path.join(ROOT, 'out', 'test', 'e2e', 'exthost', 'index.js');
const MARKER = 'ZFXXGK-E2E-RESULT';
const TIMEOUT_MS = Number(process.env.E2E_EXTHOST_TIMEOUT_MS || 240_000);

async function main(): Promise<number> {
  const target = targetFromEnv();
  fs.mkdirSync(target.results, { recursive: true });
  const resultFile = path.join(target.results, `exthost-${target.locale}.json`);
  let counts = { passed: 0, failed: 1 };
  const browser = await launchBrowser();
  try {
    let exit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => { exit = resolve; });
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    await browser.page.exposeFunction('codeAutomationLog', (_level: string, args: unknown) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      const marker = text.indexOf(MARKER);
      if (marker >= 0) counts = JSON.parse(text.slice(marker + MARKER.length));
      else if (process.env.VERBOSE || /✔|✓|passing|failing|pending|^\s*\d+\) |Error|^\s{2,}\S/.test(text)) console.log(text.replace(/%c/g, ''));
    });
    const payload: Array<[string, string]> = [['extensionDevelopmentPath', remoteUri(target, ROOT)], ['extensionTestsPath', remoteUri(target, TESTS)]];
    await browser.page.goto(workbenchUrl(target, payload), { timeout: 120_000 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((_, reject) => { timer = setTimeout(() => reject(new Error(`no codeAutomationExit within ${TIMEOUT_MS} ms`)), TIMEOUT_MS); });
    const code = await Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // the run failed before mocha reported
    console.log(`extension host (${target.locale}): exit ${code}, ${counts.passed} passed, ${counts.failed} failed`);
    return code === 0 ? 0 : 1;
  } catch (error) {
    console.error(`extension host (${target.locale}): ${(error as Error).message}`);
    await browser.page.screenshot({ path: path.join(target.results, `exthost-${target.locale}-failure.png`) }).catch(() => undefined);
    return 1;
  } finally {
    fs.writeFileSync(resultFile, JSON.stringify(counts));
    await browser.close();
  }
}

main().then((code) => process.exit(code), (error) => { console.error(error); process.exit(1); });

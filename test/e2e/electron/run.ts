/**
 * The extension-host suite in a desktop VS Code through @vscode/test-electron, where one is installed:
 * VSCODE_EXECUTABLE, or `code` on PATH. Never downloads VS Code: without one it says so and exits 0
 * (the same suite runs in code-server in scripts/e2e/run.sh).
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function findVsCode(): string | undefined {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  const which = cp.spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  const code = which.status === 0 ? which.stdout.trim() : '';
  if (!code) return undefined;
  // `code` is a launcher script; test-electron wants the Electron binary beside resources/app.
  const real = fs.realpathSync(code);
  const candidates = [path.resolve(path.dirname(real), '..', '..', '..', 'code'), path.resolve(path.dirname(real), '..', 'code'), real];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

async function main(): Promise<number> {
  const executable = findVsCode();
  if (!executable) {
    console.log('SKIPPED @vscode/test-electron: no desktop VS Code here (set VSCODE_EXECUTABLE or put `code` on PATH). ' +
      'The same extension-host tests run in code-server: bash scripts/e2e/run.sh');
    return 0;
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-ws-'));
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const fixtures = path.join(ROOT, 'test', 'e2e', 'fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'e2e', 'exthost', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--locale', process.env.E2E_LOCALE || 'en'],
    });
    return 0;
  } catch (error) {
    console.error(`extension-host tests failed in ${executable}: ${(error as Error).message}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));

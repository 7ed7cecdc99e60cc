import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from './examples';

/** Run the installed command `bin/zfxxgk` from the repository root (Chinese locale unless `env` says otherwise). */
export function zfxxgk(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'zfxxgk'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

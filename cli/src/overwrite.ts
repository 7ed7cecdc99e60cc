import * as fs from 'fs';
import * as path from 'path';

/**
 * Is `output` one of the `inputs` (issue 14 F12: no command writes over its input)? Compared as
 * files, not strings: the same device and inode (hard links, symlinks, `./x` vs `x`), else the
 * same real path of the folder and name for an output that does not exist yet.
 */
export function writesOverInput(output: string, inputs: string[]): boolean {
  if (output === '-') return false;
  const target = identity(output);
  return inputs.some((input) => input !== '-' && sameFile(target, identity(input)));
}

interface Identity { real: string; dev?: number; ino?: number }

function identity(file: string): Identity {
  try {
    const stat = fs.statSync(file);
    return { real: fs.realpathSync(file), dev: stat.dev, ino: stat.ino };
  } catch {
    let folder: string;
    try { folder = fs.realpathSync(path.dirname(path.resolve(file))); } catch { folder = path.dirname(path.resolve(file)); }
    return { real: path.join(folder, path.basename(file)) };
  }
}

function sameFile(a: Identity, b: Identity): boolean {
  if (a.ino !== undefined && b.ino !== undefined && a.ino !== 0) return a.dev === b.dev && a.ino === b.ino;
  return a.real === b.real;
}

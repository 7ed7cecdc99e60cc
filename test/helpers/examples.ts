import * as fs from 'fs';
import * as path from 'path';

/** Repository root, from out/test/helpers or test/helpers alike. */
export const ROOT = path.resolve(__dirname, '..', '..', fs.existsSync(path.resolve(__dirname, '..', '..', 'package.json')) ? '' : '..');

export function example(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
}

export const SEED = '2020-mengzhou-xiguozhen.zfxxgk';
/** The made-up 2021-format example: 青石市人民政府 2024 (fictional agency, our own text). */
export const QINGSHI = '2024-qingshi-shi.zfxxgk';
/** @deprecated the old name of {@link QINGSHI}, kept so branches written before the rename still compile. */
export const HUAIAN = QINGSHI;

/** Replace the n-th occurrence (0-based) of `search` in `text`. */
export function replaceNth(text: string, search: string, replacement: string, n = 0): string {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(search, index + 1);
    if (index < 0) throw new Error(`"${search}" occurrence ${n} not found`);
  }
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}

/** Replace the line that starts with `prefix`. */
export function replaceLine(text: string, prefix: string, line: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with "${prefix}"`);
  lines[index] = line;
  return lines.join('\n');
}

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

/**
 * `text` with one cell of a table line set to `value`: cell 0 is the first number after the label; the line is
 * its 0-based index or the first line starting with that prefix. Trailing blanks of the line are dropped.
 */
export function withCell(text: string, row: number | string, cell: number, value: string): string {
  const lines = text.split('\n');
  const index = typeof row === 'number' ? row : lines.findIndex((l) => l.startsWith(row));
  if (index < 0 || index >= lines.length) throw new Error(`no line ${typeof row === 'number' ? row : `starts with "${row}"`}`);
  const parts = lines[index].split('|');
  if (cell + 1 >= parts.length) throw new Error(`line ${index + 1} has no cell ${cell}`);
  parts[cell + 1] = ` ${value} `;
  lines[index] = parts.join('|').trimEnd();
  return lines.join('\n');
}

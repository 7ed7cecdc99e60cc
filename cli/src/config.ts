import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type Locale, type ZfxxgkConfig } from '../../core/src';

export interface LoadedConfig { config: ZfxxgkConfig; root: string; file?: string; problems: string[]; fatal: boolean }

/**
 * The config file: --config if given, else the nearest zfxxgk.config.json in the first input's
 * folder or above it. Paths in its globs are relative to the folder that holds it.
 */
export function loadConfig(explicit: string | undefined, inputs: string[], locale: Locale): LoadedConfig {
  const file = explicit ? path.resolve(explicit) : findUpward(startFolder(inputs[0]));
  if (!file) return { config: EMPTY_CONFIG, root: process.cwd(), problems: [], fatal: false };
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch {
    return { config: EMPTY_CONFIG, root: path.dirname(file), file, problems: [(locale === 'zh-cn' ? '无法读取配置文件：' : 'cannot read the config file: ') + file], fatal: true };
  }
  const { config, problems } = parseConfig(text, locale);
  const fatal = problems.length > 0 && config === EMPTY_CONFIG;
  return { config, root: path.dirname(file), file, problems: problems.map((p) => `${file}: ${p}`), fatal };
}

function startFolder(input: string | undefined): string {
  const resolved = path.resolve(input ?? '.');
  try { return fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved); } catch { return process.cwd(); }
}

function findUpward(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** A file's path relative to the config folder, '/'-separated, for the globs. */
export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

import * as path from 'path';
import { EMPTY_CONFIG, type Locale, type ZfxxgkConfig } from '../../core/src';
import { say } from '../../core/src/i18n/text';
import { workspace } from './files';

export interface LoadedConfig { config: ZfxxgkConfig; root: string; file?: string; problems: string[]; fatal: boolean }

/**
 * The config file: --config if given, else the nearest zfxxgk.config.json in the first input's
 * folder or above it (the workspace's lookup). Paths in its globs are relative to the folder that holds it.
 */
export function loadConfig(explicit: string | undefined, inputs: string[], locale: Locale): LoadedConfig {
  const ws = workspace();
  const file = explicit ? path.resolve(explicit) : ws.findConfig(ws.folderOf(inputs[0] ?? '.') ?? process.cwd());
  if (!file) return { config: EMPTY_CONFIG, root: process.cwd(), problems: [], fatal: false };
  const loaded = ws.loadConfig(file, locale);
  if (!loaded.config) {
    return { config: EMPTY_CONFIG, root: path.dirname(file), file, problems: [say(locale, '无法读取配置文件：', 'cannot read the config file: ') + file], fatal: true };
  }
  const { config, problems } = loaded;
  const fatal = problems.length > 0 && config === EMPTY_CONFIG;
  return { config, root: path.dirname(file), file, problems: problems.map((p) => `${file}: ${p}`), fatal };
}

/** A file's path relative to the config folder, '/'-separated, for the globs. */
export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

import type { Locale } from '../formats';
import { RULE_CODES, type RuleCode } from '../i18n/catalog';
import { say } from '../i18n/text';
import { matchesCode } from '../rules/suppressions';
import type { SeverityOverrides } from '../rules/context';
import { matchesGlob } from './glob';
import { isSeverityLevel, type SeverityLevel } from './severity';

/** The severity config file both the CLI and the language server read, at the workspace root. */
export const CONFIG_FILE = 'zfxxgk.config.json';

type Level = SeverityLevel;

export interface ConfigOverride { files: string[]; rules: Record<string, Level>; ignore: string[] }
export interface ZfxxgkConfig {
  /** Per-rule severity; a key may name a family: "text.*". */
  rules: Record<string, Level>;
  /** Rules switched off everywhere. */
  ignore: string[];
  /** Per-file settings by glob, applied in order after the above. */
  overrides: ConfigOverride[];
}

export const EMPTY_CONFIG: ZfxxgkConfig = { rules: {}, ignore: [], overrides: [] };

/** Parse the config file. Problems are listed (in the locale), never thrown; what is valid is kept. */
export function parseConfig(text: string, locale: Locale = 'zh-cn'): { config: ZfxxgkConfig; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try { raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); } catch (error) {
    return { config: EMPTY_CONFIG, problems: [say(locale, `${CONFIG_FILE} 不是有效的 JSON：`, `${CONFIG_FILE} is not valid JSON: `) + (error as Error).message] };
  }
  if (!isObject(raw)) return { config: EMPTY_CONFIG, problems: [say(locale, `${CONFIG_FILE} 应为一个 JSON 对象。`, `${CONFIG_FILE} must be a JSON object.`)] };
  for (const key of Object.keys(raw)) {
    if (!['rules', 'ignore', 'overrides', '$schema'].includes(key)) problems.push(say(locale, `未知的配置项“${key}”。`, `Unknown setting "${key}".`));
  }
  const config: ZfxxgkConfig = { rules: readRules(raw.rules, 'rules', problems, locale), ignore: readCodes(raw.ignore, 'ignore', problems, locale), overrides: [] };
  if (raw.overrides !== undefined && !Array.isArray(raw.overrides)) problems.push(say(locale, '“overrides”应为数组。', '"overrides" must be an array.'));
  for (const [i, item] of (Array.isArray(raw.overrides) ? raw.overrides : []).entries()) {
    const where = `overrides[${i}]`;
    if (!isObject(item)) { problems.push(say(locale, `“${where}”应为对象。`, `"${where}" must be an object.`)); continue; }
    const files = typeof item.files === 'string' ? [item.files] : Array.isArray(item.files) ? item.files.filter((f): f is string => typeof f === 'string') : [];
    if (files.length === 0) { problems.push(say(locale, `“${where}.files”应为文件模式（glob）或其数组。`, `"${where}.files" must be a glob or an array of globs.`)); continue; }
    config.overrides.push({ files, rules: readRules(item.rules, `${where}.rules`, problems, locale), ignore: readCodes(item.ignore, `${where}.ignore`, problems, locale) });
  }
  return { config, problems };
}

/**
 * Severities for one file: `base` (editor settings or --rule flags decide their own order),
 * then the file's rules and ignore list, then each matching override in order.
 */
export function severitiesFor(config: ZfxxgkConfig, relativePath: string, base: SeverityOverrides = {}): SeverityOverrides {
  const out: SeverityOverrides = { ...base };
  const apply = (rules: Record<string, Level>, ignore: string[]) => {
    for (const [pattern, level] of Object.entries(rules)) for (const code of expand(pattern)) out[code] = level;
    for (const pattern of ignore) for (const code of expand(pattern)) out[code] = 'off';
  };
  apply(config.rules, config.ignore);
  for (const override of config.overrides) {
    if (override.files.some((glob) => matchesGlob(glob, relativePath))) apply(override.rules, override.ignore);
  }
  return out;
}

function expand(pattern: string): RuleCode[] {
  return RULE_CODES.filter((code) => matchesCode(pattern, code));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRules(value: unknown, where: string, problems: string[], locale: Locale): Record<string, Level> {
  if (value === undefined) return {};
  if (!isObject(value)) { problems.push(say(locale, `“${where}”应为对象（规则代码 → 级别）。`, `"${where}" must be an object (rule code → level).`)); return {}; }
  const out: Record<string, Level> = {};
  for (const [code, level] of Object.entries(value)) {
    if (!isSeverityLevel(level)) { problems.push(say(locale, `“${where}.${code}”的级别应为 error、warning、information、hint 或 off。`, `"${where}.${code}" must be error, warning, information, hint or off.`)); continue; }
    if (expand(code).length === 0) problems.push(say(locale, `“${code}”不是 zfxxgk 的规则代码。`, `"${code}" is not a zfxxgk rule code.`));
    out[code] = level;
  }
  return out;
}

function readCodes(value: unknown, where: string, problems: string[], locale: Locale): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) { problems.push(say(locale, `“${where}”应为规则代码的数组。`, `"${where}" must be an array of rule codes.`)); return []; }
  for (const code of value as string[]) if (expand(code).length === 0) problems.push(say(locale, `“${code}”不是 zfxxgk 的规则代码。`, `"${code}" is not a zfxxgk rule code.`));
  return value as string[];
}

import type { Locale } from '../../core/src';

/** The CLI's own words (diagnostic messages come from the core catalog). */
export const TEXT = {
  usage: {
    'zh-cn': `用法：zfxxgk <命令> [选项]

命令：
  check [--format text|json] [--rule 代码=级别]... [--lang zh|en] 路径...
        检查年度报告（目录中查找 *.zfxxgk）。退出码：0 无错误，1 有错误，2 用法错误或无法读取。
  help  显示本帮助。

级别：error、warning、information、hint、off。`,
    en: `Usage: zfxxgk <command> [options]

Commands:
  check [--format text|json] [--rule CODE=LEVEL]... [--lang zh|en] PATH...
        Check reports (directories are searched for *.zfxxgk). Exit 0: no errors; 1: errors; 2: bad usage or unreadable input.
  help  Show this help.

Levels: error, warning, information, hint, off.`,
  },
  unreadable: { 'zh-cn': '无法读取：', en: 'cannot read: ' },
  noFiles: { 'zh-cn': '没有找到 .zfxxgk 文件：', en: 'no .zfxxgk files found in: ' },
  summary: { 'zh-cn': '{files} 个文件：{errors} 个错误，{warnings} 个警告', en: '{files} file(s): {errors} error(s), {warnings} warning(s)' },
  badRule: { 'zh-cn': '--rule 应为 代码=级别，例如 table3.balance=warning：', en: '--rule expects CODE=LEVEL, e.g. table3.balance=warning: ' },
  badFormat: { 'zh-cn': '--format 只能是 text 或 json：', en: '--format must be text or json: ' },
  unknownCommand: { 'zh-cn': '未知命令：', en: 'unknown command: ' },
} satisfies Record<string, Record<Locale, string>>;

export type CliText = keyof typeof TEXT;

export function cliText(key: CliText, locale: Locale, params: Record<string, string | number> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

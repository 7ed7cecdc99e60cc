import type { Locale } from '../../core/src';

/** The CLI's own words (diagnostic messages come from the core catalog). */
export const TEXT = {
  usage: {
    'zh-cn': `用法：zfxxgk <命令> [选项]

命令：
  check [--format text|json|sarif] [--rule 代码=级别]... [--config 文件] [--jobs N] [--lang zh|en] 路径...
        检查年度报告（目录中查找 *.zfxxgk）；同一机关相邻年度的报告互相核对（上年结转、现行有效件数）。
        读取最近的 zfxxgk.config.json（规则级别、忽略的规则、按文件覆盖）；--rule 优先。
        文件多时使用全部 CPU 核（--jobs 指定线程数，1 为单线程）。
        退出码：0 无错误，1 有错误，2 用法错误或无法读取。
  render 文件 --to html|docx -o 输出文件
        按法定格式导出报告：html 为可打印的单个网页（A4），docx 为 Word 文档（含合并单元格的法定表格）。
        报告有错误时仍导出，并在标准错误输出中列出错误。省略 -o 时 html 写到标准输出。
  import 输入文件 [-o 输出.zfxxgk] [--kind text|pdf-text|html|docx|pdf]
        把已发布的报告（PDF、网页或 Word 复制的文本、pdftotext -layout 的文本、HTML、DOCX）
        转为本语言。省略 -o 时写到标准输出；导入摘要（找到和缺少的行、推断）写到标准错误输出。
  help  显示本帮助。

级别：error、warning、information、hint、off。`,
    en: `Usage: zfxxgk <command> [options]

Commands:
  check [--format text|json|sarif] [--rule CODE=LEVEL]... [--config FILE] [--jobs N] [--lang zh|en] PATH...
        Check reports (directories are searched for *.zfxxgk); consecutive years of one agency are checked
        against each other (carry-over, in-force counts). Reads the nearest zfxxgk.config.json (rule levels,
        ignored rules, per-file overrides); --rule wins. Many files use every core (--jobs N sets the threads).
        Exit 0: no errors; 1: errors; 2: bad usage or unreadable input.
  render FILE --to html|docx -o OUT
        Export the report in the official layout: html is one printable page (A4), docx a Word document with the
        statutory tables and their merged cells. A report with errors is still exported; its errors are listed on
        stderr. Without -o, html goes to stdout.
  import INPUT [-o OUT.zfxxgk] [--kind text|pdf-text|html|docx|pdf]
        Turn a published report (PDF, text copied from a web page or Word, pdftotext -layout text, HTML, DOCX)
        into the language. Without -o it goes to stdout; the summary (rows
        found and missing, guesses) goes to stderr.
  help  Show this help.

Levels: error, warning, information, hint, off.`,
  },
  unreadable: { 'zh-cn': '无法读取：', en: 'cannot read: ' },
  noFiles: { 'zh-cn': '没有找到 .zfxxgk 文件：', en: 'no .zfxxgk files found in: ' },
  summary: { 'zh-cn': '{files} 个文件：{errors} 个错误，{warnings} 个警告', en: '{files} file(s): {errors} error(s), {warnings} warning(s)' },
  badRule: { 'zh-cn': '--rule 应为 代码=级别，例如 table3.balance=warning：', en: '--rule expects CODE=LEVEL, e.g. table3.balance=warning: ' },
  badFormat: { 'zh-cn': '--format 只能是 text、json 或 sarif：', en: '--format must be text, json or sarif: ' },
  badJobs: { 'zh-cn': '--jobs 应为正整数：', en: '--jobs must be a positive integer: ' },
  unknownCommand: { 'zh-cn': '未知命令：', en: 'unknown command: ' },
  badTarget: { 'zh-cn': '--to 只能是 html 或 docx：', en: '--to must be html or docx: ' },
  needOutput: { 'zh-cn': '导出 docx 需要用 -o 指定输出文件', en: 'docx export needs an output file (-o OUT)' },
  badKind: { 'zh-cn': '--kind 只能是 text、pdf-text、html、docx 或 pdf：', en: '--kind must be text, pdf-text, html, docx or pdf: ' },
  importFailed: { 'zh-cn': '导入失败：', en: 'import failed: ' },
  imported: { 'zh-cn': '已写入：', en: 'written: ' },
  unwritable: { 'zh-cn': '无法写入：', en: 'cannot write: ' },
  written: { 'zh-cn': '已导出：', en: 'written: ' },
  exportedWithErrors: { 'zh-cn': '警告：报告有 {count} 个错误，仍已导出：', en: 'warning: the report has {count} error(s); exported anyway:' },
} satisfies Record<string, Record<Locale, string>>;

export type CliText = keyof typeof TEXT;

export function cliText(key: CliText, locale: Locale, params: Record<string, string | number> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

import type { Locale } from '../../core/src';

/** The CLI's own words (diagnostic messages come from the core catalog). */
export const TEXT = {
  usage: {
    'zh-cn': `用法：zfxxgk <命令> [选项]

命令：
  check [--format text|json|sarif] [--min-severity 级别] [--rule 代码=级别]... [--config 文件] [--jobs N]
        [--lang zh|en] [--published 目录]... 路径...
        检查年度报告（目录中查找 *.zfxxgk；- 为标准输入）；同一机关相邻年度的报告互相核对（上年结转、现行有效件数）。
        已发布的文件（.pdf .html .htm .docx .md .txt）直接在内存中导入后检查；--published 在目录中查找这些文件。
        文本输出默认显示 information 及以上，空白单元格按表汇总；--min-severity hint 显示全部。
        读取最近的 zfxxgk.config.json（规则级别、忽略的规则、按文件覆盖）；--rule 优先。
        文件多时使用全部 CPU 核（--jobs 指定线程数，1 为单线程）。
        退出码：0 无错误，1 有错误，2 用法错误或无法读取。
  render 文件 --to html|docx -o 输出文件
        按法定格式导出报告：html 为可打印的单个网页（A4），docx 为 Word 文档（含合并单元格的法定表格）。
        报告有错误时仍导出，并在标准错误输出中列出错误。省略 -o 时 html 写到标准输出。
  import 输入文件 [-o 输出.zfxxgk] [--kind text|pdf-text|html|docx|pdf]
        把已发布的报告（PDF、网页或 Word 复制的文本、pdftotext -layout 的文本、HTML、DOCX）
        转为本语言。省略 -o 时写到标准输出；导入摘要（找到和缺少的行、推断）写到标准错误输出。
  extract [--format csv|xlsx] -o 输出.csv|输出.xlsx [--published 目录]... 路径...
        汇总数据：每份报告一行（路径、机关、年度、格式、各表全部单元格，表头为法定名称）。CSV 为带 BOM 的 UTF-8。
  new [--year 年度] [--agency 机关] [-o 输出.zfxxgk]
        生成空白报告骨架（法定的六个部分和全部表格行，每格为 0）。省略 -o 时写到标准输出。
  new --from 上年报告.zfxxgk [-o 输出.zfxxgk]
        由上年报告生成下一年度报告：年度加 1，采用该年度适用的格式；机关保留，标题更新；
        三、上年结转 填入上年的 四、结转下年度继续办理；其余数字留空；上年各部分原文以 %% 注释行附在标题下供参考。
        不覆盖已有文件（包括输入文件）。
  help  显示本帮助。

级别：error、warning、information、hint、off。`,
    en: `Usage: zfxxgk <command> [options]

Commands:
  check [--format text|json|sarif] [--min-severity LEVEL] [--rule CODE=LEVEL]... [--config FILE] [--jobs N]
        [--lang zh|en] [--published DIR]... PATH...
        Check reports (directories are searched for *.zfxxgk); consecutive years of one agency are checked
        against each other (carry-over, in-force counts). Published files (.pdf .html .htm .docx .md .txt)
        are imported in memory and checked; --published searches a folder for them; - reads stdin. Text shows
        information and up, blank cells summarised per table; --min-severity hint shows all. Reads the nearest
        zfxxgk.config.json (rule levels, ignored rules, per-file overrides); --rule wins.
        Many files use every core (--jobs N sets the threads).
        Exit 0: no errors; 1: errors; 2: bad usage or unreadable input.
  render FILE --to html|docx -o OUT
        Export the report in the official layout: html is one printable page (A4), docx a Word document with the
        statutory tables and their merged cells. A report with errors is still exported; its errors are listed on
        stderr. Without -o, html goes to stdout.
  import INPUT [-o OUT.zfxxgk] [--kind text|pdf-text|html|docx|pdf]
        Turn a published report (PDF, text copied from a web page or Word, pdftotext -layout text, HTML, DOCX)
        into the language. Without -o it goes to stdout; the summary (rows
        found and missing, guesses) goes to stderr.
  extract [--format csv|xlsx] -o OUT.csv|OUT.xlsx [--published DIR]... PATH...
        One row per report (path, 机关, 年度, 格式, every table cell, statutory headers). CSV is UTF-8 with a BOM.
  new [--year YEAR] [--agency NAME] [-o OUT.zfxxgk]
        The blank report skeleton (the six statutory sections and every table row, 0 in each cell). Without -o it
        goes to stdout.
  new --from LAST.zfxxgk [-o OUT.zfxxgk]
        Next year's report from last year's: year + 1 in the format in force for it; agency kept, title updated;
        table 三's carried-in row filled from last year's carried-over row; every other number blank; last year's
        prose as %% comment lines under each heading for reference. Never overwrites a file (the input least of all).
  help  Show this help.

Levels: error, warning, information, hint, off.`,
  },
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
  someUnreadable: { 'zh-cn': '{count} 个路径无法读取，其余已检查（退出码 2）', en: '{count} path(s) could not be read; the rest were checked (exit code 2)' },
  unknownOption: { 'zh-cn': '未知选项：', en: 'unknown option: ' },
  needsValue: { 'zh-cn': '选项 {name} 需要一个值', en: 'option {name} needs a value' },
  internalError: { 'zh-cn': '内部错误（请报告此问题）：', en: 'internal error (please report it): ' },
  sameAsInput: { 'zh-cn': '拒绝写入：输出文件就是输入文件，会覆盖原文件：', en: 'refused: the output file is an input and would be overwritten: ' },
  badMinSeverity: { 'zh-cn': '--min-severity 只能是 error、warning、information 或 hint：', en: '--min-severity must be error, warning, information or hint: ' },
  blankChecks: { 'zh-cn': '未进行的勾稽检查：{codes}', en: 'checks not run: {codes}' },
  hiddenBelow: { 'zh-cn': '（另有 {count} 条低于 {level} 级别的未显示；--min-severity hint 显示全部）', en: ' ({count} more below {level} not shown; --min-severity hint shows all)' },
  notAReport: { 'zh-cn': '已跳过（不像政府信息公开工作年度报告）：', en: 'skipped (does not look like an annual report): ' },
  stdinName: { 'zh-cn': '（标准输入）', en: '(stdin)' },
  badExtractFormat: { 'zh-cn': '--format 只能是 csv 或 xlsx：', en: '--format must be csv or xlsx: ' },
  extractNeedsOutput: { 'zh-cn': 'extract 需要用 -o 指定输出文件（.csv 或 .xlsx）', en: 'extract needs an output file (-o OUT.csv or OUT.xlsx)' },
  extracted: { 'zh-cn': '已写入 {rows} 份报告的数据：', en: 'wrote the data of {rows} report(s): ' },
  badYear: { 'zh-cn': '--year 应为四位年份：', en: '--year must be a four-digit year: ' },
  outputExists: { 'zh-cn': '输出文件已存在，不覆盖（请换一个文件名或先删除它）：', en: 'the output file exists and is not overwritten (choose another name or delete it first): ' },
  wouldOverwriteInput: { 'zh-cn': '输出文件就是输入文件，不覆盖：', en: 'the output file is the input file; not overwritten: ' },
  nextYearMade: { 'zh-cn': '已生成 {year} 年度报告（{version} 年格式），上年结转填入 {carried} 列，其余数字留空。', en: 'Report for {year} made ({version} format): carried-in filled in {carried} column(s), every other number blank.' },
} satisfies Record<string, Record<Locale, string>>;

export type CliText = keyof typeof TEXT;

export function cliText(key: CliText, locale: Locale, params: Record<string, string | number> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

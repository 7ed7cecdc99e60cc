import { displayWidth, type Locale, type Severity } from '../../../core/src';
import type { FileResult } from './analyze';

export interface Summary {
  files: number;
  filesWithErrors: number;
  counts: Record<Severity, number>;
  /** Per rule code: how many of each severity. */
  byRule: Record<string, Record<Severity, number>>;
  /** The files with the most errors (then warnings), at most 10. */
  worst: Array<{ path: string; errors: number; warnings: number }>;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, information: 0, hint: 0 });

export function summarize(files: FileResult[]): Summary {
  const counts = zero();
  const byRule: Summary['byRule'] = {};
  const perFile: Summary['worst'] = [];
  for (const file of files) {
    let errors = 0;
    let warnings = 0;
    for (const d of file.diagnostics) {
      counts[d.severity]++;
      (byRule[d.code] ??= zero())[d.severity]++;
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
    }
    if (errors + warnings > 0) perFile.push({ path: file.path, errors, warnings });
  }
  perFile.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.path.localeCompare(b.path));
  return { files: files.length, filesWithErrors: perFile.filter((f) => f.errors > 0).length, counts, byRule, worst: perFile.slice(0, 10) };
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], i > 0)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The closing summary table of a batch run (text output). */
export function summaryTable(summary: Summary, locale: Locale): string[] {
  const zh = locale === 'zh-cn';
  const out: string[] = [''];
  const codes = Object.keys(summary.byRule).sort((a, b) => {
    const x = summary.byRule[a];
    const y = summary.byRule[b];
    return y.error - x.error || y.warning - x.warning || y.information + y.hint - x.information - x.hint || a.localeCompare(b);
  });
  if (codes.length > 0) {
    out.push(...table(zh ? ['规则', '错误', '警告', '信息', '提示'] : ['rule', 'errors', 'warnings', 'info', 'hints'],
      codes.map((code) => {
        const c = summary.byRule[code];
        return [code, String(c.error), String(c.warning), String(c.information), String(c.hint)];
      })));
    out.push('');
  }
  if (summary.worst.length > 0) {
    out.push(zh ? '问题最多的文件：' : 'Files with the most problems:');
    out.push(...table(zh ? ['文件', '错误', '警告'] : ['file', 'errors', 'warnings'], summary.worst.map((f) => [f.path, String(f.errors), String(f.warnings)])));
    out.push('');
  }
  out.push(zh
    ? `共 ${summary.files} 个文件，其中 ${summary.filesWithErrors} 个有错误；错误 ${summary.counts.error}，警告 ${summary.counts.warning}，信息 ${summary.counts.information}，提示 ${summary.counts.hint}。`
    : `${summary.files} files, ${summary.filesWithErrors} with errors; ${summary.counts.error} errors, ${summary.counts.warning} warnings, ${summary.counts.information} information, ${summary.counts.hint} hints.`);
  return out;
}

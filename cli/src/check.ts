import { analyze, RULES, type Locale, type ReportDiagnostic, type Severity, type SeverityOverrides } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { collectReportFiles, readReport } from './files';
import { cliText } from './messages';

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface CheckedFile { path: string; diagnostics: ReportDiagnostic[] }

export function parseRuleFlags(values: string[], locale: Locale): SeverityOverrides {
  const overrides: SeverityOverrides = {};
  for (const value of values) {
    const [code, level] = value.split('=');
    if (!code || !level || !LEVELS.has(level)) throw new UsageError(cliText('badRule', locale) + value);
    overrides[code] = level as Severity | 'off';
  }
  return overrides;
}

/** `zfxxgk check`: returns the exit code. */
export function runCheck(args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void): number {
  const outputFormat = flag(args, '--format') ?? 'text';
  if (outputFormat !== 'text' && outputFormat !== 'json') throw new UsageError(cliText('badFormat', locale) + outputFormat);
  const severities = parseRuleFlags(args.flags.get('--rule') ?? [], locale);
  if (args.positionals.length === 0) throw new UsageError(cliText('usage', locale));
  const { files, unreadable } = collectReportFiles(args.positionals);
  for (const path of unreadable) err(cliText('unreadable', locale) + path);
  if (unreadable.length > 0) return 2;
  if (files.length === 0) { err(cliText('noFiles', locale) + args.positionals.join(' ')); return 2; }

  const checked: CheckedFile[] = [];
  let unreadableFile = false;
  for (const path of files) {
    let text: string;
    try { text = readReport(path); } catch { err(cliText('unreadable', locale) + path); unreadableFile = true; continue; }
    checked.push({ path, diagnostics: analyze(text, { locale, severities }).diagnostics });
  }
  if (outputFormat === 'json') out(JSON.stringify({ files: checked.map(toJsonFile) }, null, 2));
  else printText(checked, locale, out);
  if (unreadableFile) return 2;
  return checked.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function toJsonFile(file: CheckedFile) {
  return {
    path: file.path,
    diagnostics: file.diagnostics.map((d) => ({
      line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      severity: d.severity, code: d.code, message: d.message,
    })),
  };
}

function printText(files: CheckedFile[], locale: Locale, out: (text: string) => void): void {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      out(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
    }
  }
  out(cliText('summary', locale, { files: files.length, errors, warnings }));
}

export const KNOWN_CODES = Object.keys(RULES);

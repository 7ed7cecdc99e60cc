import { RULES, severitiesFor, type Locale, type ReportDiagnostic, type Severity, type SeverityOverrides } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { analyzeFiles, groupByAgency, type FileJob, type FileResult } from './batch/analyze';
import { Progress } from './batch/progress';
import { toSarif } from './batch/sarif';
import { summarize, summaryTable } from './batch/summary';
import { runInWorkers, workerCount } from './batch/workers';
import { loadConfig, relativeToRoot } from './config';
import { collectReportFiles, readReport } from './files';
import { cliText } from './messages';

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const VERSION = '0.1.0';

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

interface Output { out: (text: string) => void; err: (text: string) => void; progress?: NodeJS.WriteStream }

/**
 * `zfxxgk check`: returns the exit code (0 clean, 1 errors, 2 usage or unreadable input);
 * a promise when the files are checked on worker threads.
 */
export function runCheck(args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void, progressStream?: NodeJS.WriteStream): number | Promise<number> {
  const io: Output = { out, err, progress: progressStream };
  const outputFormat = flag(args, '--format') ?? 'text';
  if (outputFormat !== 'text' && outputFormat !== 'json' && outputFormat !== 'sarif') throw new UsageError(cliText('badFormat', locale) + outputFormat);
  const ruleFlags = parseRuleFlags(args.flags.get('--rule') ?? [], locale);
  const jobsFlag = flag(args, '--jobs');
  const requestedWorkers = jobsFlag === undefined ? undefined : Number(jobsFlag);
  if (requestedWorkers !== undefined && (!Number.isInteger(requestedWorkers) || requestedWorkers < 1)) throw new UsageError(cliText('badJobs', locale) + jobsFlag);
  if (args.positionals.length === 0) throw new UsageError(cliText('usage', locale));
  const { files, unreadable } = collectReportFiles(args.positionals);
  for (const path of unreadable) err(cliText('unreadable', locale) + path);
  if (unreadable.length > 0) return 2;
  if (files.length === 0) { err(cliText('noFiles', locale) + args.positionals.join(' ')); return 2; }

  const loaded = loadConfig(flag(args, '--config'), args.positionals, locale);
  for (const problem of loaded.problems) err(problem);
  if (loaded.fatal) return 2;

  // Config file first, then --rule flags: the command line has the last word.
  const jobs: FileJob[] = [];
  let unreadableFile = false;
  for (const path of files) {
    let text: string;
    try { text = readReport(path); } catch { err(cliText('unreadable', locale) + path); unreadableFile = true; continue; }
    const severities = { ...severitiesFor(loaded.config, relativeToRoot(loaded.root, path)), ...ruleFlags };
    jobs.push({ path, text, severities });
  }
  const finish = (results: FileResult[], workers: number, filesPerWorker: number[]) => {
    const order = new Map(jobs.map((job, i) => [job.path, i]));
    results.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
    report(results, outputFormat, locale, io, { workers, filesPerWorker });
    if (unreadableFile) return 2;
    return results.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  };

  const count = workerCount(jobs.length, requestedWorkers);
  const progress = new Progress(jobs.length, locale, jobs.length >= 50 && progressStream?.isTTY ? progressStream : undefined);
  if (count <= 1) {
    const results: FileResult[] = [];
    for (const group of groupByAgency(jobs)) {
      results.push(...analyzeFiles(group, locale));
      progress.update(results.length);
    }
    progress.done();
    return finish(results, 1, [results.length]);
  }
  return runInWorkers(groupByAgency(jobs), locale, count, (done) => progress.update(done)).then((pool) => {
    progress.done();
    return finish(pool.results, pool.workers, pool.filesPerWorker);
  });
}

function report(files: CheckedFile[], outputFormat: string, locale: Locale, io: Output, run: { workers: number; filesPerWorker: number[] }): void {
  const summary = summarize(files);
  if (outputFormat === 'json') {
    io.out(JSON.stringify({ files: files.map(toJsonFile), summary: { ...summary, workers: run.workers, filesPerWorker: run.filesPerWorker } }, null, 2));
  } else if (outputFormat === 'sarif') {
    io.out(JSON.stringify(toSarif(files, locale, VERSION), null, 2));
  } else {
    printText(files, locale, io.out);
    if (files.length > 1) for (const line of summaryTable(summary, locale)) io.out(line);
    io.out(cliText('summary', locale, { files: files.length, errors: summary.counts.error, warnings: summary.counts.warning }));
  }
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
  for (const file of files) {
    for (const d of file.diagnostics) {
      out(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
    }
  }
}

export const KNOWN_CODES = Object.keys(RULES);

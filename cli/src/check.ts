import { isRuleCode, isSeverity, isSeverityLevel, productVersion, severitiesFor, type Locale, type Severity, type SeverityOverrides } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { analyzeFiles, groupByAgency, type FileJob, type FileResult } from './batch/analyze';
import { Progress } from './batch/progress';
import { toSarif } from './batch/sarif';
import { filterBySeverity } from './batch/severity';
import { summarize, summaryTable } from './batch/summary';
import { printText } from './batch/text';
import { runInWorkers, workerCount } from './batch/workers';
import { loadConfig, relativeToRoot } from './config';
import { loadInputs } from './inputs';
import { terminalLine } from './io';
import { cliText } from './messages';

export function parseRuleFlags(values: string[], locale: Locale): SeverityOverrides {
  const overrides: SeverityOverrides = {};
  for (const value of values) {
    const [code, level] = value.split('=');
    if (!code || !isSeverityLevel(level)) throw new UsageError(cliText('badRule', locale) + value);
    if (isRuleCode(code)) overrides[code] = level; // an unknown code matches nothing, as before
  }
  return overrides;
}

interface Output { out: (text: string) => void; err: (text: string) => void; progress?: NodeJS.WriteStream }
interface Options { format: string; min?: Severity }

/**
 * `zfxxgk check`: returns the exit code (0 clean, 1 errors, 2 usage or unreadable input —
 * then everything readable is still checked).
 */
export async function runCheck(
  args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void, progressStream?: NodeJS.WriteStream,
): Promise<number> {
  const io: Output = { out, err, progress: progressStream };
  const outputFormat = flag(args, '--format') ?? 'text';
  if (outputFormat !== 'text' && outputFormat !== 'json' && outputFormat !== 'sarif') throw new UsageError(cliText('badFormat', locale) + outputFormat);
  const minFlag = flag(args, '--min-severity');
  if (minFlag !== undefined && !isSeverity(minFlag)) throw new UsageError(cliText('badMinSeverity', locale) + minFlag);
  const ruleFlags = parseRuleFlags(args.flags.get('--rule') ?? [], locale);
  const jobsFlag = flag(args, '--jobs');
  const requestedWorkers = jobsFlag === undefined ? undefined : Number(jobsFlag);
  if (requestedWorkers !== undefined && (!Number.isInteger(requestedWorkers) || requestedWorkers < 1)) throw new UsageError(cliText('badJobs', locale) + jobsFlag);
  const publishedDirs = args.flags.get('--published') ?? [];
  if (args.positionals.length === 0 && publishedDirs.length === 0) throw new UsageError(cliText('usage', locale));

  const loaded = loadConfig(flag(args, '--config'), [...args.positionals, ...publishedDirs], locale);
  for (const problem of loaded.problems) err(problem);
  if (loaded.fatal) return 2;

  // Config file first, then --rule flags: the command line has the last word.
  const inputs = await loadInputs(args.positionals, publishedDirs, locale, err);
  if (inputs.reports.length === 0) {
    if (inputs.unreadable === 0) err(cliText('noFiles', locale) + [...args.positionals, ...publishedDirs].join(' '));
    return 2;
  }
  const jobs: FileJob[] = inputs.reports.map((r) => ({
    ...r, severities: { ...severitiesFor(loaded.config, relativeToRoot(loaded.root, r.path)), ...ruleFlags },
  }));
  const finish = (results: FileResult[], workers: number, filesPerWorker: number[]) => {
    const order = new Map(jobs.map((job, i) => [job.path, i]));
    results.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
    // Text keeps what a reviewer should read (information and up); JSON and SARIF keep everything unless told.
    report(results, locale, io, { format: outputFormat, min: minFlag as Severity | undefined }, { workers, filesPerWorker });
    if (inputs.unreadable > 0) { err(cliText('someUnreadable', locale, { count: inputs.unreadable })); return 2; }
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
  const pool = await runInWorkers(groupByAgency(jobs), locale, count, (done) => progress.update(done));
  progress.done();
  return finish(pool.results, pool.workers, pool.filesPerWorker);
}

function report(all: FileResult[], locale: Locale, io: Output, options: Options, run: { workers: number; filesPerWorker: number[] }): void {
  if (options.format === 'json' || options.format === 'sarif') {
    const files = options.min ? filterBySeverity(all, options.min) : all;
    if (options.format === 'sarif') { io.out(JSON.stringify(toSarif(files, locale, productVersion()), null, 2)); return; }
    const summary = summarize(files);
    io.out(JSON.stringify({ files: files.map(toJsonFile), summary: { ...summary, workers: run.workers, filesPerWorker: run.filesPerWorker } }, null, 2));
    return;
  }
  const min = options.min ?? 'information';
  const hidden = printText(all, locale, min, io.out);
  const shown = filterBySeverity(all, min);
  const summary = summarize(shown);
  // A clean batch prints its one closing line; the per-rule table only when there is something to count.
  if (all.length > 1 && shown.some((f) => f.diagnostics.length > 0)) for (const line of summaryTable(summary, locale)) io.out(terminalLine(line));
  const closing = cliText('summary', locale, { files: all.length, errors: summary.counts.error, warnings: summary.counts.warning });
  io.out(closing + (hidden > 0 ? cliText('hiddenBelow', locale, { count: hidden, level: min }) : ''));
}

function toJsonFile(file: FileResult) {
  return {
    path: file.path,
    ...(file.imported ? { importedFrom: file.imported } : {}),
    diagnostics: file.diagnostics.map((d, i) => ({
      line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      severity: d.severity, code: d.code, message: d.message,
      // Row label and column of a table diagnostic: what locates it in a published file.
      ...(file.places?.[i] ? { place: file.places[i] } : {}),
    })),
  };
}

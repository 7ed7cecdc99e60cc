import * as fs from 'fs';
import * as path from 'path';
import { decodeReportBytes, nextYearReport, reportSkeleton, type Locale } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { cliText } from './messages';

/**
 * `zfxxgk new [--year N] [--agency NAME] [-o OUT]`: the blank skeleton;
 * `zfxxgk new --from LAST.zfxxgk [-o OUT]`: next year's report from last year's (core/src/nextYear.ts).
 * Without -o the report goes to stdout. An existing file is never overwritten (the input least of all).
 */
export function runNew(args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void): number {
  if (args.positionals.length > 0) throw new UsageError(cliText('usage', locale));
  const from = flag(args, '--from');
  const output = flag(args, '-o') ?? flag(args, '--out');
  let text: string;
  if (from !== undefined) {
    let bytes: Buffer;
    try { bytes = fs.readFileSync(from); } catch { err(cliText('unreadable', locale) + from); return 2; }
    const decoded = decodeReportBytes(bytes);
    if (!decoded.ok) { err(cliText('unreadable', locale) + from); return 2; }
    const result = nextYearReport(decoded.text, locale);
    if (!result.ok) { err(result.message); return 2; }
    text = result.text;
    err(cliText('nextYearMade', locale, { year: result.year, version: result.version, carried: Object.keys(result.carried).length }));
  } else {
    const yearFlag = flag(args, '--year');
    const year = yearFlag === undefined ? new Date().getFullYear() - 1 : Number(yearFlag);
    if (!Number.isSafeInteger(year) || year < 2008 || year > 9999) throw new UsageError(cliText('badYear', locale) + yearFlag);
    text = reportSkeleton({ year, agency: flag(args, '--agency')?.trim() || undefined });
  }
  if (!output || output === '-') { out(text); return 0; }
  if (from !== undefined && samePath(from, output)) { err(cliText('wouldOverwriteInput', locale) + output); return 2; }
  try {
    // 'wx': fails when the file exists, so nothing of the author's is ever overwritten.
    fs.writeFileSync(output, text.endsWith('\n') ? text : text + '\n', { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    err(exists ? cliText('outputExists', locale) + output : cliText('unwritable', locale) + `${output} (${(error as Error).message})`);
    return 2;
  }
  err(cliText('imported', locale) + output);
  return 0;
}

function samePath(a: string, b: string): boolean {
  try { return fs.realpathSync(a) === fs.realpathSync(b); } catch { return path.resolve(a) === path.resolve(b); }
}

import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { toCsv } from './extract/csv';
import { extractTable } from './extract/table';
import { toXlsx } from './extract/xlsx';
import { loadInputs } from './inputs';
import { cliText } from './messages';
import { writesOverInput } from './overwrite';

/**
 * `zfxxgk extract [--format csv|xlsx] -o OUT PATH... [--published DIR]`: one row per report
 * (path, 机关, 年度, 格式, every table cell) — the table a 政务公开办 compiles every spring.
 * Same inputs as `check`. Exit 0 written, 2 usage, unreadable input (the rest is still written) or unwritable.
 */
export async function runExtract(args: ParsedArgs, locale: Locale, _out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const output = flag(args, '-o') ?? flag(args, '--out');
  if (!output || output === '-') throw new UsageError(cliText('extractNeedsOutput', locale));
  const format = flag(args, '--format') ?? (path.extname(output).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError(cliText('badExtractFormat', locale) + format);
  const publishedDirs = args.flags.get('--published') ?? [];
  if (args.positionals.length === 0 && publishedDirs.length === 0) throw new UsageError(cliText('usage', locale));

  const inputs = await loadInputs(args.positionals, publishedDirs, locale, err);
  if (writesOverInput(output, [...args.positionals, ...publishedDirs, ...inputs.reports.map((r) => r.path)])) {
    err(cliText('sameAsInput', locale) + output);
    return 2;
  }
  if (inputs.reports.length === 0) {
    if (inputs.unreadable === 0) err(cliText('noFiles', locale) + [...args.positionals, ...publishedDirs].join(' '));
    return 2;
  }
  const table = extractTable(inputs.reports);
  const data = format === 'xlsx' ? await toXlsx(table) : toCsv(table);
  try { fs.writeFileSync(output, data); } catch (error) { err(cliText('unwritable', locale) + `${output} (${(error as Error).message})`); return 2; }
  err(cliText('extracted', locale, { rows: table.rows.length }) + output);
  if (inputs.unreadable > 0) { err(cliText('someUnreadable', locale, { count: inputs.unreadable })); return 2; }
  return 0;
}

import * as fs from 'fs';
import * as path from 'path';
import { analyze, exportDocx, exportHtml, exportWarnings, type Locale } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { readReport, unreadableMessage, unreadableOf } from './files';
import { terminalLine } from './io';
import { cliText } from './messages';
import { writesOverInput } from './overwrite';

/**
 * `zfxxgk render FILE --to html|docx -o OUT`. Refuses nothing: a report with errors is
 * exported, and its errors are listed on stderr as a warning. Exit 0 when written, 2 otherwise.
 */
export async function runRender(args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(cliText('usage', locale));
  const input = args.positionals[0];
  const output = flag(args, '-o') ?? flag(args, '--out');
  const to = flag(args, '--to') ?? (output ? path.extname(output).slice(1).toLowerCase() : '');
  if (to !== 'html' && to !== 'docx') throw new UsageError(cliText('badTarget', locale) + (to || '∅'));
  if (!output && to === 'docx') throw new UsageError(cliText('needOutput', locale));

  if (output && writesOverInput(output, [input])) { err(cliText('sameAsInput', locale) + output); return 2; }

  let text: string;
  try { text = readReport(input); } catch (error) { err(unreadableMessage(unreadableOf(input, error), locale)); return 2; }
  const analysis = analyze(text, { locale });
  const data = to === 'docx' ? await exportDocx(analysis) : exportHtml(analysis);

  const errors = exportWarnings(analysis);
  if (errors.length > 0) {
    err(cliText('exportedWithErrors', locale, { count: errors.length }));
    for (const d of errors) err(terminalLine(`${input}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.code} ${d.message}`));
  }
  if (!output || output === '-') { out(data as string); return 0; }
  try { fs.writeFileSync(output, data); } catch (error) { err(cliText('unwritable', locale) + `${output} (${(error as Error).message})`); return 2; }
  err(cliText('written', locale) + output);
  return 0;
}

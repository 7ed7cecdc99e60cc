import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../../core/src';
import { formatSummary, importReport, INPUT_KINDS, type InputKind } from '../../core/src/import';
import { flag, UsageError, type ParsedArgs } from './args';
import { cliText } from './messages';

const BY_EXTENSION: Record<string, InputKind> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.shtml': 'html', '.xhtml': 'html' };

/** A PDF is read through `pdftotext -layout` (poppler-utils) when it is installed. */
function pdfToText(file: string): string | undefined {
  const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 && typeof result.stdout === 'string' ? result.stdout : undefined;
}

/**
 * `zfxxgk import INPUT [-o OUT.zfxxgk] [--kind text|pdf-text|html|docx]`: the report in the
 * language on stdout or in OUT; the summary on stderr. Exit 0 when written, 2 otherwise.
 */
export async function runImport(args: ParsedArgs, locale: Locale, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(cliText('usage', locale));
  const input = args.positionals[0];
  const kindFlag = flag(args, '--kind');
  if (kindFlag !== undefined && !INPUT_KINDS.includes(kindFlag as InputKind)) throw new UsageError(cliText('badKind', locale) + kindFlag);
  const output = flag(args, '-o') ?? flag(args, '--out');
  const extension = path.extname(input).toLowerCase();

  let content: string | Uint8Array;
  let kind = kindFlag as InputKind | undefined ?? BY_EXTENSION[extension];
  try {
    if (extension === '.pdf' && !kindFlag) {
      const text = pdfToText(input);
      if (text === undefined) { err(cliText('needPdftotext', locale) + input); return 2; }
      content = text;
      kind = 'pdf-text';
    } else content = input === '-' ? fs.readFileSync(0) : fs.readFileSync(input);
  } catch { err(cliText('unreadable', locale) + input); return 2; }

  let result;
  try { result = await importReport(content, { kind }); } catch (error) { err(cliText('importFailed', locale) + `${input} (${(error as Error).message})`); return 2; }
  err(formatSummary(result.summary, locale));
  if (!output || output === '-') { out(result.text.replace(/\n$/, '')); return 0; }
  try { fs.writeFileSync(output, result.text, 'utf8'); } catch (error) { err(cliText('unwritable', locale) + `${output} (${(error as Error).message})`); return 2; }
  err(cliText('imported', locale) + output);
  return 0;
}

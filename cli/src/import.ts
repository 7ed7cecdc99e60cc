import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../../core/src';
import { formatSummary, importReport, INPUT_KINDS, PdfReadError, type InputKind } from '../../core/src/import';
import { DEFAULT_PDF_LIMITS, pdfError } from '../../core/src/import/pdf';
import { flag, UsageError, type ParsedArgs } from './args';
import { cliText } from './messages';

// A PDF is read natively (pdf.js, core/src/import/pdf): no pdftotext needed; its output is still accepted as pdf-text.
const BY_EXTENSION: Record<string, InputKind> = { '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html', '.shtml': 'html', '.xhtml': 'html' };

/**
 * `zfxxgk import INPUT [-o OUT.zfxxgk] [--kind text|pdf-text|html|docx|pdf]`: the report in the
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
  const kind = kindFlag as InputKind | undefined ?? BY_EXTENSION[extension];
  try {
    // A PDF over the byte limit is refused before it is read into memory.
    if (kind === 'pdf' && input !== '-' && fs.statSync(input).size > DEFAULT_PDF_LIMITS.maxBytes) {
      err(cliText('importFailed', locale) + `${input} (${pdfError('tooLarge', DEFAULT_PDF_LIMITS, fs.statSync(input).size).text[locale]})`);
      return 2;
    }
    content = input === '-' ? fs.readFileSync(0) : fs.readFileSync(input);
  } catch { err(cliText('unreadable', locale) + input); return 2; }

  let result;
  try { result = await importReport(content, { kind }); } catch (error) {
    const reason = error instanceof PdfReadError ? error.text[locale] : (error as Error).message;
    err(cliText('importFailed', locale) + `${input} (${reason})`);
    return 2;
  }
  err(formatSummary(result.summary, locale));
  if (!output || output === '-') { out(result.text.replace(/\n$/, '')); return 0; }
  try { fs.writeFileSync(output, result.text, 'utf8'); } catch (error) { err(cliText('unwritable', locale) + `${output} (${(error as Error).message})`); return 2; }
  err(cliText('imported', locale) + output);
  return 0;
}

import * as fs from 'fs';
import { formatSummary, importReport, INPUT_KINDS, ImportError, type ImportResult, type InputKind, type Locale } from '../../core/src';
import { flag, UsageError, type ParsedArgs } from './args';
import { decodeReport, readBytes, readStdin, STDIN, unreadableMessage, unreadableOf } from './files';
import { terminalText } from './io';
import { cliText } from './messages';
import { writesOverInput } from './overwrite';
import { publishedKindForFile } from '../../core/src/import';
import { importPublished } from './published';

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
  if (output && writesOverInput(output, [input])) { err(cliText('sameAsInput', locale) + output); return 2; }

  let bytes: Uint8Array;
  try {
    bytes = input === STDIN ? await readStdin() : readBytes(input);
  } catch (error) {
    err(unreadableMessage(unreadableOf(input, error), locale));
    return 2;
  }

  let result: ImportResult;
  try {
    const byName = input === STDIN ? undefined : publishedKindForFile(input);
    if (kindFlag) result = await importReport(kindFlag === 'docx' || kindFlag === 'pdf' ? bytes : decodeReport(bytes), { kind: kindFlag as InputKind });
    else if (byName) result = await importPublished(input, bytes, byName, decodeReport);
    // No name to go by (stdin, an unknown extension): a zip (DOCX) or a PDF is read as bytes, anything else decoded.
    else result = await importReport(isZip(bytes) || isPdf(bytes) ? bytes : decodeReport(bytes));
  } catch (error) {
    if (error instanceof ImportError) { err(cliText('importFailed', locale) + `${input} (${error.localized[locale]})`); return 2; }
    const reason = unreadableOf(input, error);
    if (reason.reason !== 'other') { err(unreadableMessage(reason, locale)); return 2; }
    err(cliText('importFailed', locale) + `${input} (${(error as Error).message})`);
    return 2;
  }
  err(terminalText(formatSummary(result.summary, locale)));
  if (!output || output === '-') { out(result.text.replace(/\n$/, '')); return 0; }
  try { fs.writeFileSync(output, result.text, 'utf8'); } catch (error) { err(cliText('unwritable', locale) + `${output} (${(error as Error).message})`); return 2; }
  err(cliText('imported', locale) + output);
  return 0;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

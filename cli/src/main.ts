import { isMainThread } from 'worker_threads';
import { normalizeLocale, type Locale } from '../../core/src';
import { flag, parseArgs, UsageError, type ArgsText } from './args';
import { runCheck } from './check';
import { runExtract } from './extract';
import { guardedStreams, terminalText } from './io';
import { cliText } from './messages';
import { runRender } from './render';
import { runImport } from './import';
import { runNew } from './new';

const VALUE_FLAGS = new Set(['--format', '--rule', '--lang', '--to', '-o', '--out', '--config', '--jobs', '--kind', '--min-severity', '--published', '--from', '--year', '--agency']);
const BOOLEAN_FLAGS = new Set(['--help', '-h']);

/** Locale: --lang wins, then LC_ALL / LC_MESSAGES / LANG; Chinese when none is set. */
export function cliLocale(langFlag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (langFlag) return normalizeLocale(langFlag);
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX' && !/^C\./.test(fromEnv)) return normalizeLocale(fromEnv);
  return 'zh-cn';
}

/** --lang as written, looked up before parsing so that the parser's own messages are in that language. */
function langBeforeParsing(argv: string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang' && i + 1 < argv.length) found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  });
  return found;
}

/** The exit code; a promise for work on worker threads (`check` of many files) or files written asynchronously (render). */
export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number | Promise<number> {
  // Output to a closed pipe (`zfxxgk check | head`) stops quietly; stderr lines are made terminal-safe.
  const streams = guardedStreams();
  const out = streams.out;
  const err = (text: string) => streams.err(terminalText(text));
  let locale: Locale = cliLocale(langBeforeParsing(argv), env);
  try {
    const argsText: ArgsText = {
      unknownOption: (name) => cliText('unknownOption', locale) + name,
      needsValue: (name) => cliText('needsValue', locale, { name }),
    };
    const args = parseArgs(argv, VALUE_FLAGS, BOOLEAN_FLAGS, argsText);
    locale = cliLocale(flag(args, '--lang'), env);
    if (!args.command || args.command === 'help' || args.flags.has('--help') || args.flags.has('-h')) {
      out(cliText('usage', locale));
      return args.command && args.command !== 'help' ? 0 : args.command ? 0 : 2;
    }
    switch (args.command) {
      case 'check': {
        const code = runCheck(args, locale, out, err, process.stderr);
        return typeof code === 'number' ? code : code.catch((error) => failure(error, err, locale));
      }
      case 'render': return runRender(args, locale, out, err).catch((error) => failure(error, err, locale));
      case 'import': return runImport(args, locale, out, err).catch((error) => failure(error, err, locale));
      case 'extract': return runExtract(args, locale, out, err).catch((error) => failure(error, err, locale));
      case 'new': return runNew(args, locale, out, err);
      default: throw new UsageError(cliText('unknownCommand', locale) + args.command + '\n\n' + cliText('usage', locale));
    }
  } catch (error) {
    return failure(error, err, locale);
  }
}

/** Usage errors as they are; anything else is a bug: one line in the user's language, no stack trace. */
function failure(error: unknown, err: (text: string) => void, locale: Locale): number {
  if (error instanceof UsageError) { err(error.message); return 2; }
  err(cliText('internalError', locale) + String((error as Error)?.message ?? error));
  if (process.env.ZFXXGK_DEBUG) err(String((error as Error)?.stack ?? ''));
  return 2;
}

// A worker thread re-enters this bundle (cli/src/batch/workers.ts): it must not run the command.
if (require.main === module && isMainThread) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; });
}

import { isMainThread } from 'worker_threads';
import { normalizeLocale, type Locale } from '../../core/src';
import { flag, parseArgs, UsageError } from './args';
import { runCheck } from './check';
import { cliText } from './messages';
import { runRender } from './render';
import { runImport } from './import';
import { runNew } from './new';

const VALUE_FLAGS = new Set(['--format', '--rule', '--lang', '--to', '-o', '--out', '--config', '--jobs', '--kind', '--from', '--year', '--agency']);
const BOOLEAN_FLAGS = new Set(['--help', '-h']);

/** Locale: --lang wins, then LC_ALL / LC_MESSAGES / LANG; Chinese when none is set. */
export function cliLocale(langFlag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (langFlag) return normalizeLocale(langFlag);
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX' && !/^C\./.test(fromEnv)) return normalizeLocale(fromEnv);
  return 'zh-cn';
}

/** The exit code; a promise for work on worker threads (`check` of many files) or files written asynchronously (render). */
export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number | Promise<number> {
  const out = (text: string) => process.stdout.write(text + '\n');
  const err = (text: string) => process.stderr.write(text + '\n');
  let locale: Locale = cliLocale(undefined, env);
  try {
    const args = parseArgs(argv, VALUE_FLAGS, BOOLEAN_FLAGS);
    locale = cliLocale(flag(args, '--lang'), env);
    if (!args.command || args.command === 'help' || args.flags.has('--help') || args.flags.has('-h')) {
      out(cliText('usage', locale));
      return args.command && args.command !== 'help' ? 0 : args.command ? 0 : 2;
    }
    switch (args.command) {
      case 'check': {
        const code = runCheck(args, locale, out, err, process.stderr);
        return typeof code === 'number' ? code : code.catch((error) => failure(error, err));
      }
      case 'render': return runRender(args, locale, out, err).catch((error) => failure(error, err));
      case 'import': return runImport(args, locale, out, err).catch((error) => failure(error, err));
      case 'new': return runNew(args, locale, out, err);
      default: throw new UsageError(cliText('unknownCommand', locale) + args.command + '\n\n' + cliText('usage', locale));
    }
  } catch (error) {
    return failure(error, err);
  }
}

function failure(error: unknown, err: (text: string) => void): number {
  if (error instanceof UsageError) { err(error.message); return 2; }
  err(String((error as Error)?.stack ?? error));
  return 2;
}

// A worker thread re-enters this bundle (cli/src/batch/workers.ts): it must not run the command.
if (require.main === module && isMainThread) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; });
}

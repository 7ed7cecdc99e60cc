// Named imports: the bundles take the flags and the variables, not the file's explanation (`why`).
import { env, execArgv } from '../server-launch.json';

/** V8 flags of the server process, chosen with the bench (docs/benchmarks.md; why: protocol/server-launch.json). */
export const SERVER_EXEC_ARGV: readonly string[] = execArgv;

/** Environment variables set for the server process (added to the editor's own), chosen the same way. */
export const SERVER_ENV: Readonly<Record<string, string>> = env;

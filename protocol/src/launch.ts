// Named import: the bundles take the flags, not the file's explanation (`why`).
import { execArgv } from '../v8-flags.json';

/** V8 flags of the server process, chosen with the bench (docs/benchmarks.md; why: protocol/v8-flags.json). */
export const SERVER_EXEC_ARGV: readonly string[] = execArgv;

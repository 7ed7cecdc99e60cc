// The bench shares the tests' helpers (test/helpers/*.ts: the LSP client, the report generator) instead of
// keeping copies: each is bundled on first use to .cache/bench/helpers/NAME.cjs with esbuild and required.
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(import.meta.url);

export function testHelper(name) {
  const outfile = path.join(ROOT, '.cache', 'bench', 'helpers', `${name}.cjs`);
  buildSync({
    entryPoints: [path.join(ROOT, 'test', 'helpers', `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'warning',
  });
  return require(outfile);
}

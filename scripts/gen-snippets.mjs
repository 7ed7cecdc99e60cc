// Writes snippets/zfxxgk.json from the format data (core/src/features/snippets.ts).
// test/core/features/snippets.test.ts fails when the checked-in file differs from what this writes.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await esbuild.build({
  entryPoints: [path.join(root, 'core/src/features/snippets.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
fs.mkdirSync(path.join(root, 'snippets'), { recursive: true });
fs.writeFileSync(path.join(root, 'snippets/zfxxgk.json'), module.exports.snippetsJson());
console.log('snippets/zfxxgk.json written');

// Bundles the client, the server (standalone: node dist/server.js --stdio) and the CLI with esbuild.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { escapeRegexLiterals } from './ascii.mjs';

/** `zfxxgk:cmaps`: the CMaps named in core/src/import/pdf/cmaps.json, as { name: base64 }. */
const cMapsPlugin = {
  name: 'cmaps',
  setup(build) {
    build.onResolve({ filter: /^zfxxgk:cmaps$/ }, (args) => ({ path: args.path, namespace: 'cmaps' }));
    build.onLoad({ filter: /.*/, namespace: 'cmaps' }, () => {
      const require = createRequire(import.meta.url);
      const names = JSON.parse(fs.readFileSync('core/src/import/pdf/cmaps.json', 'utf8'));
      const entries = names.map((n) => [n, fs.readFileSync(require.resolve(`pdfjs-dist/cmaps/${n}.bcmap`)).toString('base64')]);
      return { contents: `export default ${JSON.stringify(Object.fromEntries(entries))};`, loader: 'js' };
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // Import and export (mammoth, docx, jszip, htmlparser2, …) run on the server's worker thread, out of its start bundle.
  { entryPoints: ['server/src/worker/main.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' },
  // pdf.js (ESM) as CommonJS, loaded on the first PDF import; import.meta.url is the file's own URL.
  {
    entryPoints: ['scripts/pdfjs-entry.mjs'], outfile: 'dist/pdfjs.js', external: ['@napi-rs/canvas'], plugins: [cMapsPlugin],
    define: { 'import.meta.url': '__pdfjsUrl' }, banner: { js: 'var __pdfjsUrl = require("url").pathToFileURL(__filename).href;' },
  },
  // The preview webview's script runs in the browser, not in Node.
  { entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

/**
 * Production bundles for Node leave as pure ASCII (scripts/ascii.mjs): one non-ASCII character makes V8 hold the
 * whole source as a two-byte string. Development bundles keep their regexes as written (their source maps stay exact).
 */
async function build(entry) {
  const result = await esbuild.build({ ...common, ...entry, write: !production });
  for (const file of result.outputFiles ?? []) {
    const text = entry.platform === 'browser' || !file.path.endsWith('.js') ? file.text : escapeRegexLiterals(file.text).text;
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, text);
  }
}

if (watch) {
  for (const entry of entries) await (await esbuild.context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map(build));
}

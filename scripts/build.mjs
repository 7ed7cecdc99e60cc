// Bundles the client, the server (standalone: node dist/server.js --stdio) and the CLI with esbuild.
import * as esbuild from 'esbuild';

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
  // The preview webview's script runs in the browser, not in Node.
  { entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

if (watch) {
  for (const entry of entries) await (await esbuild.context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}

// Bundle sizes, extension activation (require dist/client.js with a stub `vscode`) and server
// start → initialize response, each in fresh processes.
//   node bench/startup.mjs [--quick]   → JSON on stdout
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { summary, now, msSince } from './lib/stats.mjs';
import { LspClient, ourServer, initialize } from './lib/lspClient.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const smoke = process.argv.includes('--smoke');
const quick = smoke || process.argv.includes('--quick');
const RUNS = smoke ? 1 : quick ? 5 : 15;
const out = { bundles: {} };

for (const name of fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js')).sort()) {
  const data = fs.readFileSync(path.join(ROOT, 'dist', name));
  out.bundles[name] = { bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
}

// A `vscode` stub that answers any property access, so the client bundle can be required.
const stub = path.join(ROOT, '.cache', 'bench', 'vscode-stub.js');
fs.mkdirSync(path.dirname(stub), { recursive: true });
// Its top level lists the API's namespaces as own properties: esbuild's ESM interop copies own keys.
const NAMESPACES = ['l10n', 'window', 'workspace', 'commands', 'env', 'languages', 'extensions', 'Uri', 'EventEmitter', 'Disposable', 'Range', 'Position', 'Selection', 'ViewColumn', 'ProgressLocation', 'StatusBarAlignment'];
fs.writeFileSync(stub, `const any = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : any), apply: () => any, construct: () => any });
const names = ${JSON.stringify(NAMESPACES)};
module.exports = new Proxy({}, { get: (t, k) => any, ownKeys: () => names, getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: any }) });
`);
const probe = `
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? ${JSON.stringify(stub)} : resolve.call(this, request, ...rest); };
const t0 = process.hrtime.bigint();
const ext = require(${JSON.stringify(path.join(ROOT, 'dist', 'client.js'))});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (typeof ext.activate !== 'function') throw new Error('no activate export');
process.stdout.write(String(ms));`;
const requireSamples = [];
for (let i = 0; i < RUNS + 1; i++) {
  const ms = Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
  if (i > 0) requireSamples.push(ms); // the first run warms the file cache
}
out.activationRequireMs = summary(requireSamples);

const initSamples = [];
for (let i = 0; i < RUNS + 1; i++) {
  const t0 = now();
  const client = new LspClient(ourServer(path.join(ROOT, 'dist', 'server.js'), ['--stdio'], []));
  await initialize(client, 'file://' + path.join(ROOT, '.cache', 'bench'));
  const ms = msSince(t0);
  await client.shutdown();
  if (i > 0) initSamples.push(ms);
}
out.serverStartToInitializeMs = summary(initSamples);
process.stdout.write(JSON.stringify(out));

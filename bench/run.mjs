// `npm run bench [-- --quick]`: builds the production bundles, runs every benchmark in its own
// process (ours and the peer side by side), prints one table and writes bench/results/*.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// --smoke: seconds, small counts, no peer unless already installed; run by CI (scripts/test-all.sh),
// fails on any exception. Its results go to bench/results/smoke.json, never to latest.json.
const smoke = process.argv.includes('--smoke');
const quick = smoke || process.argv.includes('--quick');
const flags = smoke ? ['--smoke'] : quick ? ['--quick'] : [];
const started = Date.now();
const loadAtStart = os.loadavg().map((l) => +l.toFixed(2));
const log = (s) => process.stderr.write(s + '\n');
const node = (args, opts = {}) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'], ...opts });

log('building production bundles…');
node(['scripts/build.mjs', '--production']);
const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild');
execFileSync(esbuild, ['core/src/index.ts', '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--minify', '--outfile=.cache/bench/core.cjs', '--log-level=warning'], { cwd: ROOT });

const results = {};
for (const [name, script] of [['core', 'core.mjs'], ['startup', 'startup.mjs'], ['cli', 'cli.mjs'], ['lsp', 'lsp.mjs']]) {
  log(`running ${name}…`);
  const t0 = Date.now();
  results[name] = JSON.parse(node(['--expose-gc', path.join('bench', script), ...flags]));
  log(`  ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const machine = {
  cpu: os.cpus()[0]?.model, cores: os.cpus().length, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version,
  platform: `${os.type()} ${os.release()}`, date: new Date().toISOString(), quick, smoke, loadAverageAtStart: loadAtStart, loadAverage: os.loadavg().map((l) => +l.toFixed(2)), totalSeconds: Math.round((Date.now() - started) / 1000),
};

// ---- the table ----
const { core, startup, cli, lsp } = results;
const ms = (s) => `${s.median} / ${s.p99}`;
const mem = (m) => `${m.rssMiB} (peak ${m.hwmMiB})`;
const rows = [];
const row = (figure, ours, other, target, met) => rows.push([figure, ours, other, target, met === undefined ? '' : met ? 'yes' : 'NO']);
row('core: analyze typical 2021 report, warm (ms, median / p99)', ms(core.typical['2021'].analyzeMs), '', 'median < 1 ms', core.typical['2021'].analyzeMs.median < 1);
row('core: analyze typical 2019 report, warm (ms, median / p99)', ms(core.typical['2019'].analyzeMs), '', 'median < 1 ms', core.typical['2019'].analyzeMs.median < 1);
row(`core: throughput over ${core.throughput.reports} reports (MB/s; µs/report)`, `${core.throughput.analyze.MBps}; ${core.throughput.analyze.usPerReport}`,
  `JSON.parse ${core.throughput.jsonParse.MBps}; ${core.throughput.jsonParse.usPerReport}`, 'JSON.parse ÷ ours ≤ 5', core.throughput.ratio <= 5);
row('core: JSON.parse ÷ ours (same reports, same run)', `${core.throughput.ratio}×`, '', '≤ 5×', core.throughput.ratio <= 5);
row(`core: 1 MB document (${core.stress.bytes} B) analyze (ms)`, ms(core.stress.analyzeMs), '', '', undefined);
row('preview render (ms)', core.render.ms ? ms(core.render.ms) : `skipped: ${core.render.skipped}`, '', '', undefined);
// Without the peer (smoke run) its cells say so and no target is judged.
const noPeer = { latencyMs: { median: '–', p99: '–' }, memory: { afterEdits: { rssMiB: '–', hwmMiB: '–' } }, open200: { after: { rssMiB: '–', hwmMiB: '–' } } };
const nodelay = lsp.peer_nodelay ?? noPeer;
const stock = lsp.peer_stock ?? noPeer;
const judged = (ok) => (lsp.peer_nodelay ? ok : undefined);
row(`LSP didChange → diagnostics, ${lsp.edits} edits (ms, median / p99)`, ms(lsp.ours.latencyMs), `no debounce ${ms(nodelay.latencyMs)}`,
  'ours p99 ≤ ½ peer no-debounce p99', judged(lsp.ours.latencyMs.p99 <= nodelay.latencyMs.p99 / 2));
row('LSP server CPU time per edit (ms; from /proc, robust to load)', lsp.ours.cpuMsPerEdit, nodelay.cpuMsPerEdit ?? '–', '', undefined);
row(`LSP as shipped, peer ${lsp.stockEdits} edits (ms)`, ms(lsp.ours.latencyMs), `200 ms debounce ${ms(stock.latencyMs)}`, '', undefined);
row('LSP server memory after edits (MiB RSS)', mem(lsp.ours.memory.afterEdits), mem(nodelay.memory.afterEdits), 'peak ≤ ½ peer peak',
  judged(lsp.ours.memory.afterEdits.hwmMiB <= nodelay.memory.afterEdits.hwmMiB / 2));
row(`LSP server memory, ${lsp.ours.open200.documents} reports open (MiB RSS)`, mem(lsp.ours.open200.after), mem(nodelay.open200.after), '', undefined);
row(`LSP open ${lsp.ours.open200.documents} reports → all diagnostics (ms)`, lsp.ours.open200.openAllToDiagnosticsMs, nodelay.open200?.openAllToDiagnosticsMs ?? '–', '', undefined);
row('LSP didOpen → first diagnostics (ms)', lsp.ours.openToFirstDiagnosticsMs, nodelay.openToFirstDiagnosticsMs ?? '–', '', undefined);
for (const request of ['completion', 'hover']) {
  const r = lsp.ours.requests[request];
  row(`LSP ${request} latency (ms)`, r.latencyMs ? `${ms(r.latencyMs)} (${r.resultItems} items)` : `skipped: ${r.skipped}`, '', '', undefined);
}
row(`CLI check ${cli.files} files, ${cli.MB} MB (wall ms; files/s)`, `${cli.wallMs.median}; ${cli.filesPerSecond}`, '', '', undefined);
row('server start → initialize (ms)', ms(startup.serverStartToInitializeMs), `${nodelay.initializeMs ?? '–'} (one run)`, '', undefined);
row('activation: require dist/client.js (ms)', ms(startup.activationRequireMs), '', '', undefined);
const BUNDLE_TARGETS = { 'client.js': 150, 'server.js': 600 };
for (const [name, b] of Object.entries(startup.bundles)) {
  const kib = b.bytes / 1024;
  const target = BUNDLE_TARGETS[name];
  row(`bundle dist/${name} (KiB; gzip)`, `${kib.toFixed(0)}; ${(b.gzipBytes / 1024).toFixed(0)}`, '', target ? `≤ ${target} KiB` : '', target ? kib <= target : undefined);
}

const header = ['figure', 'zfxxgk', 'peer (yaml-language-server 2.0.0) / yardstick', 'target', 'met'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
console.log(table);
console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memGiB} GiB, node ${machine.node}, ${machine.platform}; ${smoke ? 'smoke run' : quick ? 'quick run' : 'full run'}, ${machine.totalSeconds} s; load average at the end ${machine.loadAverage.join(' ')}`);
const dir = path.join(ROOT, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, smoke ? 'smoke.json' : `bench-${machine.date.replace(/[:.]/g, '-')}.json`);
const payload = JSON.stringify({ machine, results, table }, null, 1);
fs.writeFileSync(file, payload);
if (!smoke) fs.writeFileSync(path.join(dir, 'latest.json'), payload);
console.log(`results: ${path.relative(ROOT, file)}`);

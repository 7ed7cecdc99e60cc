// Language-server figures over stdio, ours and the peer's (yaml-language-server 2.0.0 on the
// same report as YAML + JSON Schema) in one run, with the same edit script:
// the last digit of 表三「（一）予以公开」自然人 toggles d → d+1 → d, one character per edit,
// each edit sent only after the diagnostics for the previous one arrived.
//   node bench/lsp.mjs [--quick]   → JSON on stdout
import fs from 'node:fs';
import path from 'node:path';
import { LspClient, ourServer, initialize, nextDiagnostics } from './lib/lspClient.mjs';
import { summary, procMemory, procCpuMs, now, msSince } from './lib/stats.mjs';
import { makeReport, toZfxxgk, toYaml, makeSchema } from './gen/report.mjs';
import { ensurePeer, peerInstalled } from './peer.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const smoke = process.argv.includes('--smoke');
const quick = smoke || process.argv.includes('--quick');
const EDITS = smoke ? 20 : quick ? 200 : 1000;
const STOCK_EDITS = smoke ? 5 : quick ? 50 : 1000;
const WARMUP = smoke ? 5 : quick ? 20 : 50;
const OPEN_MANY = smoke ? 10 : 200;
const WORK = path.join(ROOT, '.cache', 'bench', 'lsp');
fs.mkdirSync(WORK, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const uriOf = (file) => 'file://' + file;

const report = makeReport(1, '2021');
const documents = { zfxxgk: toZfxxgk(report), yaml: toYaml(report) };

/** Where the edited digit is: line/character of the last digit of the first cell of the row. */
function editTarget(text, rowPrefix, cellStartChar) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.trimStart().startsWith(rowPrefix));
  const lineText = lines[line];
  let start = lineText.indexOf(cellStartChar) + 1;
  while (!/\d/.test(lineText[start])) start++;
  let end = start;
  while (/\d/.test(lineText[end])) end++;
  const offset = lines.slice(0, line).reduce((a, l) => a + l.length + 1, 0) + end - 1;
  return { line, character: end - 1, offset, digit: text[offset] };
}

// The server runs with the V8 flags and environment the extension gives it (protocol/server-launch.json, read by the client
// through protocol/src/launch.ts). ZFXXGK_BENCH_SERVER_FLAGS (space-separated) replaces the flags, ZFXXGK_BENCH_SERVER_ENV
// (space-separated NAME=value, or empty) the variables, to compare flag sets.
const LAUNCH = JSON.parse(fs.readFileSync(path.join(ROOT, 'protocol', 'server-launch.json'), 'utf8'));
const SERVER_FLAGS = process.env.ZFXXGK_BENCH_SERVER_FLAGS !== undefined
  ? process.env.ZFXXGK_BENCH_SERVER_FLAGS.split(' ').filter(Boolean)
  : LAUNCH.execArgv;
const SERVER_ENV = process.env.ZFXXGK_BENCH_SERVER_ENV !== undefined
  ? Object.fromEntries(process.env.ZFXXGK_BENCH_SERVER_ENV.split(' ').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]))
  : LAUNCH.env;

// ZFXXGK_BENCH_SERVER: another server bundle (e.g. main's, copied aside) to measure side by side with this one.
const SERVER_BUNDLE = process.env.ZFXXGK_BENCH_SERVER ?? path.join(ROOT, 'dist', 'server.js');

async function startOurs() {
  // The variables replace the launch file's (not added to them), so an empty ZFXXGK_BENCH_SERVER_ENV measures without any.
  const client = new LspClient({ ...ourServer(SERVER_BUNDLE, ['--stdio'], SERVER_FLAGS), env: SERVER_ENV });
  client.configuration = () => ({});
  const t0 = now();
  const init = await initialize(client, uriOf(WORK), { locale: 'zh-cn' });
  return { client, init, initializeMs: msSince(t0) };
}

function peerSettings(schemaUri) {
  return {
    validate: true, hover: false, completion: false, format: { enable: false },
    schemaStore: { enable: false }, kubernetesCRDStore: { enable: false }, schemas: { [schemaUri]: ['*.report.yaml'] },
  };
}

async function startPeer(variant) {
  const peer = ensurePeer();
  const schemaPath = path.join(WORK, 'report.schema.json');
  fs.writeFileSync(schemaPath, JSON.stringify(makeSchema(report), null, 2));
  const settings = peerSettings(uriOf(schemaPath));
  const configuration = (section) => ({ yaml: settings, http: { proxy: '', proxyStrictSSL: false }, '[yaml]': {}, editor: { tabSize: 2, insertSpaces: true } })[section] ?? null;
  const client = new LspClient({ command: process.execPath, args: [peer[variant], '--stdio'] });
  client.configuration = configuration;
  const t0 = now();
  const init = await initialize(client, uriOf(WORK));
  const initializeMs = msSince(t0);
  for (let i = 0; i < 200 && client.configRequests === 0; i++) await sleep(10);
  await sleep(100);
  return { client, init, initializeMs };
}

/** didOpen, then warm-up and measured single-character edits; latency didChange → publishDiagnostics. */
async function editLatency({ client, initializeMs }, { file, text, languageId, target, edits, versioned }) {
  const uri = uriOf(file);
  fs.writeFileSync(file, text);
  const memoryBeforeOpen = procMemory(client.pid);
  let version = 1;
  const waitFor = (v) => nextDiagnostics(client, uri, versioned ? (p) => p.version === v : () => true);
  let pending = waitFor(version);
  const tOpen = now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  const opened = await pending;
  const openMs = Number(opened.at - tOpen) / 1e6;
  await sleep(versioned ? 20 : 300);
  const altDigit = String((Number(target.digit) + 1) % 10);
  const samples = [];
  const counts = new Map();
  let cpuAtStart = NaN;
  for (let i = 0; i < WARMUP + edits; i++) {
    if (i === WARMUP) cpuAtStart = procCpuMs(client.pid);
    const ch = i % 2 === 0 ? altDigit : target.digit;
    version++;
    pending = waitFor(version);
    const t0 = now();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{
        range: { start: { line: target.line, character: target.character }, end: { line: target.line, character: target.character + 1 } },
        text: ch,
      }],
    });
    const { params, at } = await pending;
    if (i >= WARMUP) {
      samples.push(Number(at - t0) / 1e6);
      const key = `${i % 2 === 0 ? 'edited' : 'restored'}:${params.diagnostics.length}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return {
    initializeMs: +initializeMs.toFixed(1), openToFirstDiagnosticsMs: +openMs.toFixed(2), latencyMs: summary(samples),
    // Server CPU time per measured edit: robust to a busy machine, unlike the latencies.
    cpuMsPerEdit: +((procCpuMs(client.pid) - cpuAtStart) / edits).toFixed(3),
    diagnosticsAfterEdits: Object.fromEntries(counts), memory: { beforeOpen: memoryBeforeOpen, afterEdits: procMemory(client.pid) },
    docBytes: Buffer.byteLength(text), configRequests: client.configRequests,
  };
}

/** Open 200 different reports and read the server's memory once every one has its diagnostics. */
async function manyOpen({ client }, { ext, languageId, render }) {
  const before = procMemory(client.pid);
  const t0 = now();
  const waits = [];
  for (let i = 0; i < OPEN_MANY; i++) {
    const file = path.join(WORK, `many-${i}.${ext}`);
    const text = render(makeReport(1000 + i));
    const uri = uriOf(file);
    waits.push(nextDiagnostics(client, uri, () => true, 120000));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }
  await Promise.all(waits);
  const allMs = msSince(t0);
  await sleep(500);
  return { documents: OPEN_MANY, openAllToDiagnosticsMs: +allMs.toFixed(1), before, after: procMemory(client.pid) };
}

/** Completion and hover latency, if the server announces them. */
async function requestLatency({ client, init }, file, text) {
  const uri = uriOf(file);
  const out = {};
  const caps = init.capabilities ?? {};
  const lines = text.split('\n');
  const rowLine = lines.findIndex((l) => l.startsWith('（一）予以公开'));
  const blankLine = lines.findIndex((l, i) => i > rowLine && l === '');
  const probes = {
    completion: caps.completionProvider && { method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: rowLine + 1, character: 0 } } },
    hover: caps.hoverProvider && { method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: rowLine, character: 3 } } },
  };
  void blankLine;
  for (const [name, probe] of Object.entries(probes)) {
    if (!probe) { out[name] = { skipped: 'server does not announce this capability' }; continue; }
    const samples = [];
    let result;
    const warm = smoke ? 5 : 50;
    for (let i = 0; i < (smoke ? 10 : quick ? 100 : 500) + warm; i++) {
      const t0 = now();
      result = await client.request(probe.method, probe.params, 30000);
      if (i >= warm) samples.push(msSince(t0));
    }
    const size = Array.isArray(result) ? result.length : Array.isArray(result?.items) ? result.items.length : result ? 1 : 0;
    out[name] = { latencyMs: summary(samples), resultItems: size };
  }
  return out;
}

const oursOnly = process.argv.includes('--ours-only');
// --edits-only: only the edit script (no requests, no 200 reports), to compare flags or profile the edit path alone.
const editsOnly = process.argv.includes('--edits-only');
const results = { serverFlags: SERVER_FLAGS, serverEnv: SERVER_ENV, edits: EDITS, stockEdits: STOCK_EDITS, warmup: WARMUP, sync: 'incremental (one-character range edit)' };
const zTarget = editTarget(documents.zfxxgk, '（一）予以公开', '|');
const yTarget = editTarget(documents.yaml, '（一）予以公开:', '[');

{
  const ours = await startOurs();
  try {
    results.ours = await editLatency(ours, { file: path.join(WORK, 'annual.zfxxgk'), text: documents.zfxxgk, languageId: 'zfxxgk', target: zTarget, edits: EDITS, versioned: true });
    // The bench is also a test (CI smoke run): the broken sum must be reported, the restored report clean.
    const seen = Object.keys(results.ours.diagnosticsAfterEdits);
    if (!seen.some((k) => /^edited:[1-9]/.test(k)) || !seen.every((k) => k.startsWith('edited:') || k === 'restored:0')) {
      throw new Error(`our server's diagnostics over the edit script are not as expected: ${JSON.stringify(results.ours.diagnosticsAfterEdits)}`);
    }
    if (!editsOnly) {
      results.ours.requests = await requestLatency(ours, path.join(WORK, 'annual.zfxxgk'), documents.zfxxgk);
      results.ours.open200 = await manyOpen(ours, { ext: 'zfxxgk', languageId: 'zfxxgk', render: toZfxxgk });
    }
  } finally { await ours.client.shutdown(); }
}
// The smoke run (CI) needs no network: it measures the peer only when a copy is already installed.
const peerVariants = oursOnly || (smoke && !peerInstalled()) ? [] : [['nodelay', EDITS], ['stock', STOCK_EDITS]];
if (!peerVariants.length) results.peerSkipped = 'smoke run without an installed peer (.cache/perf-peer)';
for (const [variant, edits] of peerVariants) {
  const peer = await startPeer(variant);
  try {
    results[`peer_${variant}`] = await editLatency(peer, { file: path.join(WORK, 'annual.report.yaml'), text: documents.yaml, languageId: 'yaml', target: yTarget, edits, versioned: false });
    results[`peer_${variant}`].server = peer.init.serverInfo ?? null;
    if (variant === 'nodelay' && !editsOnly) results.peer_nodelay.open200 = await manyOpen(peer, { ext: 'report.yaml', languageId: 'yaml', render: toYaml });
  } finally { await peer.client.shutdown(); }
}
process.stdout.write(JSON.stringify(results));

// Core figures in one process, on the bundled core (as shipped): parse + check of typical
// reports, throughput over a corpus next to JSON.parse of the same reports as JSON, the 1 MB
// document, and the preview renderer when the core has one.
//   node bench/core.mjs [--quick]   → JSON on stdout
import path from 'node:path';
import { createRequire } from 'node:module';
import { summary, timeRuns, now, msSince } from './lib/stats.mjs';
import { makeReport, toZfxxgk, toObject, makeStress } from './gen/report.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const core = require(path.join(ROOT, '.cache', 'bench', 'core.cjs'));
const smoke = process.argv.includes('--smoke');
const quick = smoke || process.argv.includes('--quick');
const CORPUS = smoke ? 100 : quick ? 2000 : 10000;
const PASSES = smoke ? 1 : quick ? 3 : 7;
const out = {};

function assertClean(text, what) {
  const errors = core.analyze(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  if (errors.length) throw new Error(`${what}: generated report not clean: ${errors.map((d) => d.code).join(', ')}`);
}

// ---- typical report, warm ----
out.typical = {};
for (const version of ['2021', '2019']) {
  const text = toZfxxgk(makeReport(1, version));
  assertClean(text, `typical ${version}`);
  const runs = smoke ? 50 : quick ? 1000 : 5000;
  out.typical[version] = {
    bytes: Buffer.byteLength(text),
    analyzeMs: summary(timeRuns(() => core.analyze(text), runs, Math.min(runs, 1000))),
    buildModelMs: summary(timeRuns(() => core.buildModel(text), runs, Math.min(runs, 1000))),
  };
}

// ---- throughput: corpus of reports vs JSON.parse of the same reports as JSON ----
{
  const t0 = now();
  const reports = Array.from({ length: CORPUS }, (_, i) => makeReport(i + 1));
  const texts = reports.map(toZfxxgk);
  const json = reports.map((r) => JSON.stringify(toObject(r)));
  const generateMs = msSince(t0);
  const bytes = (arr) => arr.reduce((a, s) => a + Buffer.byteLength(s), 0);
  const B = { zfxxgk: bytes(texts), json: bytes(json) };
  for (let i = 0; i < texts.length; i += 97) assertClean(texts[i], `corpus #${i}`);
  const pass = (fn) => () => { let check = 0; for (let i = 0; i < CORPUS; i++) check += fn(i); return check; };
  const workloads = {
    analyze: [pass((i) => core.analyze(texts[i]).diagnostics.length + 1), B.zfxxgk],
    jsonParse: [pass((i) => JSON.parse(json[i]).年度), B.json],
  };
  const passes = Object.fromEntries(Object.keys(workloads).map((k) => [k, []]));
  for (let p = 0; p < PASSES + 1; p++) {
    // Interleaved passes, so both workloads see the same machine noise; the first is warm-up.
    for (const [name, [fn]] of Object.entries(workloads)) { const t = now(); fn(); if (p > 0) passes[name].push(msSince(t)); }
  }
  const rate = (name) => {
    const s = summary(passes[name]);
    return {
      passMs: s, MBps: +(workloads[name][1] / 1e6 / (s.median / 1e3)).toFixed(1),
      usPerReport: +((s.median * 1e3) / CORPUS).toFixed(1), MB: +(workloads[name][1] / 1e6).toFixed(2),
    };
  };
  out.throughput = { reports: CORPUS, passes: PASSES, generateMs: Math.round(generateMs), analyze: rate('analyze'), jsonParse: rate('jsonParse') };
  out.throughput.ratio = +(out.throughput.jsonParse.MBps / out.throughput.analyze.MBps).toFixed(2);
}

// ---- 1 MB stress document ----
{
  const text = makeStress(1_000_000);
  out.stress = { bytes: Buffer.byteLength(text), lines: text.split('\n').length, analyzeMs: summary(timeRuns(() => core.analyze(text), smoke ? 2 : quick ? 10 : 30, smoke ? 1 : 3)) };
}

// ---- preview render: layout + HTML of an analysed report, as the preview panel does ----
{
  const text = toZfxxgk(makeReport(1, '2021'));
  const analysis = core.analyze(text);
  const { html } = core.renderPreview(analysis);
  if (typeof html !== 'string' || !html.includes('<table')) throw new Error('renderPreview: no table in the preview HTML');
  out.render = { fn: 'renderPreview', bytes: Buffer.byteLength(html), ms: summary(timeRuns(() => core.renderPreview(analysis), smoke ? 20 : quick ? 300 : 2000, smoke ? 5 : 200)) };
}

process.stdout.write(JSON.stringify(out));

// CLI over a directory of generated reports: wall time of `node dist/cli.js check DIR`, files/s.
//   node bench/cli.mjs [--quick]   → JSON on stdout
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { summary, now, msSince } from './lib/stats.mjs';
import { makeReport, toZfxxgk } from './gen/report.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const smoke = process.argv.includes('--smoke');
const quick = smoke || process.argv.includes('--quick');
const FILES = smoke ? 50 : quick ? 2000 : 10000;
const RUNS = quick ? 1 : 3;
const dir = path.join(ROOT, '.cache', 'bench', `cli-corpus-${FILES}`);
const marker = path.join(dir, '.complete');
if (!fs.existsSync(marker)) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < FILES; i++) {
    const sub = path.join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `report-${i + 1}.zfxxgk`), toZfxxgk(makeReport(i + 1)));
  }
  fs.writeFileSync(marker, '');
}
let bytes = 0;
for (const sub of fs.readdirSync(dir)) if (!sub.startsWith('.')) for (const f of fs.readdirSync(path.join(dir, sub))) bytes += fs.statSync(path.join(dir, sub, f)).size;
const samples = [];
let last;
for (let r = 0; r < RUNS; r++) {
  const t0 = now();
  last = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  samples.push(msSince(t0));
}
const s = summary(samples);
const out = {
  files: FILES, MB: +(bytes / 1e6).toFixed(1), runs: RUNS, wallMs: s, filesPerSecond: Math.round(FILES / (s.median / 1e3)),
  exitCode: last.status, summaryLine: last.stdout.trim().split('\n').pop(),
};
if (last.status !== 0) throw new Error('cli check failed: ' + last.stderr.slice(-2000) + last.stdout.slice(-2000));
process.stdout.write(JSON.stringify(out));

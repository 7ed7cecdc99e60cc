import fs from 'node:fs';

/** Order statistics over samples (ms). p(q) is the nearest-rank percentile. */
export function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const p = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const round = (x) => +x.toFixed(x < 1 ? 4 : x < 100 ? 3 : 1);
  return { n: s.length, median: round(p(0.5)), p90: round(p(0.9)), p99: round(p(0.99)), max: round(s[s.length - 1]), min: round(s[0]) };
}

export const now = () => process.hrtime.bigint();
export const msSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Run fn `runs` times after `warmup` untimed calls; samples in ms. */
export function timeRuns(fn, runs, warmup = Math.ceil(runs / 5)) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) { const t0 = now(); fn(); samples.push(msSince(t0)); }
  return samples;
}

export function procMemory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rssMiB: +(kb('VmRSS') / 1024).toFixed(1), hwmMiB: +(kb('VmHWM') / 1024).toFixed(1) };
  } catch { return { rssMiB: NaN, hwmMiB: NaN }; }
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function procCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch { return NaN; }
}

// The peer: yaml-language-server 2.0.0, installed on first use into .cache/perf-peer with npm
// (lockfile in bench/peer), plus a copy with its hard-coded 200 ms validation debounce set to 0.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIR = path.join(ROOT, '.cache', 'perf-peer');
const STOCK = path.join(DIR, 'node_modules', 'yaml-language-server');
const NODELAY = path.join(DIR, 'node_modules', 'yaml-language-server-nodelay');

export const peerInstalled = () => fs.existsSync(path.join(STOCK, 'package.json')) && fs.existsSync(path.join(NODELAY, 'package.json'));

export function ensurePeer() {
  if (!fs.existsSync(path.join(STOCK, 'package.json'))) {
    fs.mkdirSync(DIR, { recursive: true });
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, 'bench', 'peer', f), path.join(DIR, f));
    process.stderr.write('installing yaml-language-server@2.0.0 into .cache/perf-peer (first run only)…\n');
    execFileSync('npm', ['ci', '--no-fund', '--no-audit', '--loglevel=error'], { cwd: DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!fs.existsSync(path.join(NODELAY, 'package.json'))) {
    fs.cpSync(STOCK, NODELAY, { recursive: true });
    const settings = path.join(NODELAY, 'out', 'src', 'yamlSettings.js');
    const source = fs.readFileSync(settings, 'utf8');
    if (!source.includes('this.validationDelayMs = 200;')) throw new Error('yaml-language-server: debounce constant not found');
    fs.writeFileSync(settings, source.replace('this.validationDelayMs = 200;', 'this.validationDelayMs = 0;'));
  }
  const bin = (dir) => path.join(dir, 'bin', 'yaml-language-server');
  return { stock: bin(STOCK), nodelay: bin(NODELAY), version: JSON.parse(fs.readFileSync(path.join(STOCK, 'package.json'), 'utf8')).version };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePeer());

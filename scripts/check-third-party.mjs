#!/usr/bin/env node
// Only our own text in the repository (issue #13): no run of 14 characters of a published report from
// ../shared/domain/reports may appear in the examples, the test fixtures, the docs or the README.
// Statutory labels (core/src/formats) and the boilerplate listed in scripts/third-party-allow.txt are
// everyone's words: they are masked on both sides before comparing, so they neither match nor join a match.
//
//   node scripts/check-third-party.mjs [PATH…]    exit 0 clean, 1 on a match, 2 when the reports are missing
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = path.resolve(ROOT, '..', 'shared', 'domain', 'reports');
const RUN = 14;
const DEFAULT_PATHS = ['examples', 'test/fixtures', 'docs', 'README.md', 'CHANGELOG.md', 'walkthrough'];
const TEXT = /\.(zfxxgk|txt|md|svg|html?|json|ts|mjs)$/;
/**
 * Files kept on purpose. The seed (孟州市西虢镇 2020) is the one published report issue #13 keeps as an example;
 * every other example is made up.
 */
const EXEMPT = new Set(['examples/2020-mengzhou-xiguozhen.zfxxgk']);

/** Characters, each with its 1-based line, after NFKC; spaces and table pipes dropped (layout is not text). */
function normalise(text) {
  const chars = [];
  const lines = [];
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line++;
    for (const c of ch.normalize('NFKC')) {
      if (/\s|\|/.test(c)) continue;
      chars.push(c);
      lines.push(line);
    }
  }
  return { chars, lines };
}

/**
 * One pattern for everything masked: the statutory phrases (4+ non-ASCII characters inside the string literals of
 * core/src/formats) and the allow list (phrases, or `re:` regular expressions).
 */
function allowed() {
  const phrases = new Set();
  const dir = path.join(ROOT, 'core', 'src', 'formats');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const literal of fs.readFileSync(path.join(dir, file), 'utf8').match(/'[^'\n]*'|`[^`\n]*`/g) ?? []) {
      for (const run of literal.normalize('NFKC').match(/[^\x00-\x7f]{4,}/g) ?? []) phrases.add(run);
    }
  }
  const patterns = [];
  const allow = fs.readFileSync(path.join(ROOT, 'scripts', 'third-party-allow.txt'), 'utf8').split('\n');
  for (const entry of allow) {
    if (!entry.trim() || entry.startsWith('#')) continue;
    if (entry.startsWith('re:')) patterns.push(entry.slice(3).trim());
    else phrases.add(normalise(entry).chars.join(''));
  }
  const escape = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([...patterns, ...[...phrases].sort((a, b) => b.length - a.length).map(escape)].join('|'), 'g');
}

/** Replace every allowed phrase by NUL characters of the same length (positions, hence lines, stay). */
function mask(chars, matcher) {
  const text = chars.join('');
  const out = [...chars];
  // Work on UTF-16 offsets of `text`, mapped back to code-point indices of `chars`.
  const cpIndex = [];
  chars.forEach((c, i) => { for (let k = 0; k < c.length; k++) cpIndex.push(i); });
  for (const m of text.matchAll(matcher)) {
    const from = cpIndex[m.index];
    const to = cpIndex[m.index + m[0].length - 1];
    for (let i = from; i <= to; i++) out[i] = '\0';
  }
  return out;
}

/** A window worth comparing: no masked character, and more than zeros and punctuation. */
const informative = (window) => !window.includes('\0') && /[^0./\-()（）、，。：:;；]/.test(window);

function windows(chars, visit) {
  for (let i = 0; i + RUN <= chars.length; i++) {
    const window = chars.slice(i, i + RUN).join('');
    if (informative(window)) visit(window, i);
  }
}

function listFiles(target) {
  const full = path.resolve(ROOT, target);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(full, e.name)) : TEXT.test(e.name) ? [path.join(full, e.name)] : []));
}

function main(args) {
  if (!fs.existsSync(REPORTS)) {
    console.error(`找不到已发布报告目录 ${REPORTS} / the published reports are not at ${REPORTS}`);
    return 2;
  }
  const matcher = allowed();
  const published = new Map();
  for (const name of fs.readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).sort()) {
    // The first line names the source (our words, in English), not the report.
    const text = fs.readFileSync(path.join(REPORTS, name), 'utf8').replace(/^# source:.*\n/, '');
    const { chars } = normalise(text);
    windows(mask(chars, matcher), (w) => { if (!published.has(w)) published.set(w, name); });
  }
  let found = 0;
  const files = (args.length ? args : DEFAULT_PATHS).flatMap(listFiles);
  for (const file of files) {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    if (EXEMPT.has(relative)) continue;
    const { chars, lines } = normalise(fs.readFileSync(file, 'utf8'));
    const masked = mask(chars, matcher);
    let spanEnd = -1;
    windows(masked, (w, i) => {
      const source = published.get(w);
      if (!source) return;
      if (i <= spanEnd) { spanEnd = i + RUN - 1; return; } // one line per copied passage, not per window
      spanEnd = i + RUN - 1;
      found++;
      console.log(`${relative}:${lines[i]}: “${w}…” 见于 / found in ${source}`);
    });
  }
  console.log(`${files.length} 个文件，${found} 处与已发布报告相同的 ${RUN} 字连续文本 / ${files.length} files, ${found} runs of ${RUN} characters shared with a published report`);
  return found ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

// The long fuzz run: the robustness properties of test/core/robustness for as long as you like.
//   npm run fuzz [-- --minutes 10] [--seed N]
// Prints, per property, how many inputs it tried and what it found (a shrunk counterexample).
// Needs the compiled tests: `npx tsc -p .` (npm run fuzz does it).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const fc = require('fast-check');
const P = require(path.join(ROOT, 'out', 'test', 'core', 'robustness', 'properties.js'));
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const minutes = Number(arg('--minutes', '2'));
const seed = Number(arg('--seed', String(Date.now() % 2 ** 31)));
const reports = P.realReports();

const properties = {
  'random edits of real reports': fc.property(fc.constantFrom(...reports), fc.array(P.editArbitrary, { minLength: 1, maxLength: 30 }), fc.constantFrom('zh-cn', 'en'),
    (report, edits, locale) => { P.checkAnalysis(edits.reduce(P.applyEdit, report.text), locale); }),
  'palette strings': fc.property(P.paletteString(2000), (text) => { P.checkAnalysis(text); }),
  'random bytes as UTF-8': fc.property(P.bytesAsText, (text) => { P.checkAnalysis(text); }),
  'random UTF-16': fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (text) => { P.checkAnalysis(text); }),
  'deep nonsense': fc.property(P.deepNonsense, (text) => { P.checkAnalysis(text); }),
  'edited reports with odd spaces, digits and line ends': fc.property(fc.constantFrom(...reports), fc.array(P.editArbitrary, { maxLength: 5 }),
    fc.constantFrom(...P.UNICODE_SPACES), fc.constantFrom(...P.DIGIT_FORMS), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(),
    (report, edits, space, digits, eol, bom) => {
      const text = P.withDigits(P.withSpaces(edits.reduce(P.applyEdit, report.text), space), digits).replace(/\r?\n/g, eol);
      P.checkAnalysis((bom ? '\ufeff' : '') + text);
    }),
};

const budgetMs = (minutes * 60_000) / Object.keys(properties).length;
console.log(`fuzzing ${Object.keys(properties).length} properties for ${minutes} min (seed ${seed}, ${reports.length} real reports)`);
let total = 0;
const findings = [];
for (const [name, property] of Object.entries(properties)) {
  const details = fc.check(property, { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false });
  total += details.numRuns;
  if (details.failed) {
    const example = JSON.stringify(details.counterexample)?.slice(0, 2000);
    const error = String(details.errorInstance?.message ?? details.error).slice(0, 2000);
    findings.push({ name, error, counterexample: example, seed: details.seed, path: details.counterexamplePath });
    console.log(`✗ ${name}: FAILED after ${details.numRuns} inputs\n  ${findings.at(-1).error}\n  counterexample: ${example}\n  replay: seed ${details.seed}, path ${details.counterexamplePath}`);
  } else console.log(`✓ ${name}: ${details.numRuns} inputs, nothing found`);
}
console.log(`${total} inputs tried, ${findings.length} finding(s)`);
if (findings.length) {
  const out = path.join(ROOT, '.cache', 'fuzz-findings.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(findings, null, 2));
  console.log(`details: ${path.relative(ROOT, out)}`);
}
process.exitCode = findings.length ? 1 : 0;

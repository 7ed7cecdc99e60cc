import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus, type Injected } from '../helpers/corpus';
import { ROOT } from '../helpers/examples';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** "file|code" → how many, from the CLI's JSON or from the generator's list. */
function tally(entries: Array<[string, string, number]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [file, code, n] of entries) if (n > 0) map.set(`${file}|${code}`, (map.get(`${file}|${code}`) ?? 0) + n);
  return map;
}
const found = (json: any) => tally(json.files.flatMap((f: any) => f.diagnostics.map((d: any) => [f.path, d.code, 1])));
const expected = (injected: Injected[]) => tally(injected.map((i) => [i.file, i.code, i.count]));

describe('zfxxgk check DIR: batch review', function () {
  this.timeout(180000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-batch-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('1,000 reports (250 agencies × 2021–2024): finds exactly the injected errors, on every core', () => {
    const corpus = generateCorpus(path.join(dir, 'big'), { agencies: 250, years: [2021, 2022, 2023, 2024], seed: 11 });
    assert.strictEqual(corpus.files.length, 1000);
    const kinds = new Set(corpus.injected.map((i) => i.kind));
    for (const kind of ['carryOver', 'inForce', 'textMismatch', 'table4Total', 'repeat', 'unexplainedSuppression']) assert.ok(kinds.has(kind as Injected['kind']), kind);
    assert.ok(corpus.exceptions.some((e) => e.kind === 'explainedCarryOver') && corpus.exceptions.some((e) => e.kind === 'scopeTrap'));

    const started = Date.now();
    const { code, stdout, stderr } = run(['check', path.join(dir, 'big'), '--format', 'json']);
    const elapsed = Date.now() - started;
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 1, 'table4.total errors were injected');
    const json = JSON.parse(stdout);
    assert.strictEqual(json.files.length, 1000);
    assert.deepStrictEqual([...found(json)].sort(), [...expected(corpus.injected)].sort());
    assert.strictEqual(json.summary.counts.error, corpus.injected.filter((i) => i.code === 'table4.total').length);
    if (cores > 1) {
      assert.ok(json.summary.workers > 1, `workers: ${json.summary.workers}`);
      assert.ok(json.summary.filesPerWorker.every((n: number) => n > 0), `every worker checked files: ${json.summary.filesPerWorker}`);
    }
    assert.strictEqual(json.summary.filesPerWorker.reduce((a: number, b: number) => a + b, 0), 1000);
    console.log(`      1000 files in ${elapsed} ms on ${json.summary.workers} workers (${json.summary.filesPerWorker.join(' + ')})`);
  });

  it('worker threads and a single thread give the same output', () => {
    generateCorpus(path.join(dir, 'small'), { agencies: 40, years: [2022, 2023], seed: 5, rate: 0.2 });
    const threads = run(['check', path.join(dir, 'small'), '--format', 'json', '--jobs', '2']);
    const single = run(['check', path.join(dir, 'small'), '--format', 'json', '--jobs', '1']);
    const strip = (out: string) => { const j = JSON.parse(out); delete j.summary.workers; delete j.summary.filesPerWorker; return j; };
    assert.strictEqual(JSON.parse(threads.stdout).summary.workers, 2);
    assert.deepStrictEqual(strip(threads.stdout), strip(single.stdout));
    assert.strictEqual(threads.code, single.code);
  });

  it('text output ends with the summary table: rules, worst files, totals', () => {
    const { stdout } = run(['check', path.join(dir, 'small'), '--lang', 'zh']);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[lines.length - 1], /^80 个文件：\d+ 个错误，\d+ 个警告(（另有 \d+ 条低于 information 级别的未显示；--min-severity hint 显示全部）)?$/);
    assert.ok(lines.some((l) => /^规则\s+错误\s+警告\s+信息\s+提示$/.test(l)));
    assert.ok(lines.some((l) => /^crossYear\.carryOver\s+0\s+\d+\s+0\s+0$/.test(l)));
    assert.ok(lines.includes('问题最多的文件：'));
  });

  it('the config file at the root: severities, ignored rules, per-file overrides', () => {
    const root = path.join(dir, 'small');
    const before = JSON.parse(run(['check', root, '--format', 'json']).stdout);
    fs.writeFileSync(path.join(root, 'zfxxgk.config.json'), JSON.stringify({
      rules: { 'table4.total': 'warning' }, ignore: ['text.*'], overrides: [{ files: ['agency-000*/**'], ignore: ['crossYear.*'] }],
    }));
    try {
      const { code, stdout } = run(['check', root, '--format', 'json']);
      const after = JSON.parse(stdout);
      const all = (json: any) => json.files.flatMap((f: any) => f.diagnostics.map((d: any) => ({ path: f.path, ...d })));
      assert.ok(all(before).some((d: any) => d.code.startsWith('text.')), 'the corpus has text mismatches to ignore');
      assert.ok(!all(after).some((d: any) => d.code.startsWith('text.')));
      assert.ok(!all(after).some((d: any) => d.code.startsWith('crossYear.') && /agency-000\d/.test(d.path)));
      assert.ok(all(after).every((d: any) => d.severity !== 'error'));
      assert.strictEqual(code, 0);
      // --rule on the command line has the last word.
      assert.strictEqual(run(['check', root, '--format', 'json', '--rule', 'table4.total=error']).code, 1);
    } finally { fs.rmSync(path.join(root, 'zfxxgk.config.json')); }
  });

  it('SARIF 2.1.0 for code scanning: rules, levels, regions, related locations in last year\'s file', () => {
    const { stdout } = run(['check', path.join(dir, 'small'), '--format', 'sarif'], dir);
    const sarif = JSON.parse(stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const [runInfo] = sarif.runs;
    assert.strictEqual(runInfo.tool.driver.name, 'zfxxgk');
    const carryOver = runInfo.results.find((r: any) => r.ruleId === 'crossYear.carryOver');
    assert.strictEqual(carryOver.level, 'warning');
    assert.strictEqual(runInfo.tool.driver.rules[carryOver.ruleIndex].id, 'crossYear.carryOver');
    assert.match(carryOver.locations[0].physicalLocation.artifactLocation.uri, /^small\/agency-\d{4}\/2023\.zfxxgk$/);
    assert.match(carryOver.relatedLocations[0].physicalLocation.artifactLocation.uri, /^small\/agency-\d{4}\/2022\.zfxxgk$/);
    assert.ok(carryOver.locations[0].physicalLocation.region.startLine > 1);
    assert.ok(runInfo.results.filter((r: any) => r.ruleId === 'text.tableMismatch').every((r: any) => r.level === 'note'));
  });

  it('the example pair: 白鹭市 2023 and 2024 check clean together; bad options exit 2', () => {
    const { code, stdout } = run(['check', 'examples/bailu']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /2 个文件：0 个错误，0 个警告/);
    assert.strictEqual(run(['check', 'examples', '--format', 'xml']).code, 2);
    assert.strictEqual(run(['check', 'examples', '--jobs', '0']).code, 2);
  });
});

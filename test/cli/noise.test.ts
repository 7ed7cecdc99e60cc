import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { generateCorpus } from '../helpers/corpus';
import { ROOT } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';
import { filterBySeverity } from '../../cli/src/batch/severity';
import { atLeast, SEVERITY_ORDER } from '../../core/src';
import type { FileResult } from '../../cli/src/batch/analyze';
import type { ReportDiagnostic, Severity } from '../../core/src';

/** Real published reports, read in place (never copied into the repository). */
const REPORTS = path.resolve(ROOT, '..', 'shared', 'domain', 'reports');

/** A consistent generated report (fictional agency) with every 0 of table 三 left blank, as many real reports do. */
function blankZeros(text: string): string {
  const start = text.indexOf('# 三、');
  const end = text.indexOf('# 四、');
  return text.slice(0, start) + text.slice(start, end).replace(/\| 0(?= \||$)/gm, '| ') + text.slice(end);
}

describe('what a reviewer reads: severity threshold and noise budget (issue 16)', function () {
  this.timeout(120000);
  let dir: string;
  let fine: string;
  let blank: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-noise-'));
    const corpus = generateCorpus(path.join(dir, 'corpus'), { agencies: 6, years: [2023, 2024], seed: 3, rate: 0 });
    fine = corpus.files[0];
    blank = path.join(dir, 'blank.zfxxgk');
    fs.writeFileSync(blank, blankZeros(fs.readFileSync(corpus.files[1], 'utf8')));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a report that is fine prints one summary line; a clean batch too', () => {
    const one = zfxxgk(['check', fine]);
    assert.strictEqual(one.code, 0);
    assert.deepStrictEqual(one.stdout.trimEnd().split('\n'), ['1 个文件：0 个错误，0 个警告']);
    const batch = zfxxgk(['check', path.join(dir, 'corpus')]);
    assert.deepStrictEqual(batch.stdout.trimEnd().split('\n'), ['12 个文件：0 个错误，0 个警告']);
  });

  it('blank zeros: no hint line, one line per table naming the checks that stood down and the first cells', () => {
    const { code, stdout } = zfxxgk(['check', blank]);
    assert.strictEqual(code, 0, stdout);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(!lines.some((l) => /: hint /.test(l)), stdout);
    const incomplete = lines.filter((l) => l.includes('table.incomplete'));
    assert.strictEqual(incomplete.length, 1, stdout);
    const count = Number(/有 (\d+) 个单元格空白/.exec(incomplete[0])![1]);
    assert.ok(count >= 40, incomplete[0]); // the generator writes many zeros in table 三
    assert.match(incomplete[0], /未进行的勾稽检查：table3\.\w+/);
    assert.match(incomplete[0], /空白如 [^；]+ · (自然人|法人或其他组织·\S+|总计)；/);
    assert.match(incomplete[0], /--min-severity hint 逐格列出/);
    assert.match(lines[lines.length - 1], new RegExp(`^1 个文件：0 个错误，1 个警告（另有 ${count} 条低于 information 级别的未显示`));
    assert.ok(lines.length <= 3, stdout);
  });

  it('--min-severity hint lists every blank cell; warning and error hide more; a bad level is a usage error', () => {
    const all = zfxxgk(['check', blank, '--min-severity', 'hint']).stdout.split('\n');
    const perCell = all.filter((l) => / hint cell\.blank /.test(l));
    const count = Number(/有 (\d+) 个单元格空白/.exec(all.find((l) => l.includes('table.incomplete'))!)![1]);
    assert.strictEqual(perCell.length, count);
    assert.ok(perCell.every((l) => /\[表三 · .+ · .+\]$/.test(l)), perCell[0]);
    const errorsOnly = zfxxgk(['check', blank, '--min-severity', 'error']);
    assert.deepStrictEqual(errorsOnly.stdout.trimEnd().split('\n').length, 1);
    const bad = zfxxgk(['check', blank, '--min-severity', 'loud']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--min-severity 只能是 error、warning、information 或 hint：loud/);
  });

  it('JSON and SARIF keep every cell unless told', () => {
    const json = JSON.parse(zfxxgk(['check', blank, '--format', 'json']).stdout);
    const blanks = json.files[0].diagnostics.filter((d: { code: string }) => d.code === 'cell.blank');
    assert.ok(blanks.length >= 40);
    assert.ok(blanks.every((d: { place?: { table: string; row: string; column: string } }) => d.place?.table === 'table3' && d.place.row && d.place.column));
    const sarif = JSON.parse(zfxxgk(['check', blank, '--format', 'sarif']).stdout);
    assert.strictEqual(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'cell.blank').length, blanks.length);
    const told = JSON.parse(zfxxgk(['check', blank, '--format', 'json', '--min-severity', 'warning']).stdout);
    assert.deepStrictEqual(told.files[0].diagnostics.map((d: { code: string }) => d.code), ['table.incomplete']);
  });

  it('noise budget over every real report, imported in memory and read in place: no hint line by default', () => {
    // Reports are named by year; SOURCES.md is not a report and is skipped as such.
    const names = fs.readdirSync(REPORTS).filter((n) => /^\d{4}.*\.(txt|html?|md|docx)$/i.test(n));
    assert.ok(names.length >= 8, names.join(' '));
    const { stdout, stderr } = zfxxgk(['check', '--published', REPORTS]);
    assert.match(stderr, /已跳过（不像政府信息公开工作年度报告）：.*SOURCES\.md/);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(!lines.some((l) => /: hint /.test(l)), lines.filter((l) => /: hint /.test(l)).join('\n'));
    // Every readable report was checked (a PDF counts once with its text conversion of the same name).
    assert.match(lines[lines.length - 1], new RegExp(`^${names.length} 个文件：`), stderr);
    const all = zfxxgk(['check', '--published', REPORTS, '--min-severity', 'hint']).stdout;
    assert.ok(all.split('\n').length >= lines.length);
  });

  it('property: the threshold keeps exactly the diagnostics at or above it, places in step', () => {
    const severity = fc.constantFrom(...SEVERITY_ORDER);
    fc.assert(fc.property(fc.array(severity, { maxLength: 30 }), severity, (severities: Severity[], min: Severity) => {
      const diagnostics = severities.map((s, i) => ({ severity: s, code: `c${i}` }) as unknown as ReportDiagnostic);
      const file: FileResult = { path: 'x', diagnostics, places: severities.map((_, i) => ({ table: 'table3' as const, row: `r${i}` })) };
      const [kept] = filterBySeverity([file], min);
      assert.deepStrictEqual(kept.diagnostics.map((d) => d.code), diagnostics.filter((d) => atLeast(d.severity, min)).map((d) => d.code));
      assert.deepStrictEqual(kept.places!.map((p) => p!.row), kept.diagnostics.map((d) => `r${d.code.slice(1)}`));
      assert.ok(atLeast('error', min) && atLeast(min, 'hint'));
    }));
  });
});

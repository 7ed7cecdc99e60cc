import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus } from '../helpers/corpus';
import { zfxxgk } from '../helpers/cli';
import { collectReportFiles } from '../../cli/src/files';
import { publishedKindForFile as importKindForFile } from '../../core/src/import';

/** A report in the language as a published page would carry it: no header keys, `## 一、…` headings, GFM table rows. */
function asMarkdown(text: string): string {
  return text.split('\n').flatMap((line) => {
    if (line.startsWith('标题：')) return [line.slice(3)];
    if (/^(机关|年度|格式)：/.test(line)) return [];
    if (line.startsWith('# ')) return ['## ' + line.slice(2)];
    if (line.startsWith('## ')) return ['### ' + line.slice(3)];
    if (line.includes('|')) return [`| ${line.split('|').map((c) => c.trim()).join(' | ')} |`];
    return [line];
  }).join('\n');
}

/** As copied from a Word document: title line, tab-separated table rows. */
function asPlainText(text: string): string {
  return text.split('\n').flatMap((line) => {
    if (line.startsWith('标题：')) return [line.slice(3)];
    if (/^(机关|年度|格式)：/.test(line)) return [];
    if (line.startsWith('#')) return [line.replace(/^#+ /, '')];
    return [line.includes('|') ? line.split('|').map((c) => c.trim()).join('\t') : line];
  }).join('\n');
}

describe('zfxxgk check on published files (issue 11 item 7)', function () {
  this.timeout(120000);
  let dir: string;
  let y2023: string;
  let y2024: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-published-'));
    const corpus = generateCorpus(path.join(dir, 'src'), { agencies: 1, years: [2023, 2024], seed: 9, rate: 0 });
    [y2023, y2024] = corpus.files.map((f) => fs.readFileSync(f, 'utf8'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('one extension → kind map: the published kinds, nothing else', () => {
    for (const name of ['a.pdf', 'a.HTML', 'a.htm', 'a.docx', 'a.md', 'a.txt']) assert.ok(importKindForFile(name), name);
    for (const name of ['a.zfxxgk', 'a.json', 'a.doc', 'a']) assert.strictEqual(importKindForFile(name), undefined, name);
  });

  it('imports .html .docx .md .txt in memory: a consistent report is clean, an error names the file and its cell', () => {
    const folder = path.join(dir, 'kinds');
    fs.mkdirSync(folder);
    const source = path.join(folder, 'source.zfxxgk');
    // One number changed: 行政复议's 总计 no longer adds up.
    const review = y2024.split('\n').find((l) => l.startsWith('行政复议 |'))!;
    const cells = review.split('|').map((c) => c.trim());
    const broken = y2024.replace(review, [...cells.slice(0, -1), String(Number(cells[cells.length - 1]) + 1)].join(' | '));
    fs.writeFileSync(source, broken);
    assert.strictEqual(zfxxgk(['render', source, '-o', path.join(folder, 'report.html')]).code, 0);
    assert.strictEqual(zfxxgk(['render', source, '-o', path.join(folder, 'report.docx')]).code, 0);
    fs.writeFileSync(path.join(folder, 'report.md'), asMarkdown(broken));
    fs.writeFileSync(path.join(folder, 'report.txt'), asPlainText(broken));
    fs.rmSync(source);
    for (const name of ['report.html', 'report.docx', 'report.md', 'report.txt']) {
      const file = path.join(folder, name);
      const text = zfxxgk(['check', file]);
      assert.strictEqual(text.code, 1, name + text.stdout + text.stderr);
      // No line:col for an in-memory import; the row and column instead.
      assert.ok(text.stdout.includes(`${file}: error table4.total `), name + text.stdout);
      assert.match(text.stdout, /error table4\.total .+ \[表四 · 行政复议 · 总计\]$/m, name);
      assert.strictEqual(text.stdout.split('\n').filter((l) => / error /.test(l)).length, 1, name + text.stdout);
      const json = JSON.parse(zfxxgk(['check', file, '--format', 'json']).stdout);
      assert.strictEqual(json.files[0].path, file);
      assert.ok(json.files[0].importedFrom, name);
      const error = json.files[0].diagnostics.find((d: { code: string }) => d.code === 'table4.total');
      assert.deepStrictEqual(error.place, { table: 'table4', row: '行政复议', column: '总计' }, name);
    }
  });

  it('--published DIR: a report and its own exports count once; cross-year checks work across published files', () => {
    const folder = path.join(dir, 'agency');
    fs.mkdirSync(folder);
    const last = path.join(folder, '2023.zfxxgk');
    fs.writeFileSync(last, y2023);
    assert.strictEqual(zfxxgk(['render', last, '-o', path.join(folder, '2023.html')]).code, 0);
    assert.strictEqual(zfxxgk(['render', last, '-o', path.join(folder, '2023.docx')]).code, 0);
    // This year's report, published only as a web page, carries over one request less than last year left.
    const carried = y2024.split('\n').find((l) => l.startsWith('二、上年结转'))!;
    const parts = carried.split('|').map((c) => c.trim());
    const first = Number(parts[1]);
    const changed = [parts[0], String(first + 1), ...parts.slice(2, -1), String(Number(parts[parts.length - 1]) + 1)].join(' | ');
    const thisYear = path.join(dir, 'draft-2024.zfxxgk');
    fs.writeFileSync(thisYear, y2024.replace(carried, changed));
    assert.strictEqual(zfxxgk(['render', thisYear, '-o', path.join(folder, '2024.html')]).code, 0);
    fs.writeFileSync(path.join(folder, 'notes.json'), '{}');

    const collected = collectReportFiles([folder], { published: true });
    assert.deepStrictEqual(collected.files.map((f) => path.basename(f.path)), ['2023.zfxxgk', '2024.html']);
    assert.deepStrictEqual(collectReportFiles([folder]).files.map((f) => path.basename(f.path)), ['2023.zfxxgk']);

    const json = JSON.parse(zfxxgk(['check', '--published', folder, '--format', 'json']).stdout);
    assert.deepStrictEqual(json.files.map((f: { path: string }) => path.basename(f.path)), ['2023.zfxxgk', '2024.html']);
    const codes = json.files[1].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('crossYear.carryOver'), codes.join(' '));
    const carry = json.files[1].diagnostics.find((d: { code: string }) => d.code === 'crossYear.carryOver');
    assert.strictEqual(carry.place.row, '二、上年结转政府信息公开申请数量');
    assert.deepStrictEqual(json.files[0].diagnostics, []);
  });
});

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, layoutReport } from '../../../core/src';
import { renderDocx } from '../../../core/src/render/docx';
import { importReport } from '../../../core/src/import';
import { RESULTS } from '../../helpers/chromium';
import { example, QINGSHI, replaceLine } from '../../helpers/examples';

const has = (command: string) => {
  try { execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }); return true; } catch { return false; }
};

/** Numbers of every written statutory row, by table/row id. */
function numbers(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of Object.values(analyze(text).model.tables)) {
    for (const [id, row] of table.rows) out[`${table.id}/${id}`] = row.cells.map((c) => c.raw);
  }
  return out;
}

interface Word { page: number; x0: number; y0: number; x1: number; y1: number; text: string }

function pdfWords(bbox: string): Word[] {
  const words: Word[] = [];
  bbox.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] });
    }
  });
  return words;
}

/** The label is printed whole in one cell: as one word, or as words stacked right below each other. */
function inOneCell(words: Word[], label: string): boolean {
  const below = (w: Word, rest: string): boolean => {
    if (rest === '') return true;
    return words.some((n) => n.page === w.page && n.y0 >= w.y1 - 1 && n.y0 - w.y1 < 10 && (n.x0 + n.x1) / 2 > w.x0 - 2 && (n.x0 + n.x1) / 2 < w.x1 + 2
      && rest.startsWith(n.text) && below(n, rest.slice(n.text.length)));
  };
  return words.some((w) => w.text.length > 0 && label.startsWith(w.text) && below(w, label.slice(w.text.length)));
}

/**
 * The exported DOCX in a real word processor (LibreOffice Writer, headless; scripts/setup-system.sh
 * installs it): converted to PDF, its text read back with pdftotext -layout and its pages drawn with
 * pdftoppm (test-results/libreoffice-page-*.png); and re-saved as DOCX, which must import back with
 * the same numbers. One conversion of each kind per run (LibreOffice starts in seconds, not ms).
 */
describe('DOCX through LibreOffice (soffice --headless)', function () {
  this.timeout(180000);
  let dir: string;
  // Seven-digit totals and six-digit cells: the widest numbers a report has must still fit on one line.
  let text = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 128800 | 210000 | 100000 | 100000 | 500000 | 300000 | 1338800');
  text = replaceLine(text, '复议后起诉', '复议后起诉       | 12000 | 10000 | 10000 | 60000 | 92000');

  before(async function () {
    if (!has('soffice') || !has('pdftotext') || !has('pdftoppm')) {
      console.warn('    (skipped: LibreOffice or poppler-utils missing; run scripts/setup-system.sh)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-lo-'));
    const analysis = analyze(text);
    fs.writeFileSync(path.join(dir, 'report.docx'), await renderDocx(layoutReport(analysis.model, analysis.diagnostics)));
  });

  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  const soffice = (to: string, input: string, outdir: string) => {
    fs.mkdirSync(outdir, { recursive: true });
    // A private profile: no clash with another LibreOffice running on the machine.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', outdir, input],
      { stdio: 'ignore', timeout: 150000 });
  };

  it('converts to PDF with the merged headers, every label and every number on one line in row order', () => {
    soffice('pdf', path.join(dir, 'report.docx'), dir);
    const pdf = path.join(dir, 'report.pdf');
    assert.ok(fs.statSync(pdf).size > 10000, 'a PDF was written');
    const layoutText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const lines = layoutText.split('\n');
    // The merged header cells of 三 and 四 hold their labels (a narrow cell wraps 商业企 / 业 inside itself).
    const words = pdfWords(execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const label of ['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计', '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '尚未审结', '结果维持']) {
      assert.ok(inOneCell(words, label), `header label ${label} in one cell`);
    }
    // Each row of table 三 prints its numbers on its own line, in column order, none split.
    const rowNumbers = (prefix: string) => {
      const line = lines.find((l) => l.includes(prefix));
      assert.ok(line, `a line with ${prefix}`);
      return line!.slice(line!.indexOf(prefix) + prefix.length).trim().split(/\s+/);
    };
    assert.deepStrictEqual(rowNumbers('予以公开'), ['128800', '210000', '100000', '100000', '500000', '300000', '1338800']);
    assert.deepStrictEqual(rowNumbers('结转下年度继续办理').slice(-7), ['45', '0', '0', '0', '0', '0', '45']);
    // Table 四: one printed row of 15 numbers, in the order 复议 | 直接起诉 | 复议后起诉.
    const table4 = lines.find((l) => /\b58\s+41\s+133\s+29\s+261\b/.test(l));
    assert.ok(table4, 'table 四\'s numbers on one line');
    assert.match(table4!, /58\s+41\s+133\s+29\s+261\s+17\s+3\s+11\s+4\s+35\s+12000\s+10000\s+10000\s+60000\s+92000/);
    // Pages drawn for a human to look at.
    fs.mkdirSync(RESULTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, path.join(RESULTS, 'libreoffice-page')]);
    assert.ok(fs.readdirSync(RESULTS).some((f) => f.startsWith('libreoffice-page')));
  });

  it('a DOCX re-saved by LibreOffice imports back with the same numbers', async () => {
    soffice('docx:MS Word 2007 XML', path.join(dir, 'report.docx'), path.join(dir, 'resaved'));
    const resaved = fs.readFileSync(path.join(dir, 'resaved', 'report.docx'));
    const imported = await importReport(new Uint8Array(resaved), { kind: 'docx' });
    const want = numbers(text);
    const got = numbers(imported.text);
    for (const key of Object.keys(want)) assert.deepStrictEqual(got[key], want[key], key);
  });
});

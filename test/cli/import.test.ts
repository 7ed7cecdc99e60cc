import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { zfxxgk } from '../helpers/cli';
import { ROOT } from '../helpers/examples';
import { errorsOf, numbersOf, REPORTS_DIR } from '../helpers/imported';
import { makePdf } from '../helpers/pdf';


/** The real published reports, read in place (third-party text: never copied into the project). */
const HUAIAN_TXT = path.join(REPORTS_DIR, '2024-huaian-shi.txt');
/** The real published PDF, read in place. */
const HUAIAN_PDF = path.join('..', 'shared', 'domain', 'reports', '2024-huaian-shi.pdf');

describe('zfxxgk import', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-import-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports pdftotext output to stdout, the summary on stderr, exit 0', () => {
    const { code, stdout, stderr } = zfxxgk(['import', HUAIAN_TXT]);
    assert.strictEqual(code, 0, stderr);
    assert.match(stdout, /^标题：淮安市人民政府2024年政府信息公开工作年度报告$/m);
    assert.deepStrictEqual(numbersOf(stdout)['table4/review'], ['72', '64', '178', '37', '351']);
    assert.deepStrictEqual(errorsOf(stdout), []);
    assert.match(stderr, /表格行：找到 34\/34 行/);
    assert.match(stderr, /已去除页码 6 个/);
  });

  it('writes -o OUT, and the written file checks clean with zfxxgk check', () => {
    const out = path.join(dir, 'huaian.zfxxgk');
    const imported = zfxxgk(['import', HUAIAN_TXT, '-o', out]);
    assert.strictEqual(imported.code, 0);
    assert.match(imported.stderr, new RegExp(`已写入：${out.replace(/[.\\]/g, '\\$&')}`));
    assert.strictEqual(imported.stdout, '');
    const checked = zfxxgk(['check', out]);
    assert.strictEqual(checked.code, 0, checked.stdout);
  });

  it('reads a GB18030 file (saved on Chinese Windows); the summary follows --lang', () => {
    const gbk = path.join(dir, '2020-mengzhou-xiguozhen.gb18030.txt');
    fs.writeFileSync(gbk, iconv.encode(fs.readFileSync(path.join(REPORTS_DIR, '2020-mengzhou-xiguozhen.txt'), 'utf8'), 'gb18030'));
    const { code, stdout, stderr } = zfxxgk(['import', gbk, '--kind', 'text', '--lang', 'en']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^机关：孟州市西虢镇人民政府$/m);
    assert.deepStrictEqual(numbersOf(stdout)['table2/item9.procurement'], ['2', '576.76']);
    assert.match(stderr, /table rows: 34\/34 found/);
  });

  it('reads a PDF itself, with no pdftotext on PATH: the same report as from its text', () => {
    const fromPdf = zfxxgk(['import', HUAIAN_PDF], { PATH: '' });
    assert.strictEqual(fromPdf.code, 0, fromPdf.stderr);
    assert.match(fromPdf.stderr, /表格行：找到 34\/34 行/);
    const fromText = zfxxgk(['import', HUAIAN_TXT]);
    // Only the provenance note differs (and the text's own source line, kept as a comment).
    const body = (text: string) => text.split('\n').filter((l) => !l.startsWith('%% ')).join('\n');
    assert.strictEqual(body(fromPdf.stdout), body(fromText.stdout));
    assert.match(fromPdf.stdout, /^%% 由 zfxxgk 从PDF 文件导入/);
  });

  it('reads a PDF from the shipped bundles alone (dist/cli.js + dist/pdfjs.js, no node_modules, no canvas package)', () => {
    const shipped = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-shipped-'));
    try {
      for (const file of ['cli.js', 'pdfjs.js']) fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(shipped, file));
      const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(shipped, 'cli.js'))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`,
        'import', path.join(ROOT, HUAIAN_PDF)], { cwd: shipped, encoding: 'utf8', env: { PATH: '', LANG: 'zh_CN.UTF-8' } });
      assert.strictEqual(run.status, 0, run.stderr);
      assert.match(run.stderr, /表格行：找到 34\/34 行/);
      assert.doesNotMatch(run.stderr, /Warning|DOMMatrix/);
      assert.deepStrictEqual(numbersOf(run.stdout)['table3/total'], ['2932', '53', '0', '0', '61', '4', '3050']);
      // A font that is not embedded needs the CMaps shipped inside dist/pdfjs.js.
      const unigb = path.join(shipped, 'unigb.pdf');
      fs.writeFileSync(unigb, makePdf({ pages: [[{ x: 80, y: 100, size: 16, text: '青石县人民政府2023年政府信息公开工作年度报告' }]], font: 'unigb' }));
      const song = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(shipped, 'cli.js'))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`,
        'import', unigb], { cwd: shipped, encoding: 'utf8', env: { PATH: '', LANG: 'zh_CN.UTF-8' } });
      assert.strictEqual(song.status, 0, song.stderr);
      assert.match(song.stdout, /^机关：青石县人民政府$/m);
    } finally {
      fs.rmSync(shipped, { recursive: true, force: true });
    }
  });

  it('refuses a damaged PDF and a text given as --kind pdf with the reason, exit 2, no stack trace', () => {
    const broken = path.join(dir, 'broken.pdf');
    fs.writeFileSync(broken, fs.readFileSync(path.join('..', 'shared', 'domain', 'reports', '2024-huaian-shi.pdf')).subarray(0, 20000));
    const zh = zfxxgk(['import', broken], { PATH: '' });
    assert.strictEqual(zh.code, 2);
    assert.match(zh.stderr, /^导入失败：.*broken\.pdf \(PDF 文件已损坏或不完整，无法读取\)$/m);
    const en = zfxxgk(['import', broken, '--lang', 'en'], { PATH: '' });
    assert.match(en.stderr, /import failed: .*broken\.pdf \(the PDF file is damaged or incomplete and cannot be read\)/);
    const text = zfxxgk(['import', HUAIAN_TXT, '--kind', 'pdf']);
    assert.strictEqual(text.code, 2);
    assert.match(text.stderr, /不是 PDF 文件/);
    for (const run of [zh, en, text]) assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('rejects a bad --kind and an unreadable input with exit 2', () => {
    assert.strictEqual(zfxxgk(['import', HUAIAN_TXT, '--kind', 'pdfx']).code, 2);
    const missing = zfxxgk(['import', path.join(dir, 'nope.txt')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /无法读取/);
  });

  it('lists import in the usage text, both languages', () => {
    assert.match(zfxxgk(['help']).stdout, /import 输入文件 \[-o 输出\.zfxxgk\]/);
    assert.match(zfxxgk(['help', '--lang', 'en']).stdout, /import INPUT \[-o OUT\.zfxxgk\]/);
  });
});

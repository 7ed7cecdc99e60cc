import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { example, QINGSHI } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';


describe('zfxxgk render', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-render-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a standalone HTML file', () => {
    const out = path.join(dir, 'qingshi.html');
    const { code, stderr } = zfxxgk(['render', 'examples/2024-qingshi-shi.zfxxgk', '--to', 'html', '-o', out]);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr.trim(), `已导出：${out}`);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<title>青石市人民政府2024年政府信息公开工作年度报告<\/title>/);
    assert.match(html, /<th colspan="7" class="heading">申请人情况<\/th>/);
  });

  it('writes a Word document (format taken from -o when --to is absent)', async () => {
    const out = path.join(dir, 'seed.docx');
    const { code } = zfxxgk(['render', 'examples/2020-mengzhou-xiguozhen.zfxxgk', '-o', out]);
    assert.strictEqual(code, 0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    assert.strictEqual((xml.match(/<w:tbl>/g) ?? []).length, 3);
    assert.ok(xml.includes('孟州市西虢镇人民政府2020年政府信息公开工作年度报告'));
  });

  it('exports a report with errors anyway, listing the errors on stderr', () => {
    const input = path.join(dir, 'broken.zfxxgk');
    fs.writeFileSync(input, example(QINGSHI).replace('| 58 | 41 | 133 | 29 | 261', '| 58 | 41 | 133 | 29 | 260'));
    const out = path.join(dir, 'broken.html');
    const { code, stderr } = zfxxgk(['render', input, '--to', 'html', '-o', out], { LANG: 'en_US.UTF-8' });
    assert.strictEqual(code, 0);
    assert.ok(fs.existsSync(out));
    assert.match(stderr, /^warning: the report has 1 error\(s\); exported anyway:$/m);
    assert.match(stderr, /broken\.zfxxgk:66:\d+: table4\.total /);
  });

  it('prints HTML to stdout without -o; rejects an unknown target with exit 2', () => {
    const { code, stdout } = zfxxgk(['render', 'examples/2024-qingshi-shi.zfxxgk', '--to', 'html']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^<!DOCTYPE html>/);
    const bad = zfxxgk(['render', 'examples/2024-qingshi-shi.zfxxgk', '--to', 'pdf']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--to 只能是 html 或 docx：pdf/);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zfxxgk } from '../helpers/cli';
import { errorsOf, numbersOf } from '../helpers/imported';


const HUAIAN_TXT = path.join('test', 'fixtures', 'reports', '2024-huaian-shi.txt');

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
    const gbk = path.join('test', 'fixtures', 'import', '2020-mengzhou-xiguozhen.gb18030.txt');
    const { code, stdout, stderr } = zfxxgk(['import', gbk, '--kind', 'text', '--lang', 'en']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^机关：孟州市西虢镇人民政府$/m);
    assert.deepStrictEqual(numbersOf(stdout)['table2/item9.procurement'], ['2', '576.76']);
    assert.match(stderr, /table rows: 34\/34 found/);
  });

  it('rejects a bad --kind and an unreadable input with exit 2', () => {
    assert.strictEqual(zfxxgk(['import', HUAIAN_TXT, '--kind', 'pdf']).code, 2);
    const missing = zfxxgk(['import', path.join(dir, 'nope.txt')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /无法读取/);
  });

  it('lists import in the usage text, both languages', () => {
    assert.match(zfxxgk(['help']).stdout, /import 输入文件 \[-o 输出\.zfxxgk\]/);
    assert.match(zfxxgk(['help', '--lang', 'en']).stdout, /import INPUT \[-o OUT\.zfxxgk\]/);
  });
});

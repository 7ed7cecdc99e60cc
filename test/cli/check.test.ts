import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { example, QINGSHI } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';


describe('zfxxgk check', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'broken.zfxxgk'), example(QINGSHI).replace('| 58 | 41 | 133 | 29 | 261', '| 58 | 41 | 133 | 29 | 260'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a report');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks the examples: exit 0, one warning, a summary line', () => {
    const { code, stdout } = zfxxgk(['check', 'examples']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^examples\/2020-mengzhou-xiguozhen\.zfxxgk:31:14: warning cell\.decimals 表头要求保留 4 位小数/m);
    assert.match(stdout, /4 个文件：0 个错误，1 个警告/); // the seed, 青石 2024, 白鹭 2023 and 2024
  });

  it('finds reports in directories, exits 1 on errors, prints path:line:col: severity code message', () => {
    const { code, stdout } = zfxxgk(['check', dir]);
    assert.strictEqual(code, 1);
    const file = path.join(dir, 'sub', 'broken.zfxxgk');
    const line = example(QINGSHI).split('\n').findIndex((l) => l.startsWith('行政复议')) + 1;
    assert.ok(stdout.includes(`${file}:${line}:`), stdout);
    assert.match(stdout, /error table4\.total “行政复议”的总计应为 261（58 \+ 41 \+ 133 \+ 29），实为 260。/);
  });

  it('writes the documented JSON with 1-based positions', () => {
    const { code, stdout } = zfxxgk(['check', '--format', 'json', '--lang', 'en', path.join(dir, 'sub', 'broken.zfxxgk')]);
    assert.strictEqual(code, 1);
    const json = JSON.parse(stdout);
    // The prose still quotes 261, so text.tableMismatch (line 12) comes first; the table's own error:
    const diagnostic = json.files[0].diagnostics.find((d: { code: string }) => d.code === 'table4.total');
    const line = example(QINGSHI).split('\n').findIndex((l) => l.startsWith('行政复议')) + 1;
    assert.deepStrictEqual(Object.keys(diagnostic), ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'place']);
    // The row label and column of a table diagnostic (issue 11 item 7): what locates it in a published file.
    assert.deepStrictEqual(diagnostic.place, { table: 'table4', row: '行政复议', column: '总计' });
    assert.strictEqual(diagnostic.line, line);
    assert.strictEqual(diagnostic.endColumn - diagnostic.column, 3);
    assert.strictEqual(diagnostic.message, '"行政复议": total should be 261 (58 + 41 + 133 + 29), found 260.');
  });

  it('follows LANG, and --lang over LANG', () => {
    assert.match(zfxxgk(['check', 'examples'], { LANG: 'en_US.UTF-8' }).stdout, /4 file\(s\): 0 error\(s\), 1 warning\(s\)/);
    assert.match(zfxxgk(['check', '--lang', 'zh', 'examples'], { LANG: 'en_US.UTF-8' }).stdout, /4 个文件/);
  });

  it('changes severities with --rule', () => {
    const { code, stdout } = zfxxgk(['check', '--rule', 'table4.total=warning', '--rule', 'cell.decimals=off', dir, 'examples']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /warning table4\.total/);
    assert.doesNotMatch(stdout, /cell\.decimals/);
  });

  it('exits 2 with a clear message on bad usage or unreadable input', () => {
    const missing = zfxxgk(['check', 'no/such/file.zfxxgk']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /无法读取：no\/such\/file\.zfxxgk/);
    assert.strictEqual(zfxxgk(['check']).code, 2);
    assert.strictEqual(zfxxgk(['check', '--format', 'xml', 'examples']).code, 2);
    assert.match(zfxxgk(['check', '--rule', 'nonsense', 'examples']).stderr, /--rule 应为 代码=级别/);
    assert.strictEqual(zfxxgk(['frobnicate']).code, 2);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-empty-'));
    assert.match(zfxxgk(['check', empty]).stderr, /没有找到 \.zfxxgk 文件/);
    fs.rmSync(empty, { recursive: true });
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { nextYearReport, reportSkeleton } from '../../core/src';
import { ROOT } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'desk', '2024-qingshi-xian.zfxxgk');
const LAST = fs.readFileSync(FIXTURE, 'utf8');

describe('zfxxgk new', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-new-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--from LAST -o OUT: next year\'s report; checked together with last year it agrees (no cross-year warning)', () => {
    const last = path.join(dir, '2024.zfxxgk');
    fs.writeFileSync(last, LAST);
    const out = path.join(dir, '2025.zfxxgk');
    const { code, stderr } = zfxxgk(['new', '--from', last, '-o', out]);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr, `已生成 2025 年度报告（2021 年格式），上年结转填入 7 列，其余数字留空。\n已写入：${out}\n`);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), (nextYearReport(LAST) as { text: string }).text);
    const check = zfxxgk(['check', '--format', 'json', dir]);
    assert.strictEqual(check.code, 0, check.stdout);
    const codes = JSON.parse(check.stdout).files.flatMap((f: any) => f.diagnostics.map((d: any) => d.code));
    assert.ok(codes.includes('cell.blank'), 'the blanks are listed for the author');
    assert.deepStrictEqual(codes.filter((c: string) => c.startsWith('crossYear.')), []);
  });

  it('never overwrites: an existing output or the input itself is refused, and left as it was', () => {
    const last = path.join(dir, '2024.zfxxgk');
    fs.writeFileSync(last, LAST);
    const existing = path.join(dir, 'mine.zfxxgk');
    fs.writeFileSync(existing, '作者的文字');
    const refused = zfxxgk(['new', '--from', last, '-o', existing]);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /输出文件已存在，不覆盖/);
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), '作者的文字');
    const self = zfxxgk(['new', '--from', last, '-o', last], { LANG: 'en_US.UTF-8' });
    assert.strictEqual(self.code, 2);
    assert.match(self.stderr, /the output file is the input file; not overwritten/);
    assert.strictEqual(fs.readFileSync(last, 'utf8'), LAST);
  });

  it('without -o the report goes to stdout; a GB18030 file is read through the one decoder', () => {
    const gb = path.join(dir, 'gb.zfxxgk');
    fs.writeFileSync(gb, iconv.encode(LAST, 'gb18030'));
    const { code, stdout } = zfxxgk(['new', '--from', gb]);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, (nextYearReport(LAST) as { text: string }).text + '\n');
  });

  it('`zfxxgk new`: the blank skeleton, with --year and --agency', () => {
    const { code, stdout } = zfxxgk(['new', '--year', '2020', '--agency', '某某县审计局']);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, reportSkeleton({ year: 2020, agency: '某某县审计局' }) + '\n');
    const bad = zfxxgk(['new', '--year', '二〇二五']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--year 应为四位年份/);
  });

  it('an unreadable source, a binary one, or one without a year: exit 2 with a message, no stack trace', () => {
    const binary = path.join(dir, 'x.zfxxgk');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 0, 0, 0, 9, 0, 0]));
    const noYear = path.join(dir, 'y.zfxxgk');
    fs.writeFileSync(noYear, '标题：某某\n机关：某某县审计局\n');
    for (const [file, message] of [[path.join(dir, 'none.zfxxgk'), /无法读取/], [binary, /无法读取/], [noYear, /没有可读的“年度”行/]] as const) {
      const { code, stderr } = zfxxgk(['new', '--from', file, '-o', path.join(dir, 'out.zfxxgk')]);
      assert.strictEqual(code, 2);
      assert.match(stderr, message);
      assert.ok(!/\bat \S+ \(/.test(stderr), stderr);
      assert.ok(!fs.existsSync(path.join(dir, 'out.zfxxgk')));
    }
  });

  it('help lists the command in both languages', () => {
    assert.match(zfxxgk(['help']).stdout, /new --from 上年报告\.zfxxgk/);
    assert.match(zfxxgk(['help'], { LANG: 'en_US.UTF-8' }).stdout, /new --from LAST\.zfxxgk/);
  });
});

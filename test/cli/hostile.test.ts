import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { generateCorpus } from '../helpers/corpus';
import { ROOT } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';
import { Readable } from 'stream';
import { collectReportFiles, readBytes, ReadError, readStdin, unreadableMessage, type ReadReason } from '../../cli/src/files';
import { terminalLine, terminalText } from '../../cli/src/io';
import { workerCount } from '../../cli/src/batch/workers';

const BIN = path.join(ROOT, 'bin', 'zfxxgk');
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/** Run the command with stdout read for one chunk and then closed, as `| head -c 1` does. */
function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8' } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('hostile and clumsy input at the command line (issue 14)', function () {
  this.timeout(120000);
  let dir: string;
  let good: string;
  let report: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-hostile-'));
    const files = generateCorpus(path.join(dir, 'corpus'), { agencies: 40, years: [2024], seed: 4, rate: 0 }).files;
    good = files[0];
    report = fs.readFileSync(good, 'utf8');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('F1: a closed pipe ends every command quietly (no EPIPE stack trace)', async () => {
    // Output far beyond a pipe's buffer: every 0 of table 三 blank in 40 reports, each cell listed.
    const big = path.join(dir, 'blank');
    fs.mkdirSync(big);
    for (const [i, file] of fs.readdirSync(path.join(dir, 'corpus')).entries()) {
      const text = fs.readFileSync(path.join(dir, 'corpus', file, '2024.zfxxgk'), 'utf8');
      fs.writeFileSync(path.join(big, `${i}.zfxxgk`), text.replace(/\| 0(?= \||$)/gm, '| '));
    }
    const html = path.join(dir, 'page.html');
    fs.writeFileSync(html, `<html><body><p>${report.split('\n').join('</p><p>')}</p></body></html>`);
    for (const args of [['check', big, '--min-severity', 'hint', '--jobs', '1'], ['check', big, '--format', 'json', '--jobs', '1'], ['render', good, '--to', 'html'], ['import', html], ['help']]) {
      const { code, stderr } = await closedPipe(args);
      assert.ok(code === 0 || code === 1, `${args.join(' ')}: exit ${code}\n${stderr}`);
      assert.doesNotMatch(stderr, /EPIPE|Error|at /, args.join(' '));
    }
  });

  it('F2: GB18030 and UTF-16 reports give the same findings as UTF-8; undecidable bytes get a clear message', () => {
    const broken = report.replace(/^(行政复议 \|.*\| )(\d+)$/m, (_, head: string, total: string) => head + String(Number(total) + 1));
    const utf8 = path.join(dir, 'enc-utf8.zfxxgk');
    fs.writeFileSync(utf8, broken);
    fs.writeFileSync(path.join(dir, 'enc-gb.zfxxgk'), iconv.encode(broken, 'gb18030'));
    fs.writeFileSync(path.join(dir, 'enc-utf16.zfxxgk'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]));
    const findings = (file: string) => JSON.parse(zfxxgk(['check', file, '--format', 'json']).stdout).files[0].diagnostics.map((d: { code: string; message: string }) => `${d.code} ${d.message}`);
    const expected = findings(utf8);
    assert.ok(expected.some((f: string) => f.startsWith('table4.total ')), expected.join('\n'));
    assert.deepStrictEqual(findings(path.join(dir, 'enc-gb.zfxxgk')), expected);
    assert.deepStrictEqual(findings(path.join(dir, 'enc-utf16.zfxxgk')), expected);
    const binary = path.join(dir, 'binary.zfxxgk');
    fs.writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const refused = zfxxgk(['check', binary]);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /无法读取：.*binary\.zfxxgk（不是文本文件（含二进制内容））/);
  });

  it('F11: control characters from a report are escaped in text output', () => {
    const file = path.join(dir, 'escape.zfxxgk');
    fs.writeFileSync(file, report.replace(/^规章 \|/m, '规章\x1b]0;PWNED\x07\x1b[2J |'));
    const { stdout } = zfxxgk(['check', file]);
    assert.doesNotMatch(stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
    assert.match(stdout, /\\x1b\]0;PWNED\\x07\\x1b\[2J/);
    const json = zfxxgk(['check', file, '--format', 'json']).stdout;
    assert.ok(JSON.parse(json).files[0].diagnostics.some((d: { message: string }) => d.message.includes('\x1b]0;PWNED')), 'JSON keeps the text as JSON');
  });

  it('F11 property: a terminal line never carries a control character, and no other character is lost', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text: string) => {
      const line = terminalLine(text);
      assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const keep = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, '');
      assert.strictEqual(keep(line.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g, '')), keep(text.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g, '')));
      assert.doesNotMatch(terminalText(text), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }));
  });

  it('F12: no command writes over its input (same path, ./path, symlink, hard link)', () => {
    const input = path.join(dir, 'keep.zfxxgk');
    fs.writeFileSync(input, report);
    const link = path.join(dir, 'keep-link.zfxxgk');
    const hard = path.join(dir, 'keep-hard.zfxxgk');
    fs.symlinkSync(input, link);
    fs.linkSync(input, hard);
    const html = path.join(dir, 'keep.html');
    fs.writeFileSync(html, '<html><body><p>标题</p></body></html>');
    const attempts = [
      ['render', input, '--to', 'html', '-o', input],
      ['render', input, '--to', 'html', '-o', link],
      ['render', link, '--to', 'docx', '-o', hard],
      ['render', input, '--to', 'html', '-o', path.relative(ROOT, input)],
      ['import', html, '-o', html],
      ['extract', '-o', input, input],
    ];
    for (const args of attempts) {
      const { code, stderr } = zfxxgk(args);
      assert.strictEqual(code, 2, args.join(' '));
      assert.match(stderr, /拒绝写入：输出文件就是输入文件/, args.join(' '));
    }
    assert.strictEqual(fs.readFileSync(input, 'utf8'), report);
    assert.match(fs.readFileSync(html, 'utf8'), /^<html>/);
  });

  it('F13: a missing path or an unreadable entry is reported with its reason; the rest is still checked (exit 2)', () => {
    const { code, stdout, stderr } = zfxxgk(['check', path.join(dir, 'no-such-dir'), good, `${good}/child`]);
    assert.strictEqual(code, 2);
    assert.match(stdout, /^1 个文件：0 个错误，0 个警告/m);
    assert.match(stderr, /无法读取：.*no-such-dir（文件或目录不存在）/);
    assert.match(stderr, /无法读取：.*child（路径中有一段不是目录）/);
    assert.match(stderr, /2 个路径无法读取，其余已检查（退出码 2）/);
    assert.match(zfxxgk(['check', path.join(dir, 'no-such-dir'), good], { LANG: 'en_US.UTF-8' }).stderr, /cannot read: .*no-such-dir \(no such file or directory\)/);
  });

  it('F13: every reason is said in both languages', () => {
    const reasons: ReadReason[] = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'ELOOP', 'notRegular', 'tooLarge', 'binary', 'unknownEncoding', 'other'];
    for (const reason of reasons) {
      const zh = unreadableMessage({ path: 'x', reason, code: 'EIO' }, 'zh-cn');
      const en = unreadableMessage({ path: 'x', reason, code: 'EIO' }, 'en');
      assert.match(zh, /^无法读取：x（[^a-z]*[\u4e00-\u9fff].*）$/, zh);
      assert.match(en, /^cannot read: x \([a-z].*\)$/, en);
    }
  });

  it('F13: symlinked files and folders are followed, each real file once, cycles end', () => {
    const tree = path.join(dir, 'tree');
    fs.mkdirSync(path.join(tree, 'real'), { recursive: true });
    fs.copyFileSync(good, path.join(tree, 'real', 'a.zfxxgk'));
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    fs.copyFileSync(good, path.join(outside, 'b.zfxxgk'));
    fs.symlinkSync(outside, path.join(tree, 'linked-folder'));
    fs.symlinkSync(path.join(tree, 'real', 'a.zfxxgk'), path.join(tree, 'same-as-a.zfxxgk'));
    fs.symlinkSync(tree, path.join(tree, 'real', 'loop'));
    fs.symlinkSync(path.join(tree, 'gone.zfxxgk'), path.join(tree, 'dangling.zfxxgk'));
    const { files, unreadable } = collectReportFiles([tree]);
    assert.deepStrictEqual(files.map((f) => path.relative(tree, f.path)).sort(), ['linked-folder/b.zfxxgk', 'real/a.zfxxgk'].sort());
    assert.deepStrictEqual(unreadable.map((u) => [path.basename(u.path), u.reason]), [['dangling.zfxxgk', 'ENOENT']]);
  });

  it('minor: FIFOs and devices are refused, big input stops at the limit, stdin is read with `-`', () => {
    const fifo = path.join(dir, 'pipe.zfxxgk');
    spawnSync('mkfifo', [fifo]);
    const refused = zfxxgk(['check', fifo, '/dev/zero']);
    assert.strictEqual(refused.code, 2);
    assert.strictEqual(refused.stderr.match(/不是普通文件（管道、设备或套接字），不读取/g)?.length, 2, refused.stderr);
    const limited = zfxxgk(['check', good], { ZFXXGK_MAX_INPUT_MB: '0.001' });
    assert.strictEqual(limited.code, 2);
    assert.match(limited.stderr, /超过 0\.001 MB 的输入上限（可设置环境变量 ZFXXGK_MAX_INPUT_MB 放宽）/);
    const stdin = spawnSync(process.execPath, [BIN, 'check', '-', '--format', 'json'], { cwd: ROOT, input: report, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8' } });
    assert.strictEqual(stdin.status, 0, stdin.stderr);
    assert.deepStrictEqual(JSON.parse(stdin.stdout).files.map((f: { path: string; diagnostics: unknown[] }) => [f.path, f.diagnostics.length]), [['-', 0]]);
  });

  it('minor: reading stops at the limit even where the size is not known in advance (/proc, stdin)', async () => {
    // /proc files report size 0: only the chunked read with a limit keeps such a file from being read forever.
    if (fs.existsSync('/proc/self/maps')) {
      assert.strictEqual(fs.statSync('/proc/self/maps').size, 0);
      assert.throws(() => readBytes('/proc/self/maps', 16), (e: unknown) => e instanceof ReadError && e.reason === 'tooLarge');
      assert.ok(readBytes('/proc/self/maps').length > 16);
    }
    const endless = new Readable({ read() { this.push(Buffer.alloc(4096, 0x31)); } });
    await assert.rejects(readStdin(endless, 100_000), (e: unknown) => e instanceof ReadError && e.reason === 'tooLarge');
    assert.deepStrictEqual([...await readStdin(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)], [0x61, 0x62, 0x63]);
  });

  it('minor: --jobs is capped at the cores; parser messages in the user\'s language; no stack traces', () => {
    assert.strictEqual(workerCount(500, 1000), Math.min(cores, 500));
    const json = JSON.parse(zfxxgk(['check', path.join(dir, 'corpus'), '--jobs', '1000', '--format', 'json']).stdout);
    assert.ok(json.summary.workers <= cores, String(json.summary.workers));
    assert.match(zfxxgk(['check', '--format']).stderr, /^选项 --format 需要一个值/);
    assert.match(zfxxgk(['check', '--frob', 'x']).stderr, /^未知选项：--frob/);
    assert.match(zfxxgk(['check', '--lang', 'en', '--frob', 'x']).stderr, /^unknown option: --frob/);
    assert.match(zfxxgk(['import', '--kind', 'docx', good]).stderr, /^导入失败：/);
  });
});

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import * as nodeFs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, inMemoryWorkspace, isReportFileName, nodeWorkspace, ReadError, ReportIndex, unreadableMessage, Workspace, type FileSystem } from '../../core/src';
import { isSkippedName, MemoryFileSystem, type FileOperations, type FoundFiles } from '../../core/src/workspace';
import { readBytes, readBytesAsync } from '../../core/src/workspace/node';
import { COST_PER_FILE } from '../../core/src/workspace/workspace';

/** A report header of a made-up agency; the body is enough for the index (机关, 年度). */
const report = (agency: string, year: number) => `标题：${agency}${year}年政府信息公开工作年度报告\n机关：${agency}\n年度：${year}\n格式：2021\n\n# 一、总体情况\n本年度我们按要求开展工作。\n`;
const names = (ws: Workspace, inputs: string[], published = false) => ws.find(inputs, { published }).files.map((f) => f.path);

/** A file system that counts the calls made to it, blocking or not: the walk's work, measured without a clock. */
function counting(inner: FileSystem): { fs: FileSystem; calls: Record<string, number> } {
  const calls: Record<string, number> = { stat: 0, readDirectory: 0, realPath: 0, readFile: 0 };
  const count = <T extends FileOperations | FileSystem['promises']>(ops: T): T => ({
    stat: (f: string) => { calls.stat++; return ops.stat(f); },
    readDirectory: (f: string) => { calls.readDirectory++; return ops.readDirectory(f); },
    realPath: (f: string) => { calls.realPath++; return ops.realPath(f); },
    readFile: (f: string, limit: number) => { calls.readFile++; return ops.readFile(f, limit); },
  }) as T;
  return { fs: { ...count<FileOperations>(inner), promises: count(inner.promises) }, calls };
}

async function collect(walk: AsyncGenerator<FoundFiles>): Promise<FoundFiles[]> {
  const steps: FoundFiles[] = [];
  for await (const found of walk) steps.push(found);
  return steps;
}

describe('workspace: finding and reading report files (in memory)', () => {
  it('finds *.zfxxgk in name order, subfolders first, and leaves tool state, dependencies and build output alone', () => {
    const ws = inMemoryWorkspace({
      '/ws/b.zfxxgk': report('青石县审计局', 2023),
      '/ws/A.ZFXXGK': report('青石县审计局', 2022),
      '/ws/notes.txt': '笔记',
      '/ws/2024/report.zfxxgk': report('青石县审计局', 2024),
      '/ws/node_modules/pkg/x.zfxxgk': 'x',
      '/ws/.git/y.zfxxgk': 'y',
      '/ws/.hidden.zfxxgk': 'h',
      '/ws/out/z.zfxxgk': 'z',
      '/ws/dist/z.zfxxgk': 'z',
    });
    assert.deepStrictEqual(names(ws, ['/ws']), ['/ws/2024/report.zfxxgk', '/ws/A.ZFXXGK', '/ws/b.zfxxgk']);
    // A folder the user names is searched even when its name is on the skip list.
    assert.deepStrictEqual(names(ws, ['/ws/out']), ['/ws/out/z.zfxxgk']);
    assert.ok(['.git', '.vscode', 'node_modules', 'out', 'dist'].every(isSkippedName));
    assert.ok(!isSkippedName('2024') && isReportFileName('x.Zfxxgk') && !isReportFileName('x.zfxxgk.bak'));
  });

  it('follows symbolic links, takes each real file once, ends cycles, and names a dangling link', () => {
    const ws = inMemoryWorkspace({ '/ws/real/a.zfxxgk': 'a', '/outside/b.zfxxgk': 'b' });
    ws.fs.symlink('/outside', '/ws/linked-folder').symlink('/ws/real/a.zfxxgk', '/ws/same-as-a.zfxxgk');
    ws.fs.symlink('/ws', '/ws/real/loop').symlink('/ws/gone.zfxxgk', '/ws/dangling.zfxxgk');
    const found = ws.find(['/ws', '/ws/real/a.zfxxgk']);
    assert.deepStrictEqual(found.files.map((f) => f.path), ['/ws/linked-folder/b.zfxxgk', '/ws/real/a.zfxxgk']);
    assert.deepStrictEqual(found.unreadable, [{ path: '/ws/dangling.zfxxgk', reason: 'ENOENT', code: 'ENOENT' }]);
  });

  it('refuses what is not a regular file, and names what is missing, with the reason', () => {
    const ws = inMemoryWorkspace({ '/ws/ok.zfxxgk': 'ok' });
    ws.fs.special('/ws/pipe.zfxxgk');
    const found = ws.find(['/ws', '/nowhere', '/ws/pipe.zfxxgk']);
    assert.deepStrictEqual(found.files.map((f) => f.path), ['/ws/ok.zfxxgk']);
    assert.deepStrictEqual(found.unreadable.map((u) => [u.path, u.reason]), [['/ws/pipe.zfxxgk', 'notRegular'], ['/nowhere', 'ENOENT'], ['/ws/pipe.zfxxgk', 'notRegular']]);
    const message = unreadableMessage(found.unreadable[1], 'zh-cn', ws.limitMb);
    assert.strictEqual(message, '无法读取：/nowhere（文件或目录不存在）');
    assert.strictEqual(unreadableMessage(found.unreadable[0], 'en', ws.limitMb), 'cannot read: /ws/pipe.zfxxgk (not a regular file (pipe, device or socket); not read)');
  });

  it('with `published`: the importable kinds too, one file per report name by preference', () => {
    const ws = inMemoryWorkspace({
      '/p/2023.zfxxgk': 'x', '/p/2023.docx': 'x', '/p/2023.pdf': 'x',
      '/p/2022.pdf': 'x', '/p/2022.txt': 'x', '/p/2021.txt': 'x', '/p/data.json': '{}',
    });
    assert.deepStrictEqual(ws.find(['/p'], { published: true }).files, [
      { path: '/p/2021.txt', published: true }, { path: '/p/2022.pdf', published: true }, { path: '/p/2023.zfxxgk', published: false },
    ]);
    assert.deepStrictEqual(names(ws, ['/p']), ['/p/2023.zfxxgk']);
    assert.deepStrictEqual(ws.find(['/p/2022.txt']).files, [{ path: '/p/2022.txt', published: true }], 'a file named is taken, marked by its kind');
  });

  it('passes the caller\'s own name (stdin) through in its place', () => {
    const ws = inMemoryWorkspace({ '/ws/a.zfxxgk': 'a' });
    assert.deepStrictEqual(ws.find(['-', '/ws'], { passThrough: '-' }).files.map((f) => f.path), ['-', '/ws/a.zfxxgk']);
  });

  it('reads through the one decoder and the size limit: GB18030 and UTF-16 as text, binary and oversized refused', () => {
    const text = report('青石县审计局', 2023);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const ws = inMemoryWorkspace({ '/ws/u16.zfxxgk': utf16, '/ws/bin.zfxxgk': new Uint8Array([0, 1, 2, 0, 0, 9]), '/ws/big.zfxxgk': 'x'.repeat(2000) }, 0.001);
    ws.fs.write('/ws/gb.zfxxgk', new Uint8Array([0xc7, 0xe0, 0xca, 0xaf])); // 青石 in GB18030
    assert.strictEqual(ws.readText('/ws/u16.zfxxgk'), text);
    assert.strictEqual(ws.readText('/ws/gb.zfxxgk'), '青石');
    assert.deepStrictEqual(ws.tryReadText('/ws/bin.zfxxgk'), { unreadable: { path: '/ws/bin.zfxxgk', reason: 'binary', code: '' } });
    assert.strictEqual((ws.tryReadText('/ws/big.zfxxgk') as { unreadable: { reason: string } }).unreadable.reason, 'tooLarge');
    assert.match(unreadableMessage({ path: 'big', reason: 'tooLarge' }, 'zh-cn', ws.limitMb), /超过 0\.001 MB 的输入上限/);
  });

  it('finds the nearest config file in the folder or above it, and reads it with its problems', () => {
    const ws = inMemoryWorkspace({
      '/ws/zfxxgk.config.json': '\ufeff{"rules": {"cell.decimals": "off"}}',
      '/ws/dept/zfxxgk.config.json': '{"rulez": {}}',
      '/ws/dept/2023/a.zfxxgk': 'a',
      '/ws/other/b.zfxxgk': 'b',
    });
    assert.strictEqual(ws.findConfig(ws.folderOf('/ws/dept/2023/a.zfxxgk')!), '/ws/dept/zfxxgk.config.json');
    assert.strictEqual(ws.findConfig('/ws/other'), '/ws/zfxxgk.config.json');
    assert.strictEqual(ws.findConfig('/elsewhere'), undefined);
    assert.deepStrictEqual(ws.loadConfig('/ws/zfxxgk.config.json', 'zh-cn').config?.rules, { 'cell.decimals': 'off' });
    assert.deepStrictEqual(ws.loadConfig('/ws/dept/zfxxgk.config.json', 'en').problems, ['Unknown setting "rulez".']);
    const missing = ws.loadConfig('/ws/other/zfxxgk.config.json', 'zh-cn');
    assert.ok(missing.missing && !missing.config && missing.unreadable?.reason === 'ENOENT');
  });

  it('feeds the report index: last year\'s report found across folders, checked from memory', () => {
    const ws = inMemoryWorkspace({ '/ws/2023/report.zfxxgk': report('白鹭县财政局', 2023), '/ws/2024/report.zfxxgk': report('白鹭县财政局', 2024) });
    const index = new ReportIndex();
    for (const file of ws.find(['/ws']).files) index.update(file.path, ws.readText(file.path));
    assert.strictEqual(index.previousOf('/ws/2024/report.zfxxgk')?.uri, '/ws/2023/report.zfxxgk');
    const previous = index.previousReport('/ws/2024/report.zfxxgk');
    assert.strictEqual(analyze(index.get('/ws/2024/report.zfxxgk')!.text, { previous }).model.year, 2024);
  });

  it('bounded work: each folder read once, each file looked at a fixed number of times, whatever the tree', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'node_modules', '.git', 'out', 'c'), fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x.zfxxgk', 'y.zfxxgk', 'z.txt', '.w.zfxxgk')), { maxLength: 30 }),
      (entries) => {
        const memory = new MemoryFileSystem(Object.fromEntries(entries.map(([a, b, f]) => [`/r/${a}/${b}/${f}`, 'x'])));
        memory.mkdir('/r');
        const { fs, calls } = counting(memory);
        const found = new Workspace(fs, 64).find(['/r']);
        const expected = [...new Set(entries.filter(([a, , f]) => !isSkippedName(a) && isReportFileName(f) && !f.startsWith('.')).map(([a, b, f]) => `/r/${a}/${b}/${f}`))].sort();
        assert.deepStrictEqual(found.files.map((f) => f.path).sort(), expected);
        const folders = 1 + new Set(entries.filter(([a]) => !isSkippedName(a)).map(([a]) => a)).size + new Set(entries.filter(([a]) => !isSkippedName(a)).map(([a, b]) => `${a}/${b}`)).size;
        assert.strictEqual(calls.readDirectory, folders);
        assert.ok(calls.realPath <= folders + found.files.length, JSON.stringify(calls));
        assert.strictEqual(calls.readFile, 0, 'finding reads no file');
      },
    ));
  });

  it('the walk without blocking finds the same, in the same steps, with the same calls (links, cycles, special files)', async () => {
    const name = fc.constantFrom('a', 'b', 'node_modules', '.git', 'c');
    const file = fc.constantFrom('x.zfxxgk', 'y.zfxxgk', 'z.txt', 'w.pdf');
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(name, name, file), { maxLength: 20 }),
      fc.array(fc.tuple(fc.constantFrom('/r', '/r/a', '/r/b/c', '/r/a/x.zfxxgk', '/gone'), name, fc.constantFrom('link', 'l.zfxxgk', 'p.zfxxgk')), { maxLength: 4 }),
      fc.boolean(),
      async (entries, links, published) => {
        const memory = new MemoryFileSystem(Object.fromEntries(entries.map(([a, b, f]) => [`/r/${a}/${b}/${f}`, 'x'])));
        memory.mkdir('/r');
        for (const [target, folder, link] of links) {
          if (link === 'p.zfxxgk') memory.special(`/r/${folder}/${link}`);
          else memory.symlink(target, `/r/${folder}/${link}`);
        }
        const blocking = counting(memory);
        const waiting = counting(memory);
        const inputs = ['/r', '/r/a/x.zfxxgk', '/nowhere'];
        const expected = [...new Workspace(blocking.fs, 64).walk(inputs, { published })];
        assert.deepStrictEqual(await collect(new Workspace(waiting.fs, 64).walkAsync(inputs, { published })), expected);
        assert.deepStrictEqual(waiting.calls, blocking.calls);
      },
    ), { numRuns: 200 });
  });

  it('reads each file once, in order, taking a turn after every budget of bytes (one larger file alone)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constant(-1)), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 8000 }),
      async (sizes, budget) => {
        // -1: a binary file, read (4 bytes) and refused.
        const ws = inMemoryWorkspace(Object.fromEntries(sizes.map((n, i) => [`/w/${i}.zfxxgk`, n < 0 ? new Uint8Array([0, 1, 0, 2]) : 'x'.repeat(n)])));
        const files = sizes.map((_, i) => `/w/${i}.zfxxgk`);
        const sizeOf = (file: string) => sizes[files.indexOf(file)];
        const cost = (file: string) => (sizeOf(file) < 0 ? 4 : sizeOf(file)) + COST_PER_FILE;
        const turns: string[][] = [[]];
        const seen: string[] = [];
        for await (const read of ws.readEach(files, { bytes: budget, next: async () => turns.push([]) })) {
          seen.push(read.file);
          turns[turns.length - 1].push(read.file);
          assert.strictEqual('text' in read ? read.text.length : read.unreadable.reason, sizeOf(read.file) < 0 ? 'binary' : sizeOf(read.file));
        }
        assert.deepStrictEqual(seen, files, 'every file once, in order');
        for (const [i, turn] of turns.entries()) {
          const spent = turn.map(cost);
          // Bounded work: before the last file of a turn, less than the budget was done.
          assert.ok(spent.slice(0, -1).reduce((a, b) => a + b, 0) < budget, `turn ${i}: ${spent}`);
          // No needless turns: a turn ends only once the budget is spent.
          if (i < turns.length - 1) assert.ok(spent.reduce((a, b) => a + b, 0) >= budget, `turn ${i}: ${spent}`);
        }
      },
    ), { numRuns: 200 });
  });

  it('asks just before each read whether the file is still wanted (a file opened in the editor meanwhile is not read)', async () => {
    const { fs, calls } = counting(new MemoryFileSystem({ '/w/a.zfxxgk': 'a', '/w/b.zfxxgk': 'b', '/w/c.zfxxgk': 'c' }));
    const ws = new Workspace(fs, 64);
    const open = new Set<string>();
    const seen: string[] = [];
    for await (const read of ws.readEach(['/w/a.zfxxgk', '/w/b.zfxxgk', '/w/c.zfxxgk'], { bytes: 1, next: async () => undefined }, (file) => !open.has(file))) {
      seen.push(read.file);
      open.add('/w/b.zfxxgk');
    }
    assert.deepStrictEqual(seen, ['/w/a.zfxxgk', '/w/c.zfxxgk']);
    assert.strictEqual(calls.readFile, 2);
  });
});

describe('workspace: the machine\'s files, read without blocking', () => {
  let dir: string;
  beforeEach(() => { dir = nodeFs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-async-')); });
  afterEach(() => nodeFs.rmSync(dir, { recursive: true, force: true }));

  it('reads the same bytes as the blocking read, and refuses the same: folders, FIFOs, files over the limit', async function () {
    const big = path.join(dir, 'big.zfxxgk');
    nodeFs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024 + 17, 0x32)); // more than one chunk
    assert.deepStrictEqual(await readBytesAsync(big, 4 * 1024 * 1024), readBytes(big, 4 * 1024 * 1024));
    const refusal = (reason: string) => (e: unknown) => e instanceof ReadError && e.reason === reason;
    await assert.rejects(readBytesAsync(big, 1024 * 1024), refusal('tooLarge'));
    await assert.rejects(readBytesAsync(dir, 1024), (e: unknown) => (e instanceof ReadError && e.reason === 'EISDIR') || (e as { code?: string }).code === 'EISDIR');
    await assert.rejects(readBytesAsync(path.join(dir, 'none.zfxxgk'), 1024), (e: unknown) => (e as { code?: string }).code === 'ENOENT');
    if (nodeFs.existsSync('/proc/self/maps')) await assert.rejects(readBytesAsync('/proc/self/maps', 16), refusal('tooLarge')); // size 0, yet endless reading stops
    const fifo = path.join(dir, 'pipe.zfxxgk');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip(); // no mkfifo on this system: the FIFO case cannot be set up
    await assert.rejects(readBytesAsync(fifo, 1024), refusal('notRegular'));
  });

  it('walks a real tree with a link cycle the same way, blocking or not', async () => {
    nodeFs.mkdirSync(path.join(dir, 'ws', '2023'), { recursive: true });
    nodeFs.writeFileSync(path.join(dir, 'ws', '2023', 'a.zfxxgk'), 'a');
    nodeFs.writeFileSync(path.join(dir, 'ws', 'b.zfxxgk'), 'b');
    nodeFs.symlinkSync(path.join(dir, 'ws'), path.join(dir, 'ws', '2023', 'loop'));
    nodeFs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'ws', 'dangling.zfxxgk'));
    const ws = nodeWorkspace({});
    const found = await collect(ws.walkAsync([path.join(dir, 'ws')]));
    assert.deepStrictEqual(found, [...ws.walk([path.join(dir, 'ws')])]);
    assert.deepStrictEqual(found.flatMap((f) => f.files.map((x) => path.relative(dir, x.path))), [path.join('ws', '2023', 'a.zfxxgk'), path.join('ws', 'b.zfxxgk')]);
    assert.deepStrictEqual(found.flatMap((f) => f.unreadable.map((u) => u.reason)), ['ENOENT']);
    assert.deepStrictEqual(await ws.tryReadTextAsync(path.join(dir, 'ws', 'b.zfxxgk')), { text: 'b' });
  });
});

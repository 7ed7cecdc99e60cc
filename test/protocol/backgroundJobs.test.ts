import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BackgroundJobs, JobFailed, JobStopped, limitsFromEnvironment } from '../../server/src/worker/jobs';
import { stoppedMessage, STOPPED } from '../../server/src/worker/messages';
import type { Job } from '../../server/src/worker/protocol';

/**
 * The server's background jobs (server/src/worker/jobs.ts) against a worker script that
 * misbehaves on request: spins forever, fills its heap, fills memory outside its heap, throws.
 */
const SCRIPT = `
const { parentPort } = require('worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job.kind === 'spin') for (;;) {}
  if (job.kind === 'heap') { const keep = []; for (;;) keep.push(new Array(100000).fill(keep.length)); }
  if (job.kind === 'buffers') { const keep = []; setInterval(() => { for (let i = 0; i < 4; i++) keep.push(Buffer.alloc(8 << 20, 1)); }, 5); return; }
  if (job.kind === 'throw') { parentPort.postMessage({ id, ok: false, error: 'malformed input' }); return; }
  parentPort.postMessage({ id, ok: true, value: job.value });
});
parentPort.postMessage({ ready: true });
`;

const job = (kind: string, value?: unknown) => ({ kind, value }) as unknown as Job;

describe('background jobs: a worker thread with time and memory limits', function () {
  this.timeout(60000);
  let script: string;
  let jobs: BackgroundJobs | undefined;
  before(() => {
    script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-jobs-')), 'worker.js');
    fs.writeFileSync(script, SCRIPT);
  });
  afterEach(() => { jobs?.dispose(); jobs = undefined; });

  it('starts its worker on first use only, and reuses it', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 10000, memoryMb: 256 });
    assert.strictEqual(jobs.started, 0);
    assert.strictEqual(await jobs.run(job('echo', 1)), 1);
    assert.strictEqual(await jobs.run(job('echo', 2)), 2);
    assert.strictEqual(jobs.started, 1);
  });

  it('stops a job over its time limit, and runs the queued one on a fresh worker', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 300, memoryMb: 256 });
    const spinning = jobs.run(job('spin'));
    const queued = jobs.run(job('echo', 'next'));
    await assert.rejects(spinning, (error: unknown) => error instanceof JobStopped && error.reason === 'time');
    assert.strictEqual(await queued, 'next');
    assert.strictEqual(jobs.started, 2);
  });

  it('stops a job that fills its heap', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 30000, memoryMb: 64 });
    await assert.rejects(jobs.run(job('heap')), (error: unknown) => error instanceof JobStopped && error.reason === 'memory');
    assert.strictEqual(await jobs.run(job('echo', 'alive')), 'alive');
  });

  it('stops a job that fills memory outside its heap (buffers of an inflated archive)', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 30000, memoryMb: 64 });
    await assert.rejects(jobs.run(job('buffers')), (error: unknown) => error instanceof JobStopped && error.reason === 'memory');
    assert.strictEqual(await jobs.run(job('echo', 'alive')), 'alive');
  });

  it('reports a job that threw as failed, and keeps the worker', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 10000, memoryMb: 256 });
    await assert.rejects(jobs.run(job('throw')), (error: unknown) => error instanceof JobFailed && /malformed input/.test(error.message));
    assert.strictEqual(await jobs.run(job('echo', 3)), 3);
    assert.strictEqual(jobs.started, 1);
  });

  it('stops a running job when the client cancels it, and drops a queued one', async () => {
    jobs = new BackgroundJobs(script, { timeMs: 30000, memoryMb: 256 });
    const listeners: Array<() => void> = [];
    const token = { isCancellationRequested: false, onCancellationRequested: (listener: () => void) => listeners.push(listener) };
    const running = jobs.run(job('spin'), token);
    const queuedToken = { isCancellationRequested: false, onCancellationRequested: () => undefined };
    const queued = jobs.run(job('echo', 'never'), queuedToken);
    queuedToken.isCancellationRequested = true;
    setTimeout(() => { token.isCancellationRequested = true; listeners.forEach((l) => l()); }, 200);
    await assert.rejects(running, (error: unknown) => error instanceof JobStopped && error.reason === 'cancelled');
    await assert.rejects(queued, (error: unknown) => error instanceof JobStopped && error.reason === 'cancelled');
    assert.strictEqual(await jobs.run(job('echo', 'after')), 'after');
  });

  it('says what stopped a job, with the limit and how to raise it, in Chinese and in English', () => {
    const limits = { timeMs: 60000, memoryMb: 1024 };
    assert.strictEqual(stoppedMessage(new JobStopped('time', limits), 'import', 'zh-cn'),
      '导入已停止：超过时间限制（60 秒）。文件可能过大或结构异常；如确需处理，可设置环境变量 ZFXXGK_WORKER_TIMEOUT_MS（毫秒）提高限制后重启编辑器。');
    assert.match(stoppedMessage(new JobStopped('memory', limits), 'export', 'en'), /^Export stopped: it exceeded the memory limit \(1024 MB\).*ZFXXGK_WORKER_MEMORY_MB/);
    for (const [reason, text] of Object.entries(STOPPED)) {
      assert.match(text['zh-cn'], /[\u4e00-\u9fff]/, reason);
      assert.doesNotMatch(text.en, /[\u4e00-\u9fff]/, reason);
      assert.deepStrictEqual([...text.en.matchAll(/\{\w+\}/g)].map(String), [...text['zh-cn'].matchAll(/\{\w+\}/g)].map(String), reason);
    }
  });

  it('reads its limits from the environment, ignoring nonsense', () => {
    assert.deepStrictEqual(limitsFromEnvironment({}), { timeMs: 60000, memoryMb: 1024 });
    assert.deepStrictEqual(limitsFromEnvironment({ ZFXXGK_WORKER_TIMEOUT_MS: '5000', ZFXXGK_WORKER_MEMORY_MB: '-3' }), { timeMs: 5000, memoryMb: 1024 });
  });
});

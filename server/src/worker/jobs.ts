import { Worker } from 'worker_threads';
import type { ImportRefusal, Job, JobMessage, ReplyMessage } from './protocol';

/** The limits of one background job. */
export interface JobLimits {
  /** Wall time of one job, from the moment the worker starts it. */
  timeMs: number;
  /** Heap of the worker thread (resourceLimits), and growth of the process's resident memory during a job. */
  memoryMb: number;
}

/**
 * Defaults generous enough for any real report (the largest published ones import in well under
 * a second) and small enough that a hostile file cannot hold a CPU or the machine's memory.
 * ZFXXGK_WORKER_TIMEOUT_MS and ZFXXGK_WORKER_MEMORY_MB raise (or, in tests, lower) them.
 */
export function limitsFromEnvironment(env: NodeJS.ProcessEnv = process.env): JobLimits {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return { timeMs: read('ZFXXGK_WORKER_TIMEOUT_MS', 60_000), memoryMb: read('ZFXXGK_WORKER_MEMORY_MB', 1024) };
}

/** A job stopped by the server: over its time or memory limit, cancelled by the client, or its worker died. */
export class JobStopped extends Error {
  constructor(readonly reason: 'time' | 'memory' | 'cancelled' | 'crashed', readonly limits: JobLimits, detail = '') {
    super(`background job stopped (${reason})${detail ? `: ${detail}` : ''}`);
  }
}

/** A job that threw inside the worker (malformed input): the worker is fine and keeps serving. */
export class JobFailed extends Error {
  constructor(message: string, readonly refusal?: ImportRefusal) { super(message); }
}

interface Cancellation { isCancellationRequested: boolean; onCancellationRequested(listener: () => void): unknown }

interface Pending {
  id: number;
  job: Job;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  cancel?: Cancellation;
}

const WATCH_INTERVAL_MS = 100;

/**
 * Runs import and export jobs on one worker thread, started on first use from `script`
 * (dist/worker.js), one job at a time so that each job's limits are its own. A job over its
 * limits gets the worker terminated (the only way to stop synchronous work) and rejected with
 * JobStopped; the next job starts a fresh worker. The request thread never waits: hover,
 * completion and diagnostics are answered while a job runs.
 */
export class BackgroundJobs {
  private worker: Worker | undefined;
  /** Whether the current worker has loaded its bundle. */
  private ready = false;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private watch: NodeJS.Timeout | undefined;
  private nextId = 1;
  /** Workers started so far (tests: lazily, and again after a termination). */
  started = 0;

  constructor(private readonly script: string, readonly limits: JobLimits = limitsFromEnvironment()) {}

  run(job: Job, cancel?: Cancellation): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject, cancel };
      cancel?.onCancellationRequested(() => this.cancel(pending));
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /** Stops the worker (server shutdown). Pending jobs are rejected. */
  dispose(): void {
    for (const pending of this.queue.splice(0)) pending.reject(new JobStopped('cancelled', this.limits));
    if (this.running) this.stop(new JobStopped('cancelled', this.limits));
  }

  private dispatch(): void {
    if (this.running) return;
    let next = this.queue.shift();
    while (next?.cancel?.isCancellationRequested) { next.reject(new JobStopped('cancelled', this.limits)); next = this.queue.shift(); }
    if (!next) return;
    this.running = next;
    const worker = this.ensureWorker();
    worker.ref(); // a running job keeps the process alive; an idle worker does not
    if (this.ready) this.start(worker, next);
  }

  /** Sends the running job and starts its clocks: on dispatch, or when a fresh worker reports ready. */
  private start(worker: Worker, job: Pending): void {
    const message: JobMessage = { id: job.id, job: job.job };
    worker.postMessage(message);
    this.timer = setTimeout(() => this.stop(new JobStopped('time', this.limits)), this.limits.timeMs);
    // Buffers (an inflated archive) live outside the worker's heap limit: watch the process's resident memory too.
    const baseline = process.memoryUsage.rss();
    this.watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > this.limits.memoryMb * 1024 * 1024) this.stop(new JobStopped('memory', this.limits));
    }, WATCH_INTERVAL_MS);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, this.limits.memoryMb / 4) },
      stdout: false, stderr: false,
    });
    worker.on('message', (reply: ReplyMessage) => {
      if (worker !== this.worker) return;
      if ('ready' in reply) { this.ready = true; if (this.running) this.start(worker, this.running); return; }
      if (!this.running || reply.id !== this.running.id) return;
      const pending = this.finish();
      if (reply.ok) pending.resolve(reply.value); else pending.reject(new JobFailed(reply.error, reply.refusal));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker !== this.worker) return;
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed';
      this.stop(new JobStopped(reason, this.limits, error.message));
    });
    worker.on('exit', () => {
      if (worker !== this.worker) return;
      this.stop(new JobStopped('crashed', this.limits, 'the worker exited'));
    });
    // An idle worker must not keep the server alive once its client has gone (after the listeners: adding one refs the port).
    worker.unref();
    this.worker = worker;
    this.ready = false;
    this.started++;
    return worker;
  }

  private finish(): Pending {
    const pending = this.running!;
    this.running = undefined;
    this.worker?.unref();
    clearTimeout(this.timer);
    clearInterval(this.watch);
    return pending;
  }

  /** Terminates the worker and rejects the running job; the queue goes on with a fresh worker. */
  private stop(error: JobStopped): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    if (this.running) this.finish().reject(error);
    this.dispatch();
  }

  private cancel(pending: Pending): void {
    if (this.running === pending) this.stop(new JobStopped('cancelled', this.limits));
    // A queued job is dropped when its turn comes (dispatch).
  }
}

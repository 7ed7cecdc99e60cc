import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import type { Locale } from '../../../core/src';
import { analyzeFiles, type FileJob, type FileResult } from './analyze';

/** Marker in workerData: this thread is a check worker (the bundle is re-entered by each worker). */
const WORKER_KIND = 'zfxxgk-check-worker';

interface BatchMessage { id: number; jobs: FileJob[] }
interface ResultMessage { id: number; results: FileResult[] }

export interface PoolReport { results: FileResult[]; workers: number; filesPerWorker: number[] }

/** How many workers: all cores for many files, none (in-process) for a few. */
export function workerCount(files: number, requested: number | undefined): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // --jobs is capped at the cores (issue 14): more threads than cores only add start-up cost and memory.
  if (requested !== undefined) return Math.max(1, Math.min(requested, files, cores));
  if (files < 64 || cores < 2) return 1;
  return Math.min(cores, Math.ceil(files / 16));
}

/**
 * Check groups of files on `count` worker threads. Batches (whole agency groups, about
 * `batchSize` files) are handed out as workers finish, so a slow batch does not stall the rest.
 */
export function runInWorkers(
  groups: FileJob[][], locale: Locale, count: number, onProgress: (done: number) => void, batchSize = 16,
): Promise<PoolReport> {
  const batches: FileJob[][] = [];
  let current: FileJob[] = [];
  for (const group of groups) {
    current.push(...group);
    if (current.length >= batchSize) { batches.push(current); current = []; }
  }
  if (current.length > 0) batches.push(current);
  const results: FileResult[] = [];
  const filesPerWorker = new Array<number>(count).fill(0);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = 0;
    const stopAll = () => { for (const w of workers) void w.terminate(); };
    const feed = (worker: Worker) => {
      if (next >= batches.length) { void worker.terminate(); return; }
      const id = next++;
      worker.postMessage({ id, jobs: batches[id] } satisfies BatchMessage);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(__filename, { workerData: { kind: WORKER_KIND, locale } });
      workers.push(worker);
      worker.on('message', (message: ResultMessage) => {
        results.push(...message.results);
        filesPerWorker[i] += message.results.length;
        done += message.results.length;
        onProgress(done);
        feed(worker);
      });
      worker.on('error', (error) => { stopAll(); reject(error); });
      worker.on('exit', () => {
        finished++;
        if (finished === count) {
          if (done === batches.reduce((n, b) => n + b.length, 0)) resolve({ results, workers: count, filesPerWorker });
          else reject(new Error(`workers exited with ${done} files checked`));
        }
      });
      feed(worker);
    }
  });
}

/** The worker side: check each batch it is given and send the results back. */
function serve(): void {
  const { locale } = workerData as { locale: Locale };
  parentPort!.on('message', (message: BatchMessage) => {
    parentPort!.postMessage({ id: message.id, results: analyzeFiles(message.jobs, locale) } satisfies ResultMessage);
  });
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) serve();

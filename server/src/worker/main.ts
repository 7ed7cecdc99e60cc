import { parentPort } from 'worker_threads';
import { exportDocx, exportHtml, formatSummary, ImportError, importReport } from '../../../core/src';
import type { ImportResult } from '../../../protocol/src/types';
import type { Job, JobMessage, ReplyMessage } from './protocol';

/**
 * The background worker (bundled alone as dist/worker.js): import and export, with every heavy
 * dependency (mammoth, docx, jszip, htmlparser2, …), off the server's request thread and out of
 * its start bundle. Jobs come one at a time (see jobs.ts); a job that runs too long or takes too
 * much memory gets this whole thread terminated by the server.
 */
async function run(job: Job): Promise<unknown> {
  if (job.kind === 'import') {
    const { params } = job;
    const content = params.encoding === 'base64' ? new Uint8Array(Buffer.from(params.content, 'base64')) : params.content;
    const result = await importReport(content, { kind: params.kind });
    const answer: ImportResult = { text: result.text, summary: result.summary, summaryText: formatSummary(result.summary, job.locale) };
    return answer;
  }
  if (job.to === 'docx') return Buffer.from(await exportDocx(job.layout)).toString('base64');
  return exportHtml(job.layout);
}

parentPort?.on('message', async ({ id, job }: JobMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, ok: true, value: await run(job) };
  } catch (error) {
    const refusal = error instanceof ImportError ? { code: error.code, localized: { ...error.localized } } : undefined;
    reply = { id, ok: false, error: (error as Error)?.stack ?? String(error), refusal };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies ReplyMessage);

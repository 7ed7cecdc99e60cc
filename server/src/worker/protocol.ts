import type { ReportLayout } from '../../../core/src';
import type { ImportParams } from '../../../protocol/src/types';

/**
 * What the server's request thread asks of the background worker (dist/worker.js), and what it
 * answers. Plain data only: it crosses the thread boundary by structured clone.
 */
export type Job =
  | { kind: 'import'; params: ImportParams; locale: 'zh-cn' | 'en' }
  /** The layout is computed on the request thread from the cached analysis (linear, fast). */
  | { kind: 'export'; to: 'html' | 'docx'; layout: ReportLayout };

export interface JobMessage { id: number; job: Job }
/** `ready` once the worker has loaded (job time limits start then, not while a fresh thread boots). */
export type ReplyMessage =
  | { ready: true }
  | { id: number; ok: true; value: unknown }
  /** `refusal`: the input was refused with a reason for the user (an ImportError: a limit, a damaged PDF). */
  | { id: number; ok: false; error: string; refusal?: ImportRefusal };

export interface ImportRefusal { code: string; localized: { 'zh-cn': string; en: string } }

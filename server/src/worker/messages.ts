import { LSPErrorCodes, ResponseError } from '../lsp';
import type { JobStopped } from './jobs';

type Locale = 'zh-cn' | 'en';
type Work = 'import' | 'export';

const WORK: Record<Work, Record<Locale, string>> = {
  import: { 'zh-cn': '导入', en: 'Import' },
  export: { 'zh-cn': '导出', en: 'Export' },
};

/** Why a background job was stopped, in the user's language, with the limit and how to raise it. */
export const STOPPED: Record<JobStopped['reason'], Record<Locale, string>> = {
  time: {
    'zh-cn': '{work}已停止：超过时间限制（{seconds} 秒）。文件可能过大或结构异常；如确需处理，可设置环境变量 ZFXXGK_WORKER_TIMEOUT_MS（毫秒）提高限制后重启编辑器。',
    en: '{work} stopped: it exceeded the time limit ({seconds} s). The file may be too large or malformed; to raise the limit, set the environment variable ZFXXGK_WORKER_TIMEOUT_MS (milliseconds) and restart the editor.',
  },
  memory: {
    'zh-cn': '{work}已停止：超过内存限制（{megabytes} MB）。文件可能过大或是压缩炸弹；如确需处理，可设置环境变量 ZFXXGK_WORKER_MEMORY_MB 提高限制后重启编辑器。',
    en: '{work} stopped: it exceeded the memory limit ({megabytes} MB). The file may be too large or a compression bomb; to raise the limit, set the environment variable ZFXXGK_WORKER_MEMORY_MB and restart the editor.',
  },
  cancelled: { 'zh-cn': '{work}已取消。', en: '{work} cancelled.' },
  crashed: { 'zh-cn': '{work}失败：后台进程意外退出，请重试。', en: '{work} failed: the background worker exited unexpectedly; please try again.' },
};

export function stoppedMessage(error: JobStopped, work: Work, locale: Locale): string {
  const values: Record<string, string> = {
    work: WORK[work][locale], seconds: String(Math.round(error.limits.timeMs / 100) / 10), megabytes: String(error.limits.memoryMb),
  };
  return STOPPED[error.reason][locale].replace(/\{(\w+)\}/g, (_, key: string) => values[key]);
}

/** The answer to a request whose job was stopped: an LSP error carrying the message (the client shows it). */
export function stoppedResponse(error: JobStopped, work: Work, locale: Locale): ResponseError<void> {
  const code = error.reason === 'cancelled' ? LSPErrorCodes.RequestCancelled : LSPErrorCodes.RequestFailed;
  return new ResponseError(code, stoppedMessage(error, work, locale));
}

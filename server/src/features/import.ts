import { ErrorCodes, ResponseError } from '../lsp';
import { JobFailed, JobStopped } from '../worker/jobs';
import { stoppedResponse } from '../worker/messages';
import type { Feature } from './feature';
import { IMPORT_REQUEST, type ImportParams, type ImportResult } from '../../../protocol/src';

/**
 * `zfxxgk/import`: a published report (text, pdftotext output, HTML, DOCX) into the language, on
 * the background worker. Null for a malformed request or unreadable content; an LSP error with a
 * message when the import was stopped at its time or memory limit.
 */
export const importFeature: Feature = {
  capabilities: {},
  register({ connection, settings, jobs }) {
    connection.onRequest(IMPORT_REQUEST, async (params: ImportParams, token) => {
      if (typeof params?.content !== 'string') return null;
      const locale = settings().current.locale;
      const { content, encoding, kind } = params;
      try {
        return await jobs.run({ kind: 'import', params: { content, encoding, kind }, locale }, token) as ImportResult;
      } catch (error) {
        if (error instanceof JobStopped) return stoppedResponse(error, 'import', locale);
        // A refusal (over a limit, a damaged or encrypted PDF) is answered with its reason in the
        // user's language; other unreadable content is a malformed request (null, via the guard).
        if (error instanceof JobFailed && error.refusal) {
          throw new ResponseError(ErrorCodes.InvalidParams, error.refusal.localized[locale], { code: error.refusal.code });
        }
        throw error;
      }
    });
  },
};

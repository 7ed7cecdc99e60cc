import { exportWarnings, layoutReport } from '../../../core/src';
import { JobStopped } from '../worker/jobs';
import { stoppedResponse } from '../worker/messages';
import type { Feature } from './feature';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../../protocol/src';

/**
 * `zfxxgk/export`: the publishable file of an open document. Refuses nothing: errors come back as
 * warnings. The layout comes from the cached analysis here (linear); writing HTML or packing the
 * DOCX happens on the background worker.
 */
export const exportFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache, settings, jobs }) {
    connection.onRequest(EXPORT_REQUEST, async (params: ExportParams, token) => {
      const document = documents.get(params?.uri);
      if (!document) return null;
      const version = document.version;
      const analysis = cache.get(document);
      const errors = exportWarnings(analysis).map((d) => ({ line: d.range.start.line, character: d.range.start.character, code: d.code, message: d.message }));
      const to = params.to === 'docx' ? 'docx' : 'html';
      try {
        const data = await jobs.run({ kind: 'export', to, layout: layoutReport(analysis.model, analysis.diagnostics) }, token) as string;
        const result: ExportResult = { data, encoding: to === 'docx' ? 'base64' : 'utf8', version, errors };
        return result;
      } catch (error) {
        if (error instanceof JobStopped) return stoppedResponse(error, 'export', settings().current.locale);
        throw error;
      }
    });
  },
};

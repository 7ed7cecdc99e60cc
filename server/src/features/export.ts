import { exportHtml, exportWarnings } from '../../../core/src';
import { renderDocx } from '../../../core/src/render/docx';
import { layoutReport } from '../../../core/src/render/layout';
import type { Feature } from './feature';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from './renderProtocol';

/** `zfxxgk/export`: the publishable file of an open document. Refuses nothing: errors come back as warnings. */
export const exportFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache }) {
    connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult | null> => {
      const document = documents.get(params.uri);
      if (!document) return null;
      const version = document.version;
      const analysis = cache.get(document);
      const errors = exportWarnings(analysis).map((d) => ({ line: d.range.start.line, character: d.range.start.character, code: d.code, message: d.message }));
      if (params.to === 'docx') {
        const bytes = await renderDocx(layoutReport(analysis.model, analysis.diagnostics));
        return { data: Buffer.from(bytes).toString('base64'), encoding: 'base64', version, errors };
      }
      return { data: exportHtml(analysis), encoding: 'utf8', version, errors };
    });
  },
};

import { formatSummary, importReport } from '../../../core/src/import';
import type { Feature } from './feature';
import { IMPORT_REQUEST, type ImportParams, type ImportResult } from './importProtocol';

/** `zfxxgk/import`: a published report (text, pdftotext output, HTML, DOCX) into the language; null for a malformed request. */
export const importFeature: Feature = {
  capabilities: {},
  register({ connection, settings }) {
    connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportResult | null> => {
      if (typeof params?.content !== 'string') return null;
      const content = params.encoding === 'base64' ? new Uint8Array(Buffer.from(params.content, 'base64')) : params.content;
      const result = await importReport(content, { kind: params.kind });
      return { text: result.text, summary: result.summary, summaryText: formatSummary(result.summary, settings().current.locale) };
    });
  },
};

import { ResponseError } from 'vscode-languageserver/node';
import { formatSummary, ImportError, importReport } from '../../../core/src/import';
import type { Feature } from './feature';
import { IMPORT_REQUEST, type ImportParams, type ImportResult } from './importProtocol';

/** `zfxxgk/import`: a published report (text, pdftotext output, HTML, DOCX) into the language; null for a malformed request. */
export const importFeature: Feature = {
  capabilities: {},
  register({ connection, settings }) {
    connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportResult | null> => {
      if (typeof params?.content !== 'string') return null;
      const content = params.encoding === 'base64' ? new Uint8Array(Buffer.from(params.content, 'base64')) : params.content;
      const locale = settings().current.locale;
      let result;
      try {
        result = await importReport(content, { kind: params.kind });
      } catch (error) {
        // Unreadable content is a malformed request (null); a refusal (a zip bomb over the limits, no
        // PDF reader) is an error whose message, in the user's language, says why and what to do.
        if (error instanceof ImportError && error.code !== 'zipLimit' && error.code !== 'pdfUnavailable') return null;
        if (error instanceof ImportError) throw new ResponseError(-32602, error.localized[locale], { code: error.code });
        throw error;
      }
      return { text: result.text, summary: result.summary, summaryText: formatSummary(result.summary, locale) };
    });
  },
};

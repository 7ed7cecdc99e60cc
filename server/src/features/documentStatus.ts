import { DOCUMENT_STATUS_REQUEST, type DocumentStatusParams, type DocumentStatusResult } from '../../../protocol/src';
import { unlessCancelled } from './cancellation';
import type { Feature } from './feature';

/**
 * `zfxxgk/documentStatus`: what the checks of an open document assumed and found — the format version and why,
 * last year's report for the cross-year checks — for the editor's language status (client/src/languageStatus.ts).
 */
export const documentStatusFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache, service, reports }) {
    connection.onRequest(DOCUMENT_STATUS_REQUEST, async (params: DocumentStatusParams, token): Promise<DocumentStatusResult | null> => {
      // Not "no last year's report" while the folders are still being read: the answer waits for the first indexing
      // (or until the client cancels: another report came to the front).
      await unlessCancelled(reports.ready, token);
      const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
      if (!document) return null;
      return { ...service.documentStatus(cache.get(document), reports.lastYearOf(document.uri)), version: document.version };
    });
  },
};

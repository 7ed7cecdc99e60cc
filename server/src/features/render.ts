import { renderPreview } from '../../../core/src';
import type { Feature } from './feature';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../../protocol/src';

/** `zfxxgk/render`: the preview HTML of an open document, from the cached analysis of its current version. */
export const renderFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache }) {
    connection.onRequest(RENDER_REQUEST, (params: RenderParams): RenderResult | null => {
      const document = documents.get(params.uri);
      if (!document) return null;
      // Always the current version: the client drops a result older than what it shows.
      const previous = cache.previousFor(document.uri)?.model;
      const { html, layout } = renderPreview(cache.get(document), previous);
      return { html, version: document.version, diagnosticsSummary: layout.summary, previousYear: previous?.year };
    });
  },
};

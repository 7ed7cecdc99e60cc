import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/documentHighlight: the number under the cursor, the cells that add up to it, the totals it feeds, the prose counts about it. */
export const documentHighlightsFeature: Feature = {
  capabilities: { documentHighlightProvider: true },
  register(context) {
    context.connection.onDocumentHighlight((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.documentHighlights(analysis, params.position) : null;
    });
  },
};

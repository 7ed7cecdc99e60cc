import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/foldingRange: header, sections, captions, group rows, comment runs. */
export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(context) {
    context.connection.onFoldingRanges((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.foldingRanges(analysis) : [];
    });
  },
};

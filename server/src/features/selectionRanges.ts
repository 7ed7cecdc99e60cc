import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/selectionRange: cell → row → caption block → section → document. */
export const selectionRangesFeature: Feature = {
  capabilities: { selectionRangeProvider: true },
  register(context) {
    context.connection.onSelectionRanges((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.selectionRanges(analysis, params.positions) : [];
    });
  },
};

import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/selectionRange: cell → row → caption block → section → document. */
export const selectionRangesFeature: Feature = {
  capabilities: { selectionRangeProvider: true },
  register(context) {
    context.connection.onSelectionRanges((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return [];
      return features.selectionRanges(analysis.model, params.positions.map((p) => analysis.model.index.offsetAt(p)));
    });
  },
};

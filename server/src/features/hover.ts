import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/hover: a cell's row, column, unit and totals (last year's value too); a total's sum; the rule behind a diagnostic. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(context) {
    context.connection.onHover((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.hover(analysis, params.position) : null;
    });
  },
};

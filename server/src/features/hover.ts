import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/hover: a cell's row, column, unit and totals; a total's sum; the rule behind a diagnostic. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(context) {
    context.connection.onHover((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return null;
      const offset = analysis.model.index.offsetAt(params.position);
      const locale = context.settings().current.locale;
      // Last year's value and the change, when the workspace holds last year's report (core/src/features/lastYear.ts).
      return features.withLastYear(features.hover(analysis.model, analysis.diagnostics, offset, locale), analysis.model, analysis.previous?.model, offset, locale) ?? null;
    });
  },
};

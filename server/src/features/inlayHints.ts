import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/inlayHint: column names before numbers (zfxxgk.inlayHints.columnNames), computed values of blank totals. */
export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register(context) {
    context.connection.languages.inlayHint.on((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return [];
      const { index } = analysis.model;
      const settings = context.settings().current;
      return features.inlayHints(analysis.model, index.offsetAt(params.range.start), index.offsetAt(params.range.end), {
        columnNames: settings.inlayColumnNames, locale: settings.locale, previous: analysis.previous?.model,
      });
    });
  },
};

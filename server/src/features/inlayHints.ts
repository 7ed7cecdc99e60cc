import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/inlayHint: column names before numbers (zfxxgk.inlayHints.columnNames), computed values of blank totals. */
export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register(context) {
    context.connection.languages.inlayHint.on((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.inlayHints(analysis, params.range, { columnNames: context.settings().current.inlayColumnNames }) : [];
    });
  },
};

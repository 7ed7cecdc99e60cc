import { SEMANTIC_TOKENS_LEGEND } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/semanticTokens/full: headings, captions, labels, numbers, totals, prose. */
export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
  register(context) {
    context.connection.languages.semanticTokens.on((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.semanticTokens(analysis) : { data: [] };
    });
  },
};

import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/semanticTokens/full: headings, captions, labels, numbers, totals, prose. */
export const semanticTokensFeature: Feature = {
  capabilities: {
    semanticTokensProvider: { legend: { tokenTypes: [...features.TOKEN_TYPES], tokenModifiers: [...features.TOKEN_MODIFIERS] }, full: true },
  },
  register(context) {
    context.connection.languages.semanticTokens.on((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return { data: analysis ? features.encodeSemanticTokens(features.semanticTokens(analysis.model)) : [] };
    });
  },
};

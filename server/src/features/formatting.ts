import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/formatting and rangeFormatting: aligned tables, canonical labels, prose untouched. */
export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(context) {
    context.connection.onDocumentFormatting((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.format(analysis) : [];
    });
    context.connection.onDocumentRangeFormatting((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.format(analysis, params.range) : [];
    });
  },
};

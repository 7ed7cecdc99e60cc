import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/documentSymbol: the outline (header, sections → captions → rows). */
export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: '年度报告' } },
  register(context) {
    context.connection.onDocumentSymbol((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.documentSymbols(analysis) : [];
    });
  },
};

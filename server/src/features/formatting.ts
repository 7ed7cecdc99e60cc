import type { TextEdit } from 'vscode-languageserver';
import { features, type Analysis } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

function toLsp(analysis: Analysis, edits: Array<{ start: number; end: number; newText: string }>): TextEdit[] {
  return edits.map((e) => ({ range: analysis.model.index.range(e.start, e.end), newText: e.newText }));
}

/** textDocument/formatting and rangeFormatting: aligned tables, canonical labels, prose untouched. */
export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(context) {
    context.connection.onDocumentFormatting((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? toLsp(analysis, features.formatEdits(analysis.model)) : [];
    });
    context.connection.onDocumentRangeFormatting((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return [];
      const { index } = analysis.model;
      return toLsp(analysis, features.formatEdits(analysis.model, { start: index.offsetAt(params.range.start), end: index.offsetAt(params.range.end) }));
    });
  },
};

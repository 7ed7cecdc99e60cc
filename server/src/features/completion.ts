import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/completion: headings, captions, header keys and values, the missing row labels. */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ['#', '＃', '：', ':'], resolveProvider: false } },
  register(context) {
    context.connection.onCompletion((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return [];
      const offset = analysis.model.index.offsetAt(params.position);
      return features.completions(analysis.model, offset, context.settings().current.locale);
    });
  },
};

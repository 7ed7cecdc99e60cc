import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/completion: headings, captions, header keys and values, the missing row labels. */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ['#', '＃', '：', ':'], resolveProvider: false } },
  register(context) {
    context.connection.onCompletion((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.completion(analysis, params.position) : [];
    });
  },
};

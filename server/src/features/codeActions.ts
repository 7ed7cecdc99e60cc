import { CodeActionKind } from '../lsp';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/codeAction: the fixes of the diagnostics in the range, and the table-wide ones. */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(context) {
    context.connection.onCodeAction((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.codeActions(analysis, params.textDocument.uri, params.range) : [];
    });
  },
};

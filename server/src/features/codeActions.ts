import { CodeActionKind } from 'vscode-languageserver';
import { features } from '../../../core/src';
import { analysisOf } from './analysis';
import type { Feature } from './feature';

/** textDocument/codeAction: the fixes of the diagnostics in the range, and the table-wide ones. */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(context) {
    context.connection.onCodeAction((params) => {
      const analysis = analysisOf(context, params.textDocument);
      if (!analysis) return [];
      const { index } = analysis.model;
      const start = index.offsetAt(params.range.start);
      const end = index.offsetAt(params.range.end);
      // The core's own diagnostics (with their fix payloads) that overlap the requested range.
      const inRange = analysis.diagnostics.filter((d) => d.span.start <= end && d.span.end >= start);
      return features.codeActions(analysis.model, analysis.diagnostics, inRange, params.textDocument.uri, context.settings().current.locale);
    });
  },
};

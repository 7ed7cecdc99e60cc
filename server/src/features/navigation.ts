import { analysisOf } from './analysis';
import type { Feature } from './feature';

/**
 * Between the prose and the tables: textDocument/definition on a count stated in section 一 opens the table
 * cells it is compared with; textDocument/references on a table cell lists the prose counts compared with it.
 */
export const navigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true },
  register(context) {
    context.connection.onDefinition((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.definition(analysis, params.textDocument.uri, params.position) : null;
    });
    context.connection.onReferences((params) => {
      const analysis = analysisOf(context, params.textDocument);
      return analysis ? context.service.references(analysis, params.textDocument.uri, params.position, params.context.includeDeclaration) : null;
    });
  },
};

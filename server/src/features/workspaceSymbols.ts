import type { Feature } from './feature';

/**
 * workspace/symbol (Go to Symbol in Workspace, Ctrl+T): every report of the workspace index — open
 * documents by their live text, the others as read from disk — and its sections. Waits for the first
 * indexing of the folders, so that a query right after start finds the reports not yet read.
 */
export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(context) {
    context.connection.onWorkspaceSymbol(async (params) => {
      await context.reports.ready;
      return context.service.workspaceSymbols(context.reports.index, params.query);
    });
  },
};

import type { IndexedReport } from '../../../core/src';
import { cancellation, unlessCancelled } from './cancellation';
import type { Feature } from './feature';

/**
 * Characters of reports whose symbols are read per turn of the event loop: the first query reads every report
 * of the workspace (≈ 0.1–0.4 s for 2,000), and edits, diagnostics and a newer query run in between. Reports
 * already read cost little: their symbols are kept per version (core/src/features/workspaceSymbols.ts).
 */
const CHARACTERS_PER_TURN = 1 << 20;

/**
 * workspace/symbol (Go to Symbol in Workspace, Ctrl+T): every report of the workspace index — open
 * documents by their live text, the others as read from disk — and its sections. Waits for the first
 * indexing of the folders, so that a query right after start finds the reports not yet read; a query
 * the editor cancels (the next keystroke) stops between turns.
 */
export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(context) {
    context.connection.onWorkspaceSymbol(async (params, token) => {
      await unlessCancelled(context.reports.ready, token);
      const symbols = [];
      let batch: IndexedReport[] = [];
      let characters = 0;
      for (const report of context.reports.index.all()) {
        batch.push(report);
        characters += report.text.length;
        if (characters < CHARACTERS_PER_TURN) continue;
        symbols.push(...context.service.workspaceSymbols(batch, params.query));
        batch = [];
        characters = 0;
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) throw cancellation();
      }
      if (token.isCancellationRequested) throw cancellation();
      symbols.push(...context.service.workspaceSymbols(batch, params.query));
      return symbols;
    });
  },
};

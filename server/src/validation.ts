import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache';
import { toLspDiagnostic } from '../../core/src';

/**
 * Publishes diagnostics after changes. The "debounce" adapts to the document: a typical
 * report is checked in well under a millisecond, so it runs as soon as the pending
 * messages are drained; a huge one waits about twice its last check time (capped), so a
 * burst of keystrokes is checked once. A result is never published for a stale version.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly lastCost = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {}

  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    const cost = this.lastCost.get(document.uri) ?? 0;
    const run = () => { this.timers.delete(document.uri); this.validate(document.uri, document.version); };
    this.timers.set(document.uri, cost < 5 ? setImmediate(run) : setTimeout(run, Math.min(400, cost * 2)));
  }

  validateAll(): void {
    for (const document of this.documents.all()) this.schedule(document);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) { clearTimeout(timer as NodeJS.Timeout); clearImmediate(timer as NodeJS.Immediate); }
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.lastCost.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private validate(uri: string, version: number): void {
    const document = this.documents.get(uri);
    if (!document || document.version !== version) return;
    const started = performance.now();
    let analysis;
    try {
      analysis = this.cache.get(document);
    } catch (error) {
      // analyze() catches rule failures itself; this is the last line of defence.
      this.connection.console.error(`zfxxgk: checking ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
      return;
    }
    this.lastCost.set(uri, performance.now() - started);
    // The check is synchronous: no newer version can have arrived in between, but a
    // timer scheduled for an older version must not publish.
    if (this.documents.get(uri)?.version !== version) return;
    void this.connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(uri, d)) });
  }
}

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyze, type Analysis, type AnalyzeOptions } from '../../core/src';

/** One analysis per document version, shared by diagnostics and every other request. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; optionsKey: string; analysis: Analysis }>();
  /** One memo per open document: what its last analysis kept for the next (core/src/memo.ts). */
  private readonly memos = new Map<string, AnalysisMemo>();

  /** Options per document: severities (config file) and last year's report differ between files. */
  constructor(private readonly options: (uri: string) => AnalyzeOptions) {}

  get(document: TextDocument): Analysis {
    const options = this.options(document.uri);
    const optionsKey = keyOf(options);
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.optionsKey === optionsKey) return cached.analysis;
    let memo = this.memos.get(document.uri);
    if (!memo) { memo = new AnalysisMemo(); this.memos.set(document.uri, memo); }
    const analysis = analyze(document.getText(), { ...options, memo });
    this.entries.set(document.uri, { version: document.version, optionsKey, analysis });
    return analysis;
  }

  /** Last year's report the analysis of `uri` is checked against (the preview shows its values). */
  previousFor(uri: string): AnalyzeOptions['previous'] { return this.options(uri).previous; }

  delete(uri: string): void { this.entries.delete(uri); this.memos.delete(uri); }
  /** Settings changed: every analysis is stale; the memos stay (they are keyed by inputs, not by settings). */
  clear(): void { this.entries.clear(); }
}

/** Last year's report enters the key by its uri and revision, not by its (large) model. */
function keyOf({ previous, ...rest }: AnalyzeOptions): string {
  const revision = previous ? `${previous.uri}@${(previous as { key?: string }).key ?? ''}` : '';
  return `${JSON.stringify(rest)}|${revision}`;
}

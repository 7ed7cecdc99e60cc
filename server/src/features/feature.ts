import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, LastYearLookup, ReportIndex } from '../../../core/src';
import type { AnalysisCache } from '../analysisCache';
import type { SettingsStore } from '../settings';
import type { BackgroundJobs } from '../worker/jobs';

/** What a feature handler gets: the connection, the open documents, the shared analysis. */
export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  /** The core's facade: every editing feature is one call of it. */
  service: LanguageService;
  settings: () => SettingsStore;
  /** Import and export run here, on a worker thread: long work never blocks a request. */
  jobs: BackgroundJobs;
  /**
   * Every report of the workspace folders (server/src/workspace.ts); `ready` once the folders were first read;
   * `lastYearOf` what the search for an open document's last year's report found.
   */
  reports: { index: ReportIndex; ready: Promise<void>; lastYearOf(uri: string): LastYearLookup };
}

/** One LSP feature: the capabilities it announces and the handler(s) it registers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(context: FeatureContext): void;
}

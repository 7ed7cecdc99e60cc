import * as path from 'path';
import type { InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../core/src';
import { AnalysisCache } from './analysisCache';
import { SettingsStore, type RawSettings } from './settings';
import { ValidationScheduler } from './validation';
import { FEATURES } from './features';
import { WorkspaceReports } from './workspace';
import { productVersion } from '../../core/src';
import { guardFeatures } from './guard';
import { BackgroundJobs } from './worker/jobs';
import { TextDocuments, TextDocumentSyncKind } from './lsp';
import { createServerConnection } from './transport';

/** The zfxxgk language server: a thin LSP adapter over the core. */
const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
let settings = new SettingsStore(undefined);
let supportsConfiguration = false;
let supportsInlayHintRefresh = false;
const cache = new AnalysisCache((uri) => ({
  locale: settings.current.locale, severities: workspace.severitiesFor(uri, settings.current.severities), previous: workspace.previousFor(uri),
}));
const validation = new ValidationScheduler(connection, documents, cache);
const workspace = new WorkspaceReports(connection, documents, () => settings.current.locale, (uris) => {
  for (const uri of uris) { const document = documents.get(uri); if (document) validation.schedule(document); }
});
let workspaceFolders: string[] = [];
let watchDynamically = false;
let initialized = false;

connection.onInitialize((params): InitializeResult => {
  settings = new SettingsStore(params.initializationOptions);
  supportsConfiguration = !!params.capabilities.workspace?.configuration;
  supportsInlayHintRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  watchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  initialized = true;
  return {
    capabilities: Object.assign({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } }, ...FEATURES.map((f) => f.capabilities)),
    serverInfo: { name: 'zfxxgk', version: productVersion() },
  };
});

connection.onInitialized(async () => {
  await settings.refresh(connection, supportsConfiguration);
  validation.validateAll();
  workspace.watchConfigFile(watchDynamically);
  void workspace.start(workspaceFolders);
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { zfxxgk?: RawSettings } | undefined)?.zfxxgk;
  if (pushed) settings.update(pushed); else await settings.refresh(connection, supportsConfiguration);
  cache.clear();
  validation.validateAll();
  // Column-name hints follow zfxxgk.inlayHints.columnNames without reopening the file.
  if (supportsInlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
});

documents.onDidOpen((event) => validation.schedule(event.document));
documents.onDidChangeContent((event) => { workspace.documentChanged(event.document); validation.schedule(event.document); });
documents.onDidClose((event) => { cache.delete(event.document.uri); validation.clear(event.document.uri); void workspace.documentClosed(event.document.uri); });
connection.onDidChangeWatchedFiles((event) => { void workspace.filesChanged(event.changes); });

// Features get a connection whose handlers are guarded: a throwing handler is logged and answered with null;
// before initialize every request is answered with ServerNotInitialized.
const featureConnection = guardFeatures(connection, () => initialized);
// Import and export run on a worker thread (dist/worker.js, next to this bundle), started on first use.
const jobs = new BackgroundJobs(path.join(__dirname, 'worker.js'));
connection.onShutdown(() => jobs.dispose());
const service = createLanguageService();
const context = { connection: featureConnection, documents, cache, service, settings: () => settings, jobs, reports: workspace };
for (const feature of FEATURES) feature.register(context);

documents.listen(connection);
connection.listen();

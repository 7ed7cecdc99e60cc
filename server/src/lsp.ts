/**
 * The one file that imports values from the language server package; every other server file imports them from
 * here (or `import type` from the package). Why: the bundler's CommonJS interop copies the package's ≈ 600 exports
 * once per importing file, and those copies at start were enough for V8 to optimise the copy loop with TurboFan
 * before the first document (+3.3 MiB of resident compiler code at idle; docs/benchmarks.md). Lint holds it.
 */
export {
  AbstractMessageWriter, CodeActionKind, createConnection, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType,
  LSPErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';

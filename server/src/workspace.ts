import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Connection, FileEvent, TextDocuments } from 'vscode-languageserver';
import { DidChangeWatchedFilesNotification, FileChangeType } from './lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CONFIG_FILE, isReportFileName, nodeWorkspace, ReportIndex, scanIdentity, severitiesFor, unreadableMessage,
  type LastYearLookup, type Locale, type OtherReport, type ReportIdentity, type SeverityOverrides, type Unreadable, type Workspace, type ZfxxgkConfig,
} from '../../core/src';
import type { TextRead } from '../../core/src/workspace';

/**
 * Bytes of files decoded and indexed per turn of the event loop: the editor's requests run in
 * between (a hover waits at most about this much decoding; one larger file is taken alone).
 */
const BYTES_PER_TURN = 256 * 1024;

/** file: URIs in one spelling (VS Code encodes `c%3A`, Node writes `C:`), so keys compare equal. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try { return pathToFileURL(fileURLToPath(uri)).href; } catch { return uri; }
}

/**
 * Whether an open document is a report of the workspace: a file, an unsaved new one, a file of a virtual workspace.
 * Not the views VS Code opens of other versions (`git:` for a diff's old side, merge and history views): indexed,
 * a copy of last year's report would make two candidates, and the cross-year checks would stand down.
 */
function isIndexed(uri: string): boolean {
  return /^(?:file|untitled|vscode-vfs):/i.test(uri);
}

function uriToPath(uri: string): string | undefined {
  try { return uri.startsWith('file:') ? fileURLToPath(uri) : undefined; } catch { return undefined; }
}

/**
 * Every *.zfxxgk of the workspace folders in one ReportIndex: open documents by their live
 * text, the others read from disk. Tells the caller which open documents to check again when
 * a report they depend on (last year's) changes.
 */
export class WorkspaceReports {
  readonly index = new ReportIndex();
  private folders: string[] = [];
  private readonly configs = new Map<string, ZfxxgkConfig>();
  /** Open documents' URIs → their index keys: every keystroke asks, and parsing a URL each time costs more than the rest of documentChanged. */
  private readonly keys = new Map<string, string>();
  private indexing: Promise<void> = Promise.resolve();
  private started: () => void = () => undefined;
  private readonly startCalled = new Promise<void>((resolve) => { this.started = resolve; });
  /** The latest read under way of each file: reads are awaited, and an older one must not overwrite a newer. */
  private readonly reads = new Map<string, symbol>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly locale: () => Locale,
    /** Check these (open) documents again. */
    private readonly revalidate: (uris: string[]) => void,
    /** Finding, reading and decoding files: the same as the CLI's (core/src/workspace). */
    private readonly files: Workspace = nodeWorkspace(),
  ) {}

  /** Index the folders in the background; resolves when done (tests and the status bar may wait). */
  start(folderUris: string[]): Promise<void> {
    this.folders = folderUris.map(uriToPath).filter((p): p is string => !!p);
    this.indexing = this.indexAll();
    this.started();
    return this.indexing;
  }

  /**
   * Resolves once the folders were first indexed. A request made before `start` (the server starts indexing
   * only after `initialized` and the settings) waits for it: it must not find an index not yet begun.
   */
  get ready(): Promise<void> { return this.startCalled.then(() => this.indexing); }

  /** Options of the analysis of one document: last year's report and the config file's severities. */
  previousFor(uri: string): (OtherReport & { key: string }) | undefined {
    const { key, identity } = this.lookupKey(uri);
    return this.index.previousReport(key, identity);
  }

  /** What the search for the document's last year's report found (the editor's language status says it). */
  lastYearOf(uri: string): LastYearLookup {
    const { key, identity } = this.lookupKey(uri);
    return this.index.lastYearLookup(key, identity);
  }

  /** The document's index key, indexed now if it is not yet; a view of another version is looked up by its own header. */
  private lookupKey(uri: string): { key: string; identity?: ReportIdentity } {
    const key = this.keyOf(uri);
    const document = this.documents.get(uri);
    if (!isIndexed(uri)) {
      // A view of another version (a diff's old side): its last year is looked up, it is not a report of the workspace.
      return { key, identity: document ? scanIdentity(document.getText()) : undefined };
    }
    if (!this.index.get(key) && document) this.index.update(key, document.getText());
    return { key };
  }

  severitiesFor(uri: string, base: SeverityOverrides): SeverityOverrides {
    const file = uriToPath(uri);
    if (!file) return base;
    const folder = this.folderOf(file);
    const config = folder ? this.configs.get(folder) : undefined;
    if (!folder || !config) return base;
    return severitiesFor(config, path.relative(folder, file).split(path.sep).join('/'), base);
  }

  /** An open document changed: its live text replaces the indexed one. */
  documentChanged(document: TextDocument): void {
    if (!isIndexed(document.uri)) return;
    this.notify(this.index.update(this.keyOf(document.uri), document.getText()), document.uri);
  }

  /** A document closed: the file on disk is the truth again (unsaved edits are gone). */
  async documentClosed(uri: string): Promise<void> {
    this.keys.delete(uri);
    const file = uriToPath(uri);
    if (!file) { this.notify(this.index.remove(normalizeUri(uri))); return; }
    await this.readFromDisk(file);
  }

  /** workspace/didChangeWatchedFiles: *.zfxxgk created, changed or deleted outside the editor; the config file. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      if (path.basename(file) === CONFIG_FILE) {
        await this.loadConfig(path.dirname(file));
        this.revalidate(this.documents.all().map((d) => d.uri));
        continue;
      }
      if (!isReportFileName(file) || this.isOpen(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        const uri = normalizeUri(change.uri);
        this.reads.delete(uri); // a read under way must not bring it back
        this.notify(this.index.remove(uri));
      } else await this.readFromDisk(file);
    }
  }

  /** Ask the client to report changes of the config file too (it already watches *.zfxxgk). */
  watchConfigFile(dynamicRegistration: boolean): void {
    if (!dynamicRegistration) return;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] }).catch(() => undefined);
  }

  private async indexAll(): Promise<void> {
    for (const folder of this.folders) await this.loadConfig(folder);
    const files: string[] = [];
    // Every file operation is awaited off the thread: the editor's requests are answered in between.
    for await (const found of this.files.walkAsync(this.folders)) {
      files.push(...found.files.map((f) => f.path));
      for (const problem of found.unreadable) this.warnUnreadable(problem);
    }
    // Decoding and indexing run on the thread: a turn of the event loop after every BYTES_PER_TURN.
    const turns = { bytes: BYTES_PER_TURN, next: nextTurn };
    let ticket = Symbol();
    const wanted = (file: string) => {
      const uri = pathToFileURL(file).href;
      if (this.isOpenKey(uri)) return false;
      ticket = this.beginRead(uri);
      return true;
    };
    for await (const read of this.files.readEach(files, turns, wanted)) {
      const uri = pathToFileURL(read.file).href;
      if (!this.endRead(uri, ticket)) continue;
      const text = this.textOf(read);
      if (text !== undefined) this.index.update(uri, text);
    }
    // Open documents may have found their last year's report.
    this.revalidate(this.documents.all().map((d) => d.uri));
  }

  private async readFromDisk(file: string): Promise<void> {
    const uri = pathToFileURL(file).href;
    const ticket = this.beginRead(uri);
    const read = await this.files.tryReadTextAsync(file);
    if (!this.endRead(uri, ticket)) return;
    const text = this.textOf(read);
    this.notify(text === undefined ? this.index.remove(uri) : this.index.update(uri, text));
  }

  /** A read of a file begins; a later one (the file changed again) supersedes it. */
  private beginRead(uri: string): symbol {
    const ticket = Symbol(uri);
    this.reads.set(uri, ticket);
    return ticket;
  }

  /** Whether what a read found may go into the index: it is the file's latest read, and the file was not opened meanwhile (the editor's text wins). */
  private endRead(uri: string, ticket: symbol): boolean {
    if (this.reads.get(uri) !== ticket) return false;
    this.reads.delete(uri);
    return !this.isOpenKey(uri);
  }

  /**
   * Read by THE decoding function within the size limit: a GB18030 or UTF-16 report gives the same findings
   * as its UTF-8 copy; what cannot be read (too large, not text, a FIFO) is left out of the index, with its reason in the log.
   */
  private textOf(read: TextRead): string | undefined {
    if ('text' in read) return read.text;
    if (read.unreadable.reason !== 'ENOENT') this.warnUnreadable(read.unreadable);
    return undefined;
  }

  private warnUnreadable(problem: Unreadable): void {
    this.connection.console.warn(unreadableMessage(problem, this.locale(), this.files.limitMb));
  }

  private async loadConfig(folder: string): Promise<void> {
    if (!this.folders.includes(folder)) return; // only at a workspace folder's root
    const { config, problems, unreadable, missing } = this.files.loadConfig(path.join(folder, CONFIG_FILE), this.locale());
    if (!config) {
      this.configs.delete(folder);
      if (unreadable && !missing) this.warnUnreadable(unreadable);
      return;
    }
    this.configs.set(folder, config);
    if (problems.length > 0) {
      const message = `${CONFIG_FILE}: ${problems.join(' ')}`;
      this.connection.console.warn(message);
      void this.connection.window.showWarningMessage(message);
    }
  }

  private folderOf(file: string): string | undefined {
    return this.folders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  private isOpen(uri: string): boolean {
    return this.isOpenKey(normalizeUri(uri));
  }

  private isOpenKey(key: string): boolean {
    return this.documents.all().some((d) => this.keyOf(d.uri) === key);
  }

  /** normalizeUri, kept while the document is open (forgotten when it closes). */
  private keyOf(uri: string): string {
    let key = this.keys.get(uri);
    if (key === undefined) {
      key = normalizeUri(uri);
      if (this.documents.get(uri)) this.keys.set(uri, key);
    }
    return key;
  }

  /** Re-check the open documents among `uris` (except the one whose own change caused it). */
  private notify(uris: string[], except?: string): void {
    if (uris.length === 0) return;
    const wanted = new Set(uris);
    const open = this.documents.all().filter((d) => d.uri !== except && wanted.has(this.keyOf(d.uri))).map((d) => d.uri);
    if (open.length > 0) this.revalidate(open);
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

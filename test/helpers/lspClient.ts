import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { ROOT } from './examples';
import SERVER_V8_FLAGS from '../../protocol/v8-flags.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Pending { resolve: (value: Json) => void; reject: (error: Error) => void }
interface Waiter { method: string; predicate: (params: Json) => boolean; resolve: (params: Json) => void }

/**
 * A minimal LSP client over stdio (Content-Length framing, no dependencies) that starts the
 * real bundled server `node dist/server.js --stdio`, for protocol-level tests and benchmarks.
 */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification received, in order. */
  readonly notifications: Array<{ method: string; params: Json }> = [];
  /** Answers to server → client requests, by method (workspace/configuration gets `settings`). */
  settings: Json = {};
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];

  constructor(serverPath = path.join(ROOT, 'dist', 'server.js'), args: string[] = ['--stdio'], env?: NodeJS.ProcessEnv) {
    // With the V8 flags the extension starts it with: the tests (10 MB documents included) run the server as shipped.
    this.process = spawn(process.execPath, [...SERVER_V8_FLAGS.execArgv, serverPath, ...args], { stdio: 'pipe', env: env ? { ...process.env, ...env } : process.env });
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.process.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  async initialize(options: { locale?: string; rootUri?: string | null; workspaceFolders?: Json; capabilities?: Json; settings?: Json; processId?: number | null } = {}): Promise<Json> {
    if (options.settings) this.settings = options.settings;
    const result = await this.request('initialize', {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: options.capabilities ?? {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: { locale: options.locale ?? 'zh-cn', settings: this.settings },
    });
    this.notify('initialized', {});
    return result;
  }

  request(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  open(uri: string, text: string, version = 1, languageId = 'zfxxgk'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: Json[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Resolves with the next notification of `method` whose params satisfy `predicate`. */
  waitFor(method: string, predicate: (params: Json) => boolean = () => true, timeoutMs = 10000): Promise<Json> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { method, predicate, resolve: (params) => { clearTimeout(timer); resolve(params); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timeout waiting for ${method}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The diagnostics published for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Json[]> {
    return this.waitFor('textDocument/publishDiagnostics',
      (p) => p.uri === uri && (version === undefined || p.version === version), timeoutMs).then((p) => p.diagnostics);
  }

  async shutdown(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch { /* already gone */ }
    const killer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: Json): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!pending) return;
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`)); else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: answer what a plain editor would.
      const result = message.method === 'workspace/configuration'
        ? (message.params.items as Json[]).map((item) => (item.section === 'zfxxgk' ? this.settings : null))
        : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    this.notifications.push({ method: message.method, params: message.params });
    for (const waiter of [...this.waiters]) {
      if (waiter.method === message.method && waiter.predicate(message.params)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message.params);
      }
    }
  }
}

import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { ROOT } from './examples';
import SERVER_LAUNCH from '../../protocol/server-launch.json';

type Json = any;

interface Pending { resolve: (value: Json) => void; reject: (error: Error) => void }
/** A notification and when it arrived (process.hrtime.bigint(), for latency figures). */
export interface Arrival { params: Json; at: bigint }
interface Waiter { method: string; predicate: (params: Json) => boolean; resolve: (arrival: Arrival) => void }

/** Any language server over stdio (the bench also drives the peer, yaml-language-server). */
export interface Launch { command: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string }

/**
 * Our bundled server, started as the extension starts it: with its V8 flags and environment (protocol/server-launch.json)
 * unless given other flags, so the tests (10 MB documents included) run the server as shipped.
 */
export function ourServer(serverPath = path.join(ROOT, 'dist', 'server.js'), args: string[] = ['--stdio'], flags: string[] = SERVER_LAUNCH.execArgv): Launch {
  return { command: process.execPath, args: [...flags, serverPath, ...args], env: SERVER_LAUNCH.env };
}

/**
 * The one minimal LSP client over stdio (Content-Length framing, no dependencies), for protocol
 * tests and the benchmarks: by default it starts the real bundled server `node dist/server.js --stdio`.
 */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification received, in order. */
  readonly notifications: Array<{ method: string; params: Json }> = [];
  /** Our settings: what workspace/configuration answers for the section zfxxgk (unless `configuration` is replaced). */
  settings: Json = {};
  /** The answer to workspace/configuration for one section; by default `settings` for zfxxgk, null otherwise. */
  configuration: (section: string) => Json = (section) => (section === 'zfxxgk' ? this.settings : null);
  /** How many workspace/configuration requests the server sent. */
  configRequests = 0;
  stderr = '';
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];

  /** `server`: a path to our server bundle (started by `ourServer`) or any command; `env` adds variables. */
  constructor(server: string | Launch = ourServer(), args: string[] = ['--stdio'], env?: NodeJS.ProcessEnv) {
    const launch = typeof server === 'string' ? ourServer(server, args) : server;
    const extra = { ...launch.env, ...env };
    this.process = spawn(launch.command, launch.args, { stdio: 'pipe', cwd: launch.cwd, env: Object.keys(extra).length ? { ...process.env, ...extra } : process.env });
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.process.stdin.on('error', () => { /* the server is gone: the exit handler rejects what is pending */ });
    this.process.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  get pid(): number | undefined { return this.process.pid; }

  /** `initializationOptions` replaces the default `{ locale, settings }` (the bench gives the peer none). */
  async initialize(options: {
    locale?: string; rootUri?: string | null; workspaceFolders?: Json; capabilities?: Json; settings?: Json; processId?: number | null;
    initializationOptions?: Json;
  } = {}): Promise<Json> {
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
      initializationOptions: 'initializationOptions' in options ? options.initializationOptions : { locale: options.locale ?? 'zh-cn', settings: this.settings },
    });
    this.notify('initialized', {});
    return result;
  }

  /** The answer to a request; rejected after `timeoutMs` when given. */
  request(method: string, params: Json, timeoutMs?: number): Promise<Json> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      if (timeoutMs === undefined) { this.pending.set(id, { resolve, reject }); return; }
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${method} timed out after ${timeoutMs} ms`)); }, timeoutMs);
      this.pending.set(id, { resolve: (r) => { clearTimeout(timer); resolve(r); }, reject: (e) => { clearTimeout(timer); reject(e); } });
    });
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
    return this.arrival(method, predicate, timeoutMs).then((a) => a.params);
  }

  /** Like waitFor, with the notification's arrival time. */
  arrival(method: string, predicate: (params: Json) => boolean = () => true, timeoutMs = 10000): Promise<Arrival> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { method, predicate, resolve: (arrival) => { clearTimeout(timer); resolve(arrival); } };
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
      await this.request('shutdown', null, 2000);
    } catch { /* gone or too slow: exit anyway, then kill */ }
    this.notify('exit', null);
    const killer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  }

  private send(message: Json): void {
    if (!this.process.stdin.writable) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body), process.hrtime.bigint());
    }
  }

  private dispatch(message: Json, at: bigint): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!pending) return;
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`)); else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: answer what a plain editor would.
      let result = null;
      if (message.method === 'workspace/configuration') {
        this.configRequests++;
        result = (message.params.items as Json[]).map((item) => this.configuration(item.section));
      }
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    this.notifications.push({ method: message.method, params: message.params });
    for (const waiter of [...this.waiters]) {
      if (waiter.method === message.method && waiter.predicate(message.params)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve({ params: message.params, at });
      }
    }
  }
}

// A dependency-free LSP client over stdio (Content-Length framing), used to drive both our
// server and the peer. Server→client requests are answered synchronously from `configuration`.
import { spawn } from 'node:child_process';

export class LspClient {
  constructor(command, args, { configuration = () => null, cwd } = {}) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd });
    this.configuration = configuration;
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.diagnosticListeners = new Set();
    this.configRequests = 0;
    this.stderr = '';
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    this.child.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stdin.on('error', () => {});
  }

  get pid() { return this.child.pid; }

  onData(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body), process.hrtime.bigint());
    }
  }

  onMessage(message, at) {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (pending) (message.error ? pending.reject(new Error(JSON.stringify(message.error))) : pending.resolve(message.result));
      return;
    }
    if (message.id !== undefined) {
      let result = null;
      if (message.method === 'workspace/configuration') {
        this.configRequests++;
        result = message.params.items.map((item) => this.configuration(item.section));
      }
      this.send({ id: message.id, result });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') for (const listener of this.diagnosticListeners) listener(message.params, at);
  }

  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params, timeoutMs = 30000) {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${method} timed out`)); }, timeoutMs);
      this.pending.set(id, { resolve: (r) => { clearTimeout(timer); resolve(r); }, reject: (e) => { clearTimeout(timer); reject(e); } });
    });
  }

  notify(method, params) { this.send({ method, params }); }

  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept` (and its arrival time). */
  nextDiagnostics(uri, accept = () => true, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const listener = (params, at) => {
        if (params.uri !== uri || !accept(params)) return;
        this.diagnosticListeners.delete(listener); clearTimeout(timer); resolve({ params, at });
      };
      const timer = setTimeout(() => { this.diagnosticListeners.delete(listener); reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)); }, timeoutMs);
      this.diagnosticListeners.add(listener);
    });
  }

  async initialize(rootUri, initializationOptions) {
    const result = await this.request('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true },
          completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown() {
    try { await this.request('shutdown', null, 3000); this.notify('exit', null); } catch { /* fall through to kill */ }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}

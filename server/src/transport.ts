import { inspect } from 'util';
import type { Connection, Message, MessageWriter } from 'vscode-languageserver/node';
import { AbstractMessageWriter, createConnection, ProposedFeatures } from './lsp';

/**
 * The server's connection. `--stdio` (the bench, the tests, editors other than VS Code): stdin read by
 * vscode-jsonrpc, stdout written by OneWriteMessageWriter. Any other transport (`--node-ipc`, which the
 * extension uses, `--socket`, `--pipe`) is set up by vscode-languageserver from the command line, as before.
 */
export function createServerConnection(argv: readonly string[] = process.argv): Connection {
  if (!argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  // stdin as a stream (not a reader), so the library still exits the process when stdin closes.
  const writer = new OneWriteMessageWriter(process.stdout) as unknown as NodeJS.WritableStream;
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer);
  redirectConsole(connection);
  return connection;
}

/** With stdout carrying the protocol, a stray console.log would corrupt it: the library does this for `--stdio`, so do we. */
function redirectConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  console.trace = (...args: unknown[]) => connection.console.log(`${text(['Trace', ...args])}\n${new Error().stack ?? ''}`);
  console.dir = (value: unknown) => connection.console.log(inspect(value));
}

/** The least of a stream this writer needs (process.stdout, or a test's sink). */
export interface ByteSink {
  write(chunk: Buffer, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  end(): unknown;
}

/**
 * Writes each JSON-RPC message as ONE buffer, header and body together. vscode-jsonrpc's
 * WriteableStreamMessageWriter writes them as two writes, and on Linux a write to a pipe
 * (stdout) is a synchronous system call: the second write was ≈ half of the 16 % of the
 * server's busy time spent writing (docs/benchmarks.md, lever "one write per message").
 * The framing is LSP's base protocol: `Content-Length: <bytes of the UTF-8 body>\r\n\r\n<body>`.
 * Writes happen in call order (synchronously), so no queue is needed to keep messages in order.
 */
export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly sink: ByteSink) {
    super();
    sink.on('error', (error: Error) => this.fireError(error));
    sink.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = frameMessage(message);
    } catch (error) {
      // JSON.stringify failed (a cycle, a BigInt): report it as vscode-jsonrpc does, and send nothing.
      this.fireError(error);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.sink.write(frame, (error) => {
        if (error) { this.errorCount++; this.fireError(error, message, this.errorCount); reject(error); } else resolve();
      });
    });
  }

  end(): void { this.sink.end(); }
}

const HEADER = 'Content-Length: ';

/** One message framed for the wire: header and UTF-8 body in one buffer. */
export function frameMessage(message: Message): Buffer {
  const body = JSON.stringify(message);
  const bodyBytes = Buffer.byteLength(body, 'utf8');
  const header = `${HEADER}${bodyBytes}\r\n\r\n`;
  const frame = Buffer.allocUnsafe(header.length + bodyBytes);
  frame.write(header, 0, 'latin1');
  frame.write(body, header.length, 'utf8');
  return frame;
}

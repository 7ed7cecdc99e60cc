import * as assert from 'assert';
import { PassThrough } from 'stream';
import fc from 'fast-check';
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { frameMessage, OneWriteMessageWriter, type ByteSink } from '../../server/src/transport';
import { LspClient } from '../helpers/lspClient';
import { example, QINGSHI } from '../helpers/examples';

/** What vscode-jsonrpc's own writer puts on the wire for `messages`, as one buffer. */
async function libraryBytes(messages: Message[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new StreamMessageWriter(stream);
  for (const message of messages) await writer.write(message);
  return Buffer.concat(chunks);
}

/** A sink that records each write call. */
function recordingSink(fail?: Error): ByteSink & { writes: Buffer[] } {
  const writes: Buffer[] = [];
  return {
    writes,
    write(chunk, callback) { writes.push(chunk); queueMicrotask(() => callback(fail ?? null)); return true; },
    on() { return undefined; },
    end() { return undefined; },
  };
}

// Strings with what reports hold: CJK, full-width punctuation, astral characters (4 UTF-8 bytes), controls, quotes.
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('予以公开（一）', '𠀀𝌆😀', '"\\\r\n\t\u0000', '｜１２３'));
const message = fc.record({
  jsonrpc: fc.constant('2.0'),
  method: fc.constantFrom('textDocument/publishDiagnostics', 'window/logMessage'),
  params: fc.record({ uri: text, version: fc.integer(), items: fc.array(fc.record({ message: text, line: fc.nat() }), { maxLength: 5 }) }),
}) as fc.Arbitrary<Message>;

describe('server transport: one write per message (server/src/transport.ts)', () => {
  it('frames every message byte for byte as vscode-jsonrpc does (Content-Length counts UTF-8 bytes)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 4 }), async (messages) => {
      const ours = Buffer.concat(messages.map(frameMessage));
      assert.ok(ours.equals(await libraryBytes(messages)));
    }), { numRuns: 300 });
  });

  it('writes header and body with ONE write call per message, in call order', async () => {
    await fc.assert(fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }), async (messages) => {
      const sink = recordingSink();
      const writer = new OneWriteMessageWriter(sink);
      await Promise.all(messages.map((m) => writer.write(m)));
      assert.strictEqual(sink.writes.length, messages.length);
      sink.writes.forEach((frame, i) => {
        const headerEnd = frame.indexOf('\r\n\r\n');
        assert.strictEqual(Number(/^Content-Length: (\d+)$/.exec(frame.subarray(0, headerEnd).toString('latin1'))?.[1]), frame.length - headerEnd - 4);
        assert.deepStrictEqual(JSON.parse(frame.subarray(headerEnd + 4).toString('utf8')), JSON.parse(JSON.stringify(messages[i])));
      });
    }), { numRuns: 200 });
  });

  it('reports a failed write (onError, rejected promise) and a message JSON cannot hold, without writing it', async () => {
    const failing = recordingSink(new Error('EPIPE'));
    const writer = new OneWriteMessageWriter(failing);
    const errors: unknown[] = [];
    writer.onError(([error, , count]) => errors.push([(error as Error).message, count]));
    await assert.rejects(writer.write({ jsonrpc: '2.0' }), /EPIPE/);
    assert.deepStrictEqual(errors, [['EPIPE', 1]]);

    const sink = recordingSink();
    const second = new OneWriteMessageWriter(sink);
    await assert.rejects(second.write({ jsonrpc: '2.0', params: { n: 1n } } as unknown as Message), /BigInt/);
    assert.strictEqual(sink.writes.length, 0);
    await second.write({ jsonrpc: '2.0' });
    assert.strictEqual(sink.writes.length, 1, 'the writer goes on after a message it could not send');
  });
});

describe('language server over stdio: big and non-ASCII messages through the one-write writer', function () {
  this.timeout(60000);
  it('sends a rendering of more than a megabyte with Chinese and astral characters intact', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ locale: 'zh-cn' });
      // Prose of our own: a made-up paragraph with astral characters, repeated to ≈ 1.4 MB of UTF-8 (many pipe buffers).
      const paragraph = '青石县人民政府办公室在本年度依法答复申请𠀀，并公开𝌆目录😀。';
      const prose = Array.from({ length: 15_000 }, (_, i) => `${paragraph}${i}`).join('\n');
      const text = example(QINGSHI).replace(/\n(# 二、)/, `\n${prose}\n\n$1`);
      assert.ok(Buffer.byteLength(text) > 1_000_000);
      const uri = 'file:///tmp/qingshi-big.zfxxgk';
      client.open(uri, text, 1);
      const rendered = await client.request('zfxxgk/render', { uri, version: 1 }, 60000);
      assert.strictEqual(rendered.version, 1);
      assert.ok(rendered.html.length > 1_000_000);
      assert.ok(rendered.html.includes(`${paragraph}14999`), 'the last paragraph arrives verbatim');
      // The stream stays in step after the big message: the next request gets its own answer.
      const second = await client.request('zfxxgk/render', { uri, version: 1 }, 60000);
      assert.strictEqual(second.html, rendered.html);
    } finally {
      await client.shutdown();
    }
  });
});

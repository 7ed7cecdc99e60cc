import * as assert from 'assert';
import { guarded, guardFeatures } from '../../server/src/guard';

function fakeConsole() {
  const errors: string[] = [];
  return { errors, connection: { console: { error: (m: string) => errors.push(m) } } as any };
}

describe('server guard: a failing handler is logged and answered, the next one served', () => {
  it('turns a throw into the fallback and logs the stack', async () => {
    const { errors, connection } = fakeConsole();
    let calls = 0;
    const handler = guarded(connection, 'hover', (x: number) => { calls++; if (x < 0) throw new Error('boom'); return x * 2; }, null);
    assert.strictEqual(await handler(-1), null);
    assert.strictEqual(await handler(21), 42);
    assert.strictEqual(calls, 2);
    assert.strictEqual(errors.length, 1);
    assert.match(errors[0], /zfxxgk: hover failed: Error: boom\n\s+at /);
  });

  it('handles rejected promises the same way', async () => {
    const { errors, connection } = fakeConsole();
    const handler = guarded(connection, 'completion', async () => { throw new TypeError('nope'); }, [] as string[]);
    assert.deepStrictEqual(await handler(), []);
    assert.match(errors[0], /completion failed: TypeError: nope/);
  });

  it('wraps every handler features register, nested ones and onRequest(method, handler) included', async () => {
    const { errors, connection } = fakeConsole();
    const registered: Record<string, (...args: any[]) => unknown> = {};
    const raw = {
      ...connection,
      onHover(handler: any) { registered.hover = handler; },
      onRequest(method: string, handler: any) { registered[method] = handler; },
      languages: { inlayHint: { on(handler: any) { registered.inlay = handler; } } },
      sendDiagnostics: () => 'sent',
    };
    const features = guardFeatures(raw);
    features.onHover(() => { throw new Error('hover bug'); });
    features.onRequest('zfxxgk/x', () => 'fine');
    features.languages.inlayHint.on(() => { throw new Error('inlay bug'); });
    assert.strictEqual(await registered.hover(), null);
    assert.strictEqual(await registered['zfxxgk/x'](), 'fine');
    assert.strictEqual(await registered.inlay(), null);
    assert.strictEqual(features.sendDiagnostics(), 'sent');
    assert.deepStrictEqual(errors.map((e) => e.split('\n')[0]), [
      'zfxxgk: connection.onHover failed: Error: hover bug', 'zfxxgk: connection.languages.inlayHint.on failed: Error: inlay bug',
    ]);
  });
});

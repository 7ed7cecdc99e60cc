import * as assert from 'assert';
import { analyze, createLanguageService, ReportIndex } from '../../core/src';
import { workspaceSymbolsFeature } from '../../server/src/features/workspaceSymbols';
import { documentStatusFeature } from '../../server/src/features/documentStatus';
import type { FeatureContext } from '../../server/src/features/feature';
import { example, QINGSHI } from '../helpers/examples';

type Handler = (params: { query: string }, token: FakeToken) => Promise<unknown[]>;

/** A cancellation token the test cancels, as vscode-jsonrpc's does on $/cancelRequest. */
class FakeToken {
  isCancellationRequested = false;
  private listeners: Array<() => void> = [];
  onCancellationRequested(listener: () => void) { this.listeners.push(listener); return { dispose() {} }; }
  cancel() { this.isCancellationRequested = true; for (const listener of this.listeners) listener(); }
}

/** The handler the feature registers, over `index`; `ready` as the workspace gives it. */
function handlerOver(index: ReportIndex, ready: Promise<void> = Promise.resolve()): Handler {
  let handler: Handler | undefined;
  const connection = { onWorkspaceSymbol: (h: Handler) => { handler = h; } };
  const context = { connection, service: createLanguageService(), reports: { index, ready } } as unknown as FeatureContext;
  workspaceSymbolsFeature.register(context);
  return handler!;
}

/** 400 copies of a 2021 report (≈ 3 MB): the first query reads them over several turns of the event loop. */
function largeWorkspace(): ReportIndex {
  const index = new ReportIndex();
  const text = example(QINGSHI);
  for (let i = 0; i < 400; i++) index.update(`file:///ws/r${i}.zfxxgk`, text.replace('青石市人民政府', `青石市第${i}局`));
  return index;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('workspace/symbol in the server: the first read spread over turns, cancellable', () => {
  it('answers what the core answers over every report, letting other work run between turns', async () => {
    const index = largeWorkspace();
    let turnsMeanwhile = 0;
    let answered = false;
    const answer = handlerOver(index)({ query: '收到' }, new FakeToken()).then((symbols) => { answered = true; return symbols; });
    while (!answered) { await turn(); turnsMeanwhile++; }
    const symbols = await answer;
    assert.strictEqual(symbols.length, 400);
    assert.deepStrictEqual(symbols, createLanguageService().workspaceSymbols(index.all(), '收到'));
    assert.ok(turnsMeanwhile >= 2, `other work ran in ${turnsMeanwhile} turns while 3 MB of reports were read`);
  });

  it('stops when the editor cancels (the next keystroke): RequestCancelled, not a late answer', async () => {
    const token = new FakeToken();
    const answer = handlerOver(largeWorkspace())({ query: '收到' }, token);
    await turn();
    token.cancel();
    await assert.rejects(answer, (error: { code?: number }) => error.code === -32800);
  });

  it('a query before the folders are indexed waits for them, and is cancellable while it waits', async () => {
    const index = new ReportIndex();
    let indexed!: () => void;
    const ready = new Promise<void>((resolve) => { indexed = resolve; });
    const waiting = handlerOver(index, ready)({ query: '' }, new FakeToken());
    index.update('file:///ws/a.zfxxgk', example(QINGSHI));
    indexed();
    assert.strictEqual((await waiting).length, 7, 'the report indexed meanwhile, and its six sections');
    const token = new FakeToken();
    const cancelled = handlerOver(index, new Promise<void>(() => undefined))({ query: '' }, token);
    token.cancel();
    await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
  });
});

describe('zfxxgk/documentStatus in the server: waits for the first indexing, cancellable while it waits', () => {
  it('answers once the folders are indexed, and RequestCancelled when the client moves on first', async () => {
    type StatusHandler = (params: { uri: string }, token: FakeToken) => Promise<any>;
    const handlers: StatusHandler[] = [];
    let indexed!: () => void;
    const ready = new Promise<void>((resolve) => { indexed = resolve; });
    const index = new ReportIndex();
    const documents = { get: (uri: string) => (uri === 'file:///ws/a.zfxxgk' ? { uri, version: 3 } : undefined) };
    const cache = { get: () => analyze(example(QINGSHI)) };
    const reports = { index, ready, lastYearOf: (uri: string) => index.lastYearLookup(uri) };
    const connection = { onRequest: (_type: unknown, h: StatusHandler) => { handlers.push(h); } };
    documentStatusFeature.register({ connection, documents, cache, service: createLanguageService(), reports } as unknown as FeatureContext);
    const [handler] = handlers;
    const token = new FakeToken();
    const cancelled = handler({ uri: 'file:///ws/a.zfxxgk' }, token);
    token.cancel();
    await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
    const answer = handler({ uri: 'file:///ws/a.zfxxgk' }, new FakeToken());
    let answered = false;
    void answer.then(() => { answered = true; });
    await turn();
    assert.strictEqual(answered, false, 'no answer before the first indexing');
    index.update('file:///ws/a.zfxxgk', example(QINGSHI));
    indexed();
    const status = await answer;
    assert.strictEqual(status.version, 3);
    assert.strictEqual(status.lastYear.text, '无上年报告');
  });
});

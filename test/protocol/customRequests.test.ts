import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { RequestType } from 'vscode-jsonrpc';
import * as protocol from '../../protocol/src';
import { FEATURES } from '../../server/src/features';
import type { FeatureContext } from '../../server/src/features/feature';
import { ROOT } from '../helpers/examples';
import { LspClient } from '../helpers/lspClient';

/** The RequestType objects protocol/ exports, by method. */
type AnyRequest = RequestType<never, unknown, unknown>;
const REQUESTS = new Map((Object.values(protocol) as unknown[]).filter((v): v is AnyRequest => v instanceof RequestType).map((r) => [r.method, r]));

/** Whatever a feature touches while registering answers this: a callable object of itself. */
function inert(): unknown {
  const proxy: unknown = new Proxy(() => proxy, { get: (_, key) => (key === 'then' ? undefined : proxy) });
  return proxy;
}

/** The first argument of every `connection.onRequest(…)` the server's features make. */
function registeredRequests(): unknown[] {
  const requests: unknown[] = [];
  const connection = new Proxy(inert() as object, {
    get: (target, key) => (key === 'onRequest' ? (type: unknown) => { requests.push(type); } : Reflect.get(target, key)),
  });
  const context = { connection, documents: inert(), cache: inert(), settings: inert, jobs: inert(), reports: inert() } as unknown as FeatureContext;
  for (const feature of FEATURES) feature.register(context);
  return requests;
}

describe('protocol/: the custom requests, typed once for server and client', () => {
  it('every custom request the server registers is one of protocol/\'s RequestTypes (not a string), each once', () => {
    const registered = registeredRequests();
    assert.ok(registered.length >= 5, `${registered.length} custom requests registered`);
    for (const type of registered) {
      assert.ok(type instanceof RequestType, `registered by a string, not a RequestType: ${String(type)}`);
      assert.strictEqual(REQUESTS.get(type.method), type, `${type.method} is not protocol/'s RequestType`);
      assert.match(type.method, /^zfxxgk\/[a-zA-Z]+$/);
    }
    const methods = registered.map((t) => (t as AnyRequest).method);
    assert.deepStrictEqual([...methods].sort(), [...new Set(methods)].sort(), 'a method registered twice');
    assert.deepStrictEqual([...methods].sort(), [...REQUESTS.keys()].sort(), 'protocol/ and the server disagree on the custom requests');
  });

  it('over stdio, the server answers each method protocol/ names (a malformed request: null, never "method not found")', async function () {
    this.timeout(60000);
    const client = new LspClient();
    try {
      await client.initialize({ locale: 'en' });
      const answers = new Map<string, unknown>();
      for (const method of REQUESTS.keys()) answers.set(method, await client.request(method, {}));
      assert.deepStrictEqual(answers.get(protocol.RENDER_REQUEST.method), null);
      assert.deepStrictEqual(answers.get(protocol.EXPORT_REQUEST.method), null);
      assert.deepStrictEqual(answers.get(protocol.IMPORT_REQUEST.method), null);
      assert.deepStrictEqual(answers.get(protocol.CELL_EDIT_REQUEST.method), null);
      assert.deepStrictEqual(answers.get(protocol.DOCUMENT_STATUS_REQUEST.method), null);
      // No source given: the blank skeleton of last year.
      const skeleton = answers.get(protocol.NEW_REPORT_REQUEST.method) as protocol.NewReportResult;
      assert.ok(skeleton.ok && skeleton.year === new Date().getFullYear() - 1 && skeleton.text.includes('一、总体情况'));
      assert.strictEqual(answers.size, 6);
    } finally {
      await client.shutdown();
    }
  });
});

describe('dist/client.js takes nothing of the server and only what protocol/ re-exports of the core', () => {
  let inputs: esbuild.Metafile['inputs'];
  let output: esbuild.Metafile['outputs'][string];
  before(async function () {
    this.timeout(60000);
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'client/src/extension.ts')], absWorkingDir: ROOT, bundle: true, write: false, metafile: true,
      platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'silent',
    });
    inputs = result.metafile.inputs;
    output = Object.values(result.metafile.outputs)[0];
  });

  it('client files import only vscode, vscode-languageclient, node built-ins, client/ and protocol/', () => {
    const clientFiles = Object.keys(inputs).filter((file) => file.startsWith('client/'));
    assert.ok(clientFiles.includes('client/src/extension.ts') && clientFiles.length >= 8, clientFiles.join(', '));
    for (const file of clientFiles) {
      for (const { path: target, original } of inputs[file].imports) {
        const allowed = target.startsWith('client/') || target.startsWith('protocol/') || target === 'vscode'
          || /^node_modules\/vscode-languageclient\//.test(target) || /^(node:)?[a-z_]+$/.test(target);
        assert.ok(allowed, `${file} imports ${original} (${target})`);
      }
    }
  });

  it('the bundle holds no server or CLI code, and of the core only the import-kind map and the preview styles', () => {
    const bundled = Object.keys(output.inputs);
    assert.deepStrictEqual(bundled.filter((file) => /^(server|cli)\//.test(file)), []);
    assert.deepStrictEqual(bundled.filter((file) => file.startsWith('core/')).sort(), ['core/src/import/kinds.ts', 'core/src/render/styles.ts']);
    assert.ok(bundled.includes('protocol/src/requests.ts'));
    // The launch file gives the bundle its flags and variables, not its explanation.
    assert.ok(output.inputs['protocol/server-launch.json'].bytesInOutput < 200, `${output.inputs['protocol/server-launch.json'].bytesInOutput} bytes of server-launch.json`);
  });
});

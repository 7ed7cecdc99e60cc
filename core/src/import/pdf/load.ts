import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { pathToFileURL } from 'url';
import { cMapReaderFactory, type CMapSource } from './cmaps';
import { ensureDomMatrix } from './domMatrix';

/** The parts of pdf.js this reader uses (its own typings are ESM-only). */
export interface Pdfjs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
  Util: { transform(m1: number[], m2: number[]): number[] };
}
export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}
export interface PdfjsPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(options?: Record<string, unknown>): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  cleanup(): void;
}
interface Shipped { pdfjs: Pdfjs; worker: { WorkerMessageHandler: unknown }; cMaps: Record<string, string> }

/** pdf.js and the getDocument options that make it read from memory only. */
export interface PdfjsRuntime { pdfjs: Pdfjs; options: Record<string, unknown> }

/** A real ESM import(): TypeScript would turn `import()` into `require()`, which cannot load pdf.js's .mjs. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loading: Promise<PdfjsRuntime> | undefined;

/**
 * pdf.js, loaded once. The bundles (dist/cli.js, dist/server.js) ship it as dist/pdfjs.js next to
 * themselves (one copy, built by scripts/build.mjs); from the sources it comes from node_modules.
 * The worker runs in this thread (pdf.js's "fake worker", found through globalThis.pdfjsWorker):
 * no worker file, no network.
 */
export function loadPdfjs(): Promise<PdfjsRuntime> {
  loading ??= load().catch((error) => { loading = undefined; throw error; });
  return loading;
}

async function load(): Promise<PdfjsRuntime> {
  ensureDomMatrix();
  const require = createRequire(__filename);
  const shipped = resolve(require, './pdfjs.js');
  const loaded = await quietly(async () => shipped ? require(shipped) as Shipped : fromSources(require));
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= loaded.worker;
  const cMaps: CMapSource = shipped
    ? (name) => loaded.cMaps[name] === undefined ? undefined : new Uint8Array(Buffer.from(loaded.cMaps[name], 'base64'))
    : (name) => new Uint8Array(readFileSync(require.resolve(`pdfjs-dist/cmaps/${name}.bcmap`)));
  return { pdfjs: loaded.pdfjs, options: { CMapReaderFactory: cMapReaderFactory(cMaps), useWorkerFetch: false } };
}

async function fromSources(require: NodeRequire): Promise<Shipped> {
  const url = (specifier: string) => pathToFileURL(require.resolve(specifier)).href;
  return {
    // The module namespaces of pdf.mjs and pdf.worker.mjs: pdf.js's API and the worker's handler.
    pdfjs: await importEsm(url('pdfjs-dist/legacy/build/pdf.mjs')) as Pdfjs,
    worker: await importEsm(url('pdfjs-dist/legacy/build/pdf.worker.mjs')) as Shipped['worker'],
    cMaps: {},
  };
}

function resolve(require: NodeRequire, specifier: string): string | undefined {
  try { return require.resolve(specifier); } catch { return undefined; }
}

/**
 * pdf.js warns on load that the optional canvas package is missing (we only read text). The
 * warning goes to the console, which would land in the CLI's output and the server's log: hold it back.
 */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try { return await run(); } finally { console.warn = warn; }
}

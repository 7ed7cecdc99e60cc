import { createRequire } from 'module';
import { pathToFileURL } from 'url';
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
interface Loaded { pdfjs: Pdfjs; worker: { WorkerMessageHandler: unknown } }

/** A real ESM import(): TypeScript would turn `import()` into `require()`, which cannot load pdf.js's .mjs. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded once. The bundles (dist/cli.js, dist/server.js) ship it as dist/pdfjs.js next to
 * themselves (one copy, built by scripts/build.mjs); from the sources it comes from node_modules.
 * The worker runs in this thread (pdf.js's "fake worker", found through globalThis.pdfjsWorker):
 * no worker file, no network.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load().catch((error) => { loading = undefined; throw error; });
  return loading;
}

async function load(): Promise<Pdfjs> {
  ensureDomMatrix();
  const require = createRequire(__filename);
  const shipped = resolve(require, './pdfjs.js');
  const loaded: Loaded = await quietly(async () => shipped
    ? require(shipped) as Loaded
    : {
      pdfjs: await importEsm(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href),
      worker: await importEsm(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href),
    });
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= loaded.worker;
  return loaded.pdfjs;
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

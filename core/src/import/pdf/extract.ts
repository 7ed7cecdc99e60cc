import { pdfError, PdfReadError } from './errors';
import { groupLines } from './lines';
import { loadPdfjs, type Pdfjs, type PdfjsDocument, type PdfjsRuntime } from './load';
import { DEFAULT_PDF_LIMITS, type PdfItem, type PdfLimits, type PdfPage } from './types';

/**
 * The text of a PDF as positioned lines, page by page. Throws PdfReadError (zh/en message) for a
 * file that is not a PDF, damaged, password-protected, without a text layer, or over a limit.
 */
export async function readPdfPages(bytes: Uint8Array, limits: Partial<PdfLimits> = {}): Promise<PdfPage[]> {
  const bounds: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...limits };
  if (bytes.length > bounds.maxBytes) throw pdfError('tooLarge', bounds, bytes.length);
  if (!hasPdfHeader(bytes)) throw pdfError('notPdf', bounds);
  let runtime: PdfjsRuntime;
  try { runtime = await loadPdfjs(); } catch { throw pdfError('unavailable', bounds); }
  const { pdfjs } = runtime;

  let task: ReturnType<Pdfjs['getDocument']> | undefined;
  let doc: PdfjsDocument | undefined;
  try {
    // pdf.js wants a plain Uint8Array (not a Buffer) and takes ownership of it: hand it a copy.
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      disableAutoFetch: true, stopAtErrors: false, verbosity: 0, ...runtime.options,
    });
    doc = await task.promise;
    if (doc.numPages > bounds.maxPages) throw pdfError('tooManyPages', bounds, doc.numPages);
    const pages: PdfPage[] = [];
    let itemCount = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const items = await pageItems(pdfjs, doc, n);
      itemCount += items.items.length;
      if (itemCount > bounds.maxItems) throw pdfError('tooManyItems', bounds);
      pages.push({ number: n, width: items.width, height: items.height, lines: groupLines(items.items) });
    }
    if (!pages.some((p) => p.lines.length > 0)) throw pdfError('noText', bounds);
    return pages;
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw pdfError((error as { name?: string }).name === 'PasswordException' ? 'encrypted' : 'corrupt', bounds);
  } finally {
    await (doc ?? task)?.destroy().catch(() => undefined);
  }
}

/** A PDF starts with `%PDF-` (readers accept it anywhere in the first 1024 bytes). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function pageItems(pdfjs: Pdfjs, doc: PdfjsDocument, n: number): Promise<{ width: number; height: number; items: PdfItem[] }> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ disableNormalization: false });
    const items: PdfItem[] = [];
    for (const raw of content.items) {
      // Whitespace runs carry no position worth keeping (their widths are often bogus); gaps are measured instead.
      if (typeof raw.str !== 'string' || raw.str.trim() === '' || !raw.transform) continue;
      // Into page space (y down, page rotation applied).
      const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, raw.transform);
      const size = Math.hypot(c, d) || Math.hypot(a, b);
      // Text not running left to right (rotated stamps, vertical text) is kept as a run at its place.
      const horizontal = Math.abs(b) <= Math.abs(a) * 0.1;
      const width = horizontal ? Math.abs(raw.width ?? 0) : size * [...raw.str].length;
      if (![e, f, size, width].every(Number.isFinite) || size <= 0) continue;
      items.push({ text: raw.str, x: e, y: f, width, size });
    }
    return { width: viewport.width, height: viewport.height, items };
  } finally {
    page.cleanup();
  }
}

import { readPdfPages } from './extract';
import { layoutText } from './layout';
import type { PdfLimits } from './types';

export { readPdfPages } from './extract';
export { layoutText } from './layout';
export { groupLines } from './lines';
export { pdfError, PdfReadError, type PdfProblem } from './errors';
export { DEFAULT_PDF_LIMITS, type PdfItem, type PdfLimits, type PdfLine, type PdfPage } from './types';

/** A PDF's text laid out like `pdftotext -layout` (pages separated by form feeds), for the pdf-text reader. */
export async function readPdfLayoutText(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<string> {
  return layoutText(await readPdfPages(bytes, limits));
}

import { readPdfPages } from './extract';
import { layoutText } from './layout';
import type { PdfLimits } from './types';

export { readPdfPages } from './extract';
export { layoutText } from './layout';
export { groupLines } from './lines';
export { PdfReadError } from './errors';
export { type PdfItem, type PdfLimits } from './types';

/** A PDF's text laid out like `pdftotext -layout` (pages separated by form feeds), for the pdf-text reader. */
export async function readPdfLayoutText(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<string> {
  return layoutText(await readPdfPages(bytes, limits));
}

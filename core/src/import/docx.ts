import { readHtml } from './html';
import type { SourceDocument } from './types';

/** DOCX through mammoth's HTML (it keeps gridSpan/vMerge as colspan/rowspan), then the HTML reader. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { ...readHtml(value), kind: 'docx' };
}

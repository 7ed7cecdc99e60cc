import { readHtml } from './html';
import { ImportError, type ImportLimits, type SourceDocument } from './types';
import { checkZipLimits, DEFAULT_LIMITS } from './zip';

/**
 * DOCX through mammoth's HTML (it keeps gridSpan/vMerge as colspan/rowspan), then the HTML reader.
 * The archive is checked against the limits first (zip.ts), so a zip bomb never reaches mammoth.
 */
export async function readDocx(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): Promise<SourceDocument> {
  await checkZipLimits(bytes, { ...DEFAULT_LIMITS, ...limits });
  const mammoth = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new ImportError({
      'zh-cn': `无法读取此 DOCX 文档（${(error as Error).message}）。`,
      en: `This DOCX document cannot be read (${(error as Error).message}).`,
    }, 'docxUnreadable');
  }
  return { ...readHtml(value), kind: 'docx' };
}

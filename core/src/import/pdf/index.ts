import { ImportError } from '../types';

/**
 * Placeholder: the PDF reader (PDF bytes → pdftotext-layout-like text) is written by another
 * branch and replaces this file at merge.
 */
export async function readPdfLayoutText(_bytes: Uint8Array): Promise<string> {
  throw new ImportError({ 'zh-cn': '此版本未包含 PDF 读取器：请先用 pdftotext -layout 将 PDF 转为文本再导入。', en: 'PDF reader not available in this build: convert the PDF with pdftotext -layout first, then import the text.' }, 'pdfUnavailable');
}

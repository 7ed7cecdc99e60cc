import type { Localized } from '../../formats';
import { ImportError } from '../types';
import type { PdfLimits } from './types';

export type PdfProblem = 'unavailable' | 'notPdf' | 'corrupt' | 'encrypted' | 'noText' | 'tooLarge' | 'tooManyPages' | 'tooManyItems';

/**
 * A PDF that cannot be read, with the reason in both languages. `message` is the Chinese text
 * followed by the English one, so a caller that prints only `message` still says something useful.
 */
export class PdfReadError extends ImportError {
  override readonly name = 'PdfReadError';
  constructor(readonly problem: PdfProblem, readonly text: Localized) {
    super(text, `pdf.${problem}`);
    this.message = `${text['zh-cn']} (${text.en})`;
  }
}

/** 64 MB, 1.5 MB, 900 KB, 12 bytes: a size as people say it. */
const mb = (bytes: number) => bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;

export function pdfError(problem: PdfProblem, limits: PdfLimits, detail?: number): PdfReadError {
  const t = (zh: string, en: string) => new PdfReadError(problem, { 'zh-cn': zh, en });
  switch (problem) {
    case 'unavailable': return t('无法加载 PDF 读取组件（pdf.js）', 'the PDF reader (pdf.js) could not be loaded');
    case 'notPdf': return t('不是 PDF 文件（缺少 %PDF- 文件头）', 'not a PDF file (no %PDF- header)');
    case 'corrupt': return t('PDF 文件已损坏或不完整，无法读取', 'the PDF file is damaged or incomplete and cannot be read');
    case 'encrypted': return t('PDF 文件有打开密码，无法读取；请先用原密码打开并另存为无密码的 PDF', 'the PDF file is protected by a password; save a copy without the password first');
    case 'noText': return t('PDF 没有文字层（可能是扫描件或图片），无法导入；请先做文字识别（OCR）', 'the PDF has no text layer (a scan or images?); run text recognition (OCR) on it first');
    case 'tooLarge': return t(`PDF 文件有 ${mb(detail ?? 0)}，超过导入上限 ${mb(limits.maxBytes)}`, `the PDF file is ${mb(detail ?? 0)}, over the import limit of ${mb(limits.maxBytes)}`);
    case 'tooManyPages': return t(`PDF 有 ${detail} 页，超过导入上限 ${limits.maxPages} 页`, `the PDF has ${detail} pages, over the import limit of ${limits.maxPages} pages`);
    case 'tooManyItems': return t(`PDF 的文字片段超过导入上限 ${limits.maxItems} 个`, `the PDF has more than the import limit of ${limits.maxItems} text runs`);
  }
}

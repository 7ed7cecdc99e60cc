import type { InputKind } from './types';

const BY_EXTENSION: Record<string, InputKind> = {
  pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', shtml: 'html', xhtml: 'html', md: 'markdown', markdown: 'markdown',
};

/**
 * The input kind a file name says (shared by the CLI and the editor). `.txt` and unknown
 * extensions: undefined, so the content decides (detectKind).
 */
export function importKindForFile(fileName: string): InputKind | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? BY_EXTENSION[match[1].toLowerCase()] : undefined;
}

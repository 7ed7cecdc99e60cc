import type { InputKind } from './types';

/** The one extension → import-kind map (editor import command, CLI import, CLI `--published` folders). */
const BY_EXTENSION: Record<string, InputKind> = {
  pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', shtml: 'html', xhtml: 'html', md: 'markdown', markdown: 'markdown',
};

/** Extensions of the files an import accepts (the editor's open dialog): the map's, and `.txt`. */
export const IMPORT_EXTENSIONS: readonly string[] = [...Object.keys(BY_EXTENSION), 'txt'];

/**
 * The input kind a file name says (shared by the CLI and the editor). `.txt` and unknown
 * extensions: undefined, so the content decides (detectKind).
 */
export function importKindForFile(fileName: string): InputKind | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? BY_EXTENSION[match[1].toLowerCase()] : undefined;
}

/**
 * A published file found in a folder: its kind by extension, or 'auto' for a `.txt`, whose
 * content tells plain text from pdftotext layout (issue 11 item 7). Undefined: not a published file.
 */
export type PublishedKind = InputKind | 'auto';

export function publishedKindForFile(fileName: string): PublishedKind | undefined {
  if (/\.txt$/i.test(fileName.trim())) return 'auto';
  return importKindForFile(fileName);
}

/**
 * When one folder holds a report under several extensions (a .zfxxgk and its exports, a PDF
 * and its text conversion), the first of this list is checked: the author's own file, then the
 * most structured published form.
 */
export const PUBLISHED_PREFERENCE = ['.zfxxgk', '.docx', '.html', '.htm', '.shtml', '.xhtml', '.md', '.markdown', '.pdf', '.txt'];

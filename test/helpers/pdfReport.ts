import type { PdfRun } from './pdf';

/**
 * A report in the language "printed" the way Word exports one to PDF: a two-line title, indented
 * headings, prose wrapped at the page width, table rows with numbers in fixed columns (labels too
 * long for their cell wrapped over two lines, the numbers centred between them), page numbers
 * `- n -` at the foot of each page. Returns the runs of each page for makePdf.
 */
export function printReport(text: string): PdfRun[][] {
  const pages: PdfRun[][] = [[]];
  let y = 90;
  const need = (height: number) => {
    if (y + height <= 770) return;
    pages[pages.length - 1].push({ x: 280, y: 805, size: 13, text: `- ${pages.length} -` });
    pages.push([]);
    y = 80;
  };
  const put = (run: PdfRun) => pages[pages.length - 1].push(run);
  let table2 = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || /^(机关|年度|格式)：/.test(line)) continue;
    const title = /^标题：(.*?)(\d{4}年.*)$/.exec(line);
    if (title) {
      put({ x: 297 - title[1].length * 11, y, size: 22, text: title[1] });
      put({ x: 297 - title[2].length * 11, y: y + 30, size: 22, text: title[2] });
      y += 80;
      continue;
    }
    if (line.startsWith('# ')) {
      need(40);
      table2 = line.includes('二、');
      put({ x: 106, y: y + 10, size: 16, text: line.slice(2) });
      y += 40;
      continue;
    }
    if (line.startsWith('## ')) {
      need(28);
      put({ x: 79, y, size: 10, text: line.slice(3) });
      y += 28;
      continue;
    }
    if (line.includes(' | ')) {
      const [label, ...cells] = line.split(' | ');
      const step = table2 ? 90 : 40;
      const wrapped = label.length > 18 ? [label.slice(0, 18), label.slice(18)] : [label];
      need(14 * wrapped.length + 14);
      wrapped.forEach((part, i) => put({ x: 79, y: y + i * 14, size: 9, text: part }));
      const middle = y + (wrapped.length - 1) * 7;
      cells.forEach((cell, i) => put({ x: 250 + i * step, y: middle + 1, size: 9, text: cell }));
      y += 14 * wrapped.length + 14;
      continue;
    }
    if (!line.includes('|') && /^[一二三四（]/.test(line) && line.length < 20) {
      need(28);
      put({ x: 79, y, size: 9, text: line });
      y += 28;
      continue;
    }
    // Prose: 26 characters a line at 16 pt, the first indented by two.
    for (let start = 0, first = true; start < line.length; first = false) {
      const width = first ? 24 : 26;
      need(28);
      put({ x: first ? 106 : 74, y, size: 16, text: line.slice(start, start + width) });
      start += width;
      y += 28;
    }
  }
  pages[pages.length - 1].push({ x: 280, y: 805, size: 13, text: `- ${pages.length} -` });
  return pages;
}

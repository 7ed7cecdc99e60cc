import { displayWidth } from '../text/normalize';
import type { TableBlock } from './types';

/**
 * Column widths of a table on a page of fixed width (the DOCX): every number must fit its cell on
 * one line, because a word processor wraps a number that is too wide (3001 printed as 300 / 1
 * reads as another number). Columns keep their proportions where they can; a number column
 * narrower than its widest number takes the room from the label columns; a table whose numbers
 * cannot all fit at the body size gets a smaller font (not below 7 pt).
 */
export interface FittedTable { widths: number[]; halfPoints: number }

/** Width of text in twips at a font size in half-points: digits/Latin about 0.55 em (Times New Roman digits are 0.5 em), CJK 1 em. */
export function textTwips(text: string, halfPoints: number): number {
  return Math.ceil(displayWidth(text) * 0.55 * halfPoints * 10);
}

const MIN_HALF_POINTS = 14;

export function fitColumns(block: TableBlock, total: number, halfPoints: number, cellMargins: number): FittedTable {
  const values = cellTexts(block);
  for (let size = halfPoints; size >= MIN_HALF_POINTS; size--) {
    const need = values.map((texts) => Math.max(0, ...texts.map((t) => (t ? textTwips(t, size) + cellMargins + 30 : 0))));
    if (need.reduce((a, b) => a + b, 0) <= total || size === MIN_HALF_POINTS) return { widths: distribute(block.widths, need, total), halfPoints: size };
  }
  return { widths: distribute(block.widths, [], total), halfPoints };
}

/**
 * What must fit on one line in each grid column: the numbers of its one-column value cells; a
 * character of vertical text (三、本年度办理结果 vanishes from a column narrower than one
 * character); two characters of a group label, four of a row label.
 */
function cellTexts(block: TableBlock): string[][] {
  const out: string[][] = Array.from({ length: block.columns }, () => []);
  const covered: number[] = Array(block.columns).fill(0); // rows still covered by a rowSpan above, per column
  for (const row of block.rows) {
    let column = 0;
    for (const cell of row.cells) {
      while (column < block.columns && covered[column] > 0) column++;
      if (cell.colSpan === 1 && column < block.columns) {
        if (cell.role === 'value') out[column].push(cell.text);
        else if (cell.vertical) out[column].push('三');
        else if (cell.role === 'group') out[column].push('不予');
        else if (cell.role === 'label') out[column].push('属于国家');
      }
      for (let c = column; c < column + cell.colSpan && c < block.columns; c++) covered[c] = cell.rowSpan;
      column += cell.colSpan;
    }
    for (let c = 0; c < block.columns; c++) covered[c] = Math.max(0, covered[c] - 1);
  }
  return out;
}

/** Proportional widths, raised to each column's need; the rest share what is left in proportion. */
function distribute(weights: number[], need: number[], total: number): number[] {
  const fixed = new Set<number>();
  let widths = weights.map(() => 0);
  for (let round = 0; round <= weights.length; round++) {
    const left = total - [...fixed].reduce((sum, i) => sum + need[i], 0);
    const free = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    widths = weights.map((w, i) => (fixed.has(i) ? need[i] : Math.floor((w / free) * left)));
    const short = widths.findIndex((w, i) => !fixed.has(i) && (need[i] ?? 0) > w);
    if (short < 0) break;
    fixed.add(short);
  }
  return widths;
}

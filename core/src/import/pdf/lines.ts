import type { PdfItem, PdfLine } from './types';

/**
 * Items whose baselines differ by less than this share a line (fraction of the font size). Table
 * numbers often sit a little below their label (centred in a taller cell, in another font): 淮安
 * 2024 has them 0.31 em lower, while the next label of the row group is 0.55 em lower.
 */
const BASELINE_TOLERANCE = 0.45;

/**
 * Group a page's items into lines by baseline, top to bottom, each left to right. A run drawn
 * twice at (almost) the same place — "fake bold" — is kept once. O(n log n).
 */
export function groupLines(items: PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of sorted) {
    if (current && item.y - current.y <= BASELINE_TOLERANCE * Math.max(current.size, item.size)) {
      current.items.push(item);
      current.size = Math.max(current.size, item.size);
      continue;
    }
    current = { y: item.y, size: item.size, items: [item] };
    lines.push(current);
  }
  for (const line of lines) line.items = dropDoubles(line.items.sort((p, q) => p.x - q.x));
  return lines;
}

function dropDoubles(items: PdfItem[]): PdfItem[] {
  return items.filter((item, i) => {
    for (let j = i - 1; j >= Math.max(0, i - 8) && item.x - items[j].x < item.size * 0.3; j--) {
      if (items[j].text === item.text && Math.abs(items[j].y - item.y) < item.size * 0.3) return false;
    }
    return true;
  });
}

import type { TableId } from '../formats';
import { couldGrow } from './labels';
import type { GridRow } from './grid';
import type { Token } from './types';
import { joinWrapped } from './values';

/**
 * Repairs of lossy text (PDF converters, pdftotext layouts) where the line breaks of the page cut
 * through rows: the grid asks here before it starts a row. A row with explicit cells (tab, pipe,
 * HTML, Markdown) never needs them.
 */

/** The row a wrapped piece of text continues ("一、本年新收政府" + "信息公开申请数量"), if any. */
export function wrappedLabel(token: Token, labels: GridRow[], table: TableId, positioned: boolean): GridRow | undefined {
  return positioned ? continueLabel(token, labels, table) : continueText(token, labels, table);
}

/**
 * The row a number of a layout line belongs to: a label earlier on its line and left of it, else
 * (a line of numbers alone) the label to its left in the last few lines, still without numbers.
 */
export function layoutTarget(token: Token, active: GridRow[]): GridRow | undefined {
  const startedOnLine = active.filter((l) => l.line === token.line && (l.x === undefined || token.x === undefined || l.x < token.x));
  if (startedOnLine.length > 0) return startedOnLine[startedOnLine.length - 1];
  // A line of numbers alone: the label left of them, read in the last few lines, still without numbers.
  const near = active.filter((l) => !l.group && token.line - l.lastLine <= 4 && (l.x === undefined || token.x === undefined || l.x < token.x));
  const empty = near.filter((l) => l.values.length === 0);
  if (empty.length > 0) return empty[empty.length - 1];
  if (near.length > 0) return near[near.length - 1];
  for (let i = active.length - 1; i >= 0; i--) if (!active[i].group) return active[i];
  return undefined;
}

/**
 * Lossy text (a PDF converter's, no columns): a label wrapped over lines. The next line's words
 * continue the last label when it has no numbers yet and the two read together still grow into
 * a label of this table ("一、本年新收政府" + "信息公开申请数量").
 */
function continueText(token: Token, labels: GridRow[], table: TableId): GridRow | undefined {
  if (token.row) return undefined;
  const label = labels[labels.length - 1];
  if (!label || label.orphan || label.values.length > 0 || token.line - label.lastLine > 2 || token.line === label.line) return undefined;
  const joined = joinWrapped(label.text, token.text);
  if (!couldGrow(joined, table)) return undefined;
  label.text = joined;
  label.lastLine = token.line;
  return label;
}

/** A wrapped label's next piece: same column, a few lines on, and the joined text still grows into a label. */
function continueLabel(token: Token, labels: GridRow[], table: TableId): GridRow | undefined {
  if (token.x === undefined) return undefined;
  for (let i = labels.length - 1; i >= Math.max(0, labels.length - 8); i--) {
    const label = labels[i];
    if (label.orphan || label.x === undefined) continue;
    if (Math.abs(label.x - token.x) > 3 || token.line - label.lastLine > 3) continue;
    const joined = joinWrapped(label.text, token.text);
    if (!couldGrow(joined, table)) continue;
    label.text = joined;
    label.lastLine = token.line;
    return label;
  }
  return undefined;
}

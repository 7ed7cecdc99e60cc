import type { FormatVersion, Localized, TableId } from '../formats';
import { labelKey } from '../text/normalize';
import { captionItem, isFurniture, isVerticalLetters } from './furniture';
import { couldGrow, enumeratorOf, exactRow, guessRow, isGroupStart, type RowEntry } from './labels';
import { layoutTarget, wrappedLabel } from './repair';
import type { ImportedCaption, Token } from './types';

/**
 * A row of a table grid: its label as read (whole again when the source wrapped it) and its value
 * cells, each with its column header and position when the source has them (Token.column, x/end).
 */
export interface GridRow {
  /** The row label as read. */
  text: string;
  /** Column of the label in positioned (layout) text. */
  x?: number;
  /** First and last line (non-blank lines of the section) the row was read from. */
  line: number;
  lastLine: number;
  values: Token[];
  /** The label starts a group row (（三）不予公开): a group's numbers, if any, are its own. */
  group: boolean;
  /** No label at all: numbers that followed nothing. */
  orphan?: boolean;
  /** Table 二 caption item in effect. */
  item?: string;
  /** The label as written when a heading above named the row instead (a generic 数量, 项目). */
  via?: string;
}

/** A table section as a grid: the neutral form placement reads (place.ts), whatever the source kind. */
export interface TableGrid {
  rows: GridRow[];
  captions: ImportedCaption[];
  /** Every value token in order (table 四 is often one line of fifteen numbers). */
  values: Token[];
  guesses: Localized[];
}

/**
 * Read a table section's cells into rows: each label with the numbers that belong to it. Text that
 * is no row is recognised here and kept out of the rows: table 二's captions and 信息内容 header,
 * header rows and the statutory header words (furniture.ts), headings (context: a heading that names
 * a row is the row of the numbers below it that have no label of their own). Lossy text is
 * repaired on the way (repair.ts: wrapped labels, numbers on a line of their own). The label
 * dictionary (labels.ts) tells a label from the rest; which statutory row it is, is placement's job.
 */
export function readGrid(tokens: Token[], table: TableId, version: FormatVersion, positioned: boolean): TableGrid {
  const read: TableGrid = { rows: [], captions: [], values: [], guesses: [] };
  let item: string | undefined;
  let header: string[] | undefined;
  let active: GridRow[] = []; // labels since the last caption/header/furniture
  let activeSet = new Set<GridRow>();
  const onLine = (line: number) => recent(active).some((l) => l.line === line);

  const start = (token: Token, text: string) => {
    const label: GridRow = { text, x: token.x, line: token.line, lastLine: token.line, values: [], group: isGroupStart(text, table, version), item };
    read.rows.push(label);
    active.push(label);
    activeSet.add(label);
    header = undefined;
  };
  const reset = () => { active = []; activeSet = new Set(); };
  // A heading (or table 四's header cell) that names a data row: the row of the unlabelled or
  // generically labelled numbers below it. Created only when numbers come, so a heading that
  // repeats the label of the row below it is never a row of its own.
  let context: { text: string; used: boolean } | undefined;
  let headerLine = -1;
  const fromContext = (token: Token, via?: string): GridRow | undefined => {
    if (!context || context.used) return undefined;
    context.used = true;
    start(token, context.text);
    const label = read.rows[read.rows.length - 1];
    if (via !== undefined) label.via = via;
    return label;
  };

  for (const token of tokens) {
    if (token.kind === 'value') {
      read.values.push(token);
      const target = targetOf(token, active, positioned) ?? (token.row ? fromContext(token) : undefined);
      if (target) { target.values.push(token); continue; }
      if (token.blank) continue;
      const orphan: GridRow = { text: '', line: token.line, lastLine: token.line, values: [token], group: false, orphan: true, item };
      read.rows.push(orphan);
      active.push(orphan);
      activeSet.add(orphan);
      continue;
    }
    const text = token.text;
    if (labelKey(text) === '' && !enumeratorOf(text)) continue; // punctuation alone (a vertical 、)
    const captioned = table === 'table2' ? captionItem(text) : undefined;
    if (captioned) {
      item = captioned;
      read.captions.push({ item });
      header = undefined;
      reset();
      continue;
    }
    if (table === 'table2' && labelKey(text).startsWith('信息内容')) {
      header = [];
      let caption = read.captions[read.captions.length - 1];
      if (!caption || caption.header) { caption = { item: item ?? '' }; read.captions.push(caption); }
      caption.header = header;
      reset();
      continue;
    }
    // The label dictionary, asked at most once per piece of text (and only when it matters): is it a spelling of a row of this table?
    let known: RowEntry | undefined | null = null;
    const exact = () => (known === null ? (known = exactRow(text, table, version)) : known);
    if (token.heading || (token.header && table === 'table4' && token.line !== headerLine)) {
      if (token.header) headerLine = token.line;
      const entry = exact();
      if (entry || token.heading) context = entry && entry.row.kind !== 'group' ? { text, used: false } : undefined;
      reset();
      continue;
    }
    if (token.header) {
      headerLine = token.line;
      if (header) header.push(text); else reset();
      continue;
    }
    // A generic label (数量, 项目) under a heading that names the row.
    if (token.row && context && !context.used && !onLine(token.line)
      && !exact() && !guessRow(text, table, version) && !isFurniture(text, table)) {
      fromContext(token, text);
      continue;
    }
    const enumerated = enumeratorOf(text) !== undefined;
    if (enumerated && table === 'table3' && (exact() || couldGrow(text, table))) { start(token, text); continue; }
    const continued = wrappedLabel(token, read.rows, table, positioned);
    if (continued) { if (!activeSet.has(continued)) { active.push(continued); activeSet.add(continued); } continue; }
    // Table 三's column names include 其他 and 总计, also spellings of rows: header words win.
    if (table === 'table3' && !enumerated && isFurniture(text, table)) { reset(); continue; }
    if (exact()) { start(token, text); continue; }
    if (header) { header.push(text); continue; }
    if (!enumerated && isFurniture(text, table)) { reset(); continue; }
    if (table === 'table3' && isVerticalLetters(text)) continue;
    // Not a known spelling: a row all the same (guessed or reported when resolved).
    start(token, text);
  }
  return read;
}

/**
 * The labels a number may still belong to: the last few. Labels are read in line order, so a
 * number never looks further back than this (linear time on 125k rows, issue 14 F6).
 */
const WINDOW = 48;
function recent(active: GridRow[]): GridRow[] {
  return active.length <= WINDOW ? active : active.slice(active.length - WINDOW);
}

function targetOf(token: Token, all: GridRow[], positioned: boolean): GridRow | undefined {
  if (all.length === 0) return undefined;
  const active = recent(all);
  // Rows with explicit cells (tab text, HTML): a number belongs to a label of its own row.
  if (token.row) return active.filter((l) => l.line === token.line).pop();
  if (!positioned) return active[active.length - 1];
  return layoutTarget(token, active);
}

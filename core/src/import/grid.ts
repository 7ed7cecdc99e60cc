import type { FormatVersion, Localized, TableId } from '../formats';
import { labelKey } from '../text/normalize';
import { captionItem, isFurniture, isVerticalLetters } from './furniture';
import { couldGrow, enumeratorOf, exactRow, guessRow, isGroupStart } from './labels';
import { joinWrapped } from './values';
import type { ImportedCaption, Token } from './types';

/** A row label as read, with the value tokens that followed it. */
export interface GridRow {
  text: string;
  x?: number;
  line: number;
  lastLine: number;
  values: Token[];
  group: boolean;
  /** No label at all: numbers that followed nothing. */
  orphan?: boolean;
  /** Table 二 caption item in effect. */
  item?: string;
  /** The label as written when a heading above named the row instead (a generic 数量, 项目). */
  via?: string;
}

export interface TableGrid {
  labels: GridRow[];
  captions: ImportedCaption[];
  /** Every value token in order (table 四 is often one line of fifteen numbers). */
  values: Token[];
  guesses: Localized[];
}

/**
 * Read a table section's tokens into labels with their values. Layout text (pdf) needs
 * columns: a label wrapped over lines is continued by text at the same column, and a line of
 * numbers without a label belongs to the label being read.
 */
export function readGrid(tokens: Token[], table: TableId, version: FormatVersion, layout: boolean): TableGrid {
  const read: TableGrid = { labels: [], captions: [], values: [], guesses: [] };
  let item: string | undefined;
  let header: string[] | undefined;
  let active: GridRow[] = []; // labels since the last caption/header/furniture
  let activeSet = new Set<GridRow>();
  const onLine = (line: number) => recent(active).some((l) => l.line === line);

  const start = (token: Token, text: string) => {
    const label: GridRow = { text, x: token.x, line: token.line, lastLine: token.line, values: [], group: isGroupStart(text, table, version), item };
    read.labels.push(label);
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
    const label = read.labels[read.labels.length - 1];
    if (via !== undefined) label.via = via;
    return label;
  };

  for (const token of tokens) {
    if (token.kind === 'value') {
      read.values.push(token);
      const target = targetOf(token, active, layout) ?? (token.row ? fromContext(token) : undefined);
      if (target) { target.values.push(token); continue; }
      if (token.blank) continue;
      const orphan: GridRow = { text: '', line: token.line, lastLine: token.line, values: [token], group: false, orphan: true, item };
      read.labels.push(orphan);
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
    if (token.heading || (token.header && table === 'table4' && token.line !== headerLine)) {
      if (token.header) headerLine = token.line;
      const entry = exactRow(text, table, version);
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
      && !exactRow(text, table, version) && !guessRow(text, table, version) && !isFurniture(text, table)) {
      fromContext(token, text);
      continue;
    }
    const enumerated = enumeratorOf(text) !== undefined;
    if (enumerated && table === 'table3' && (exactRow(text, table, version) || couldGrow(text, table))) { start(token, text); continue; }
    const continued = layout ? continueLabel(token, read.labels, table) : continueText(token, read.labels, table);
    if (continued) { if (!activeSet.has(continued)) { active.push(continued); activeSet.add(continued); } continue; }
    // Table 三's column names include 其他 and 总计, also spellings of rows: header words win.
    if (table === 'table3' && !enumerated && isFurniture(text, table)) { reset(); continue; }
    if (exactRow(text, table, version)) { start(token, text); continue; }
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

function targetOf(token: Token, all: GridRow[], layout: boolean): GridRow | undefined {
  if (all.length === 0) return undefined;
  const active = recent(all);
  // Rows with explicit cells (tab text, HTML): a number belongs to a label of its own row.
  if (token.row) return active.filter((l) => l.line === token.line).pop();
  if (!layout) return active[active.length - 1];
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

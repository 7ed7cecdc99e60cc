import type { ColumnSpec, RowSpec, SubTableSpec } from '../formats/types';
import { displayWidth } from '../text/normalize';

/**
 * The one printer of the language's lines (docs/language.md): table rows, column headers, headings,
 * captions, header fields and comments. Everything that writes report text goes through it — the
 * skeleton and snippets, completion, rule fixes, code actions, cell edits, the formatter and the
 * import writer — so the separator, the closing-pipe rule and the alignment are decided once.
 * The language has no escape for `|`: callers never pass a cell or label holding a pipe or a line break.
 */

const SEPARATOR = ' | ';

/** The label of table 二's optional column header line. */
export const COLUMN_HEADER_LABEL = '信息内容';

/** How a row is laid out; by default nothing is padded and a closing pipe is written only where needed. */
export interface RowLayout {
  /** Display width (CJK counts two) the label is padded to when something follows it: the formatter's alignment. */
  labelWidth?: number;
  /** Display width of each cell; a cell is padded only when something follows it. */
  cellWidths?: ReadonlyArray<number | undefined>;
  /** `| label | …`: a Markdown-style leading pipe (the formatter keeps the author's). */
  leadingPipe?: boolean;
  /**
   * `… |`. By default written after a blank last cell or when there are no cells: a final bare `|` closes the
   * row, so without it the blank would not be a cell of a row the model cannot place (core/src/model/build.ts).
   */
  closingPipe?: boolean;
  /**
   * The skeleton's form: a blank cell is a bare ` |` (`label | | | 0`) and no closing pipe, since the row
   * carries its statutory number of cells and the model reads a trailing blank of such a row as its last cell.
   */
  compactBlanks?: boolean;
}

/** One table row: `label | cell | …` (`''` is a blank cell), trailing spaces off. */
export function rowLine(label: string, cells: readonly string[], layout: RowLayout = {}): string {
  const closing = layout.closingPipe ?? (!layout.compactBlanks && (cells.length === 0 || cells[cells.length - 1] === ''));
  const last = cells.length - 1;
  let text = (layout.leadingPipe ? '| ' : '') + pad(label, cells.length > 0 || closing ? layout.labelWidth : undefined);
  cells.forEach((cell, i) => {
    text += cell === '' && layout.compactBlanks ? ' |' : SEPARATOR + pad(cell, i < last || closing ? layout.cellWidths?.[i] : undefined);
  });
  return trimSpaces(closing ? `${text} |` : text);
}

/** Cells written after a row's last cell (a fix completing a short row, a value typed past its end): ` | a | b`. */
export function appendedCells(cells: readonly string[]): string {
  return cells.map((cell) => SEPARATOR + cell).join('');
}

/**
 * What replaces a cell's written text (`cell.start`–`cell.end`) to hold `value`. A blank slot (`||`,
 * `|   |`) keeps the author's spacing around the value: `| 0 |`; anything else is replaced by the value.
 */
export function filledCell(written: string, value: string): string {
  if (written.trim() !== '') return value;
  if (written.length === 0) return ` ${value} `;
  return ` ${value}${' '.repeat(Math.max(1, written.length - 1 - value.length))}`;
}

/** `信息内容 | column | …`: the column header line of a caption of table 二. */
export function columnHeaderLine(columns: readonly string[]): string {
  return rowLine(COLUMN_HEADER_LABEL, columns);
}

/** `# 一、总体情况`: a section heading. */
export function headingLine(heading: string): string {
  return `# ${heading}`;
}

/** `## 第二十条第（一）项`: a caption of table 二 (or a sub-heading of a prose section). */
export function captionLine(caption: string): string {
  return `## ${caption}`;
}

/** `年度：2024`: a header field, with the full-width colon the formatter writes. */
export function headerLine(key: string, value: string): string {
  return `${key}：${value}`;
}

/** `%% text`: a comment line, never part of the report. */
export function commentLine(text: string): string {
  return `%% ${text}`;
}

/** Literal text inside a VS Code snippet: `$`, `}` and `\` escaped. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** A snippet tab stop `${n:default}` (the default escaped), or `${n}` without one. */
export function tabStop(n: number, text?: string): string {
  return text === undefined ? `\${${n}}` : `\${${n}:${snippetText(text)}}`;
}

export interface SubTableTextOptions {
  /** A data cell's text as written; `''` leaves it blank (`label | | 0`). */
  cell: (row: RowSpec, column: ColumnSpec) => string;
  /** Before the rows of a captioned sub-table (table 二): its caption, and its column header line. */
  heading?: 'caption' | 'captionAndColumns';
  /** Statutory text (labels, caption, column names) into the output's syntax: a snippet escapes it. */
  literal?: (text: string) => string;
}

/**
 * The lines of one sub-table from the format data, every statutory row in order; group rows carry no
 * numbers. Used by the skeleton (core/src/skeleton.ts), the snippets, caption completion and the missing-caption fix.
 */
export function subTableLines(subTable: SubTableSpec, options: SubTableTextOptions): string[] {
  const literal = options.literal ?? ((text: string) => text);
  const out: string[] = [];
  if (subTable.caption && options.heading) {
    out.push(literal(captionLine(subTable.caption)));
    if (options.heading === 'captionAndColumns') out.push(literal(columnHeaderLine(subTable.columns.map((c) => c.label))));
  }
  for (const row of subTable.rows) {
    if (row.kind === 'group') { out.push(literal(row.label)); continue; }
    out.push(rowLine(literal(row.label), subTable.columns.map((column) => options.cell(row, column)), { compactBlanks: true }));
  }
  return out;
}

function pad(text: string, width: number | undefined): string {
  return width === undefined ? text : text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Trailing spaces off, in linear time (`/ +$/` backtracks over every run of spaces: issue 14 F4). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
}

import { FORMATS, versionForYear, type FormatVersion, type SubTableSpec, type TableId } from '../formats';
import { toHalfWidth } from '../text/normalize';
import { LineIndex } from '../text/positions';
import type { SyntaxError } from '../syntax/parser';
import { SPACE_CLASS } from '../syntax/tokens';
import { readLines, type LineRead } from './lines';
import { cellOf, countCellAt, declaredUnitOf, readCell, type ColumnUnit } from './cells';
import { COLUMN_HEADER, resolveCaption, resolveRowLabel, resolveSection, versionEvidence } from './labels';
import type { AnalysisMemo } from '../memo';
import type {
  BodyItem, CaptionNode, Cell, ColumnHeaderNode, FormatBasis, HeaderField, HeaderKey, ProseNode, ReportModel,
  SectionNode, Span, TableNode, TextSpan,
} from './types';

export const HEADER_LINE = new RegExp(`^${SPACE_CLASS}*(标题|名称|报告标题|机关|发布机关|单位|报告单位|机关名称|年度|报告年度|格式|格式版本|发布日期)${SPACE_CLASS}*[:：]${SPACE_CLASS}*(.*?)${SPACE_CLASS}*$`);
export const HEADER_ALIASES: Record<string, HeaderKey> = {
  标题: '标题', 名称: '标题', 报告标题: '标题', 机关: '机关', 发布机关: '机关', 单位: '机关', 报告单位: '机关', 机关名称: '机关',
  年度: '年度', 报告年度: '年度', 格式: '格式', 格式版本: '格式', 发布日期: '发布日期',
};

/**
 * Parse text into the typed report model. Never throws on any input. `memo`: lines whose text and
 * context did not change since the previous analysis are neither scanned, parsed nor read again
 * (lines.ts); the model is the same with or without it.
 */
export function buildModel(text: string, memo?: AnalysisMemo): ReportModel {
  const memoized = memo !== undefined;
  const { starts, reads } = readLines(text, memo?.stage<LineRead>('model.lines'));
  const index = new LineIndex(text, starts);
  const count = reads.length;
  let firstSection = count;
  const comments: Span[] = [];
  const errors: SyntaxError[] = [];
  for (let i = 0; i < count; i++) {
    const read = reads[i];
    if (read.kind === 'section' && firstSection === count) firstSection = i;
    else if (read.kind === 'comment') comments.push({ start: starts[i] + read.start, end: starts[i] + read.end });
    if (read.errors) for (const error of read.errors) errors.push({ ...error, start: starts[i] + error.start, end: starts[i] + error.end });
  }

  const { header, preamble } = readHead(text, starts, reads, firstSection);
  const year = readYear(header);
  const declaredVersion = readDeclaredVersion(header);
  let version: FormatVersion;
  let formatBasis: FormatBasis;
  if (declaredVersion) { version = declaredVersion; formatBasis = 'declared'; }
  else if (year !== undefined && year >= 2019) { version = versionForYear(year); formatBasis = 'year'; }
  else {
    const guessed = guessVersion(text, starts, reads, firstSection);
    version = guessed ?? '2021';
    formatBasis = guessed ? 'content' : 'default';
  }
  const format = FORMATS[version];

  const tables: Record<TableId, TableNode> = {
    table2: emptyTable('table2'), table3: emptyTable('table3'), table4: emptyTable('table4'),
  };
  const sections: SectionNode[] = [];
  let section: SectionNode | undefined;
  let caption: CaptionNode | undefined;
  /** The column header line written under the current caption, if any: it declares units and decimals. */
  let columnHeader: ColumnHeaderNode | undefined;
  for (let lineNumber = firstSection; lineNumber < count; lineNumber++) {
    const read = reads[lineNumber];
    if (read.kind === undefined) continue;
    const base = starts[lineNumber];
    const start = base + read.start;
    const end = base + read.end;
    if (read.kind === 'section') {
      const title = trimmedSpan(text, 0, base + read.markerEnd, end);
      const { spec, match } = resolveSection(title.text, format.sections);
      section = { start, end, heading: { start, end, title, line: lineNumber }, spec, match, items: [] };
      sections.push(section);
      caption = undefined;
      columnHeader = undefined;
      continue;
    }
    if (!section || read.kind === 'blank' || read.kind === 'comment') {
      if (section) section.end = Math.max(section.end, end);
      continue;
    }
    section.end = end;
    const tableId = section.spec?.kind === 'table' ? section.spec.table : undefined;
    // The item the line gave last time, if the memo keeps it and its context is the same.
    const context = memoized ? contextOf(read.kind, tableId, version) : '';
    const unit = memoized && tableId && read.kind !== 'caption' ? columnHeader?.declaredUnit : undefined;
    let item = memoized ? reuse(read, start, lineNumber, context, unit, caption) : undefined;
    if (!item) {
      // Built from the line's own copy when the memo keeps it (lines.ts), else from the document.
      const source = read.own ?? text;
      const offset = read.own === undefined ? 0 : base;
      if (read.kind === 'caption') {
        const title = trimmedSpan(source, offset, base + read.markerEnd, end);
        item = tableId === 'table2'
          ? { kind: 'caption', start, end, line: lineNumber, title, ...resolveCaption(title.text, version) }
          : { kind: 'subheading', start, end, line: lineNumber, title };
      } else if (!tableId) {
        item = { kind: 'prose', start, end, line: lineNumber, text: source.slice(start - offset, end - offset) };
      } else {
        item = readTableLine(source, offset, start, end, lineNumber, tableId, version, caption, columnHeader);
      }
      if (memoized) remember(read, item, start, lineNumber, context, unit);
    }
    section.items.push(item);
    if (item.kind === 'caption') {
      caption = item;
      columnHeader = undefined;
      tables.table2.captions.push(caption);
    } else if (item.kind === 'row') {
      const table = tables[item.table];
      table.all.push(item);
      if (item.resolution.status === 'ok' && !table.rows.has(item.resolution.row.id)) table.rows.set(item.resolution.row.id, item);
    } else if (item.kind === 'columns') {
      tables[tableId!].columnHeaders.push(item);
      columnHeader = item;
    }
  }

  return {
    text, index, header, year, format, formatBasis, declaredVersion, preamble, sections, tables, comments, syntaxErrors: errors,
  };
}

/** What a body line's item is read in, besides its text (the declared unit and the caption are checked apart). */
function contextOf(kind: LineRead['kind'], tableId: TableId | undefined, version: FormatVersion): string {
  // Chosen by comparison: an object keyed by '2019'/'2021' (array-index-like keys) is a dictionary lookup in V8.
  if (kind === 'caption') return tableId !== 'table2' ? 'subheading' : version === '2019' ? 'caption 2019' : 'caption 2021';
  if (!tableId) return 'prose';
  return version === '2019' ? TABLE_CONTEXT_2019[tableId] : TABLE_CONTEXT_2021[tableId];
}
const TABLE_CONTEXT_2019: Record<TableId, string> = { table2: 'table2 2019', table3: 'table3 2019', table4: 'table4 2019' };
const TABLE_CONTEXT_2021: Record<TableId, string> = { table2: 'table2 2021', table3: 'table3 2021', table4: 'table4 2021' };

type DeclaredUnit = ColumnHeaderNode['declaredUnit'];

/** The item the line gave last time, if its context is the same: as is where it has not moved, else shifted. */
function reuse(
  read: LineRead, start: number, line: number, context: string, unit: DeclaredUnit, caption: CaptionNode | undefined,
): BodyItem | undefined {
  const built = read.built;
  if (built === undefined || built.context !== context || built.unitColumn !== (unit?.columnIndex ?? -1) || built.unit !== (unit?.unit ?? '')) return undefined;
  const item = built.item;
  const sameCaption = item.kind === 'row' || item.kind === 'columns' ? item.caption === caption : true;
  if (built.start === start && built.line === line && sameCaption) return item;
  const moved = shifted(item, start - built.start, line - built.line, caption);
  remember(read, moved, start, line, context, unit);
  return moved;
}

function remember(read: LineRead, item: BodyItem, start: number, line: number, context: string, unit: DeclaredUnit): void {
  const unitColumn = unit?.columnIndex ?? -1;
  const unitName = unit?.unit ?? '';
  const built = read.built;
  if (built === undefined) { read.built = { item, start, line, context, unitColumn, unit: unitName }; return; }
  built.item = item;
  built.start = start;
  built.line = line;
  built.context = context;
  built.unitColumn = unitColumn;
  built.unit = unitName;
}

/** A copy of `item` `by` characters and `lines` lines further, under `caption` (rows and column headers). */
function shifted(item: BodyItem, by: number, lines: number, caption: CaptionNode | undefined): BodyItem {
  const start = item.start + by;
  const end = item.end + by;
  const line = item.line + lines;
  switch (item.kind) {
    case 'prose': case 'note': return { ...item, start, end, line };
    case 'subheading': case 'caption': return { ...item, start, end, line, title: shiftSpan(item.title, by) };
    case 'columns': return { ...item, start, end, line, cells: by === 0 ? item.cells : item.cells.map((c) => shiftSpan(c, by)), caption };
    case 'row': return {
      ...item, start, end, line, contentEnd: item.contentEnd + by, caption,
      label: shiftSpan(item.label, by),
      cells: by === 0 ? item.cells : item.cells.map((c) => ({ ...c, start: c.start + by, end: c.end + by, pipeOffset: c.pipeOffset + by })),
    };
  }
}

function shiftSpan(span: TextSpan, by: number): TextSpan {
  return by === 0 ? span : { start: span.start + by, end: span.end + by, text: span.text };
}

function emptyTable(id: TableId): TableNode {
  return { id, rows: new Map(), all: [], captions: [], columnHeaders: [] };
}

/** [start, end) of `source` (which starts at document offset `offset`) without the spaces String.trim removes. */
function trimmedSpan(source: string, offset: number, start: number, end: number): TextSpan {
  let from = start;
  while (from < end && isTrimSpace(source.charCodeAt(from - offset))) from++;
  let to = end;
  while (to > from && isTrimSpace(source.charCodeAt(to - 1 - offset))) to--;
  return { start: from, end: to, text: from === to ? '' : source.slice(from - offset, to - offset) };
}

/** What String.prototype.trim removes: WhiteSpace and LineTerminator (ECMA-262). */
function isTrimSpace(c: number): boolean {
  // Printable ASCII and CJK (nearly every character) first: one or two comparisons, not twelve.
  if (c > 0x20 && (c < 0xa0 || (c > 0x3000 && c !== 0xfeff))) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The lines before the first section: header fields (标题：…), then the preamble. */
function readHead(text: string, starts: number[], reads: LineRead[], firstSection: number): { header: HeaderField[]; preamble: ProseNode[] } {
  const header: HeaderField[] = [];
  const preamble: ProseNode[] = [];
  let inHeader = true;
  for (let lineNumber = 0; lineNumber < firstSection; lineNumber++) {
    const read = reads[lineNumber];
    if (read.kind === undefined || read.kind === 'blank' || read.kind === 'comment') continue;
    const line = { start: starts[lineNumber] + read.start, end: starts[lineNumber] + read.end };
    const raw = text.slice(line.start, line.end);
    const match = inHeader ? HEADER_LINE.exec(raw) : null;
    if (match) {
      const keyStart = line.start + raw.indexOf(match[1]);
      const valueText = match[2];
      const valueStart = valueText ? line.start + raw.lastIndexOf(valueText) : line.end;
      header.push({
        start: line.start, end: line.end, key: HEADER_ALIASES[match[1]],
        keySpan: { start: keyStart, end: keyStart + match[1].length, text: match[1] },
        value: { start: valueStart, end: valueStart + valueText.length, text: valueText },
      });
      continue;
    }
    if (raw.trim() === '') continue;
    inHeader = false;
    preamble.push({ kind: 'prose', start: line.start, end: line.end, line: lineNumber, text: raw });
  }
  return { header, preamble };
}

export function readYear(header: HeaderField[]): number | undefined {
  const field = header.find((f) => f.key === '年度');
  if (!field) return undefined;
  const match = /^(\d{4})\s*年?(?:度)?$/.exec(toHalfWidth(field.value.text).trim());
  return match ? Number(match[1]) : undefined;
}

export function readDeclaredVersion(header: HeaderField[]): FormatVersion | undefined {
  const field = header.find((f) => f.key === '格式');
  if (!field) return undefined;
  const value = toHalfWidth(field.value.text);
  const has2019 = /2019/.test(value);
  const has2021 = /2021/.test(value);
  if (has2019 === has2021) return undefined;
  return has2019 ? '2019' : '2021';
}

/** Without 年度 or 格式: the row and caption labels that exist in only one version decide. */
function guessVersion(text: string, starts: number[], reads: LineRead[], firstSection: number): FormatVersion | undefined {
  const votes = { '2019': 0, '2021': 0 };
  for (let i = firstSection; i < reads.length; i++) {
    const line = reads[i];
    if (line.kind !== 'content' && line.kind !== 'caption') continue;
    const first = text.slice(starts[i] + (line.kind === 'caption' ? line.markerEnd : line.start), starts[i] + line.end).split(/[|｜]/)[0];
    if (line.kind === 'caption') {
      if (/第\s*[（(]?\s*九\s*[）)]?\s*项/.test(first)) votes['2019'] += 1;
      continue;
    }
    for (const table of ['table2', 'table3'] as const) {
      const evidence = versionEvidence(first, table);
      if (evidence) votes[evidence] += 1;
    }
  }
  if (votes['2019'] === votes['2021']) return undefined;
  return votes['2019'] > votes['2021'] ? '2019' : '2021';
}

const DECLARED_DECIMALS = /保留\s*([0-9一二两三四五六七八九])\s*位小数/;
const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A money column's unit: the report's own header first, then the statutory label (docs/rules.md, `cell.unit`). */
function columnUnit(label: string, index: number, header: ColumnHeaderNode | undefined): ColumnUnit {
  if (header?.declaredUnit?.columnIndex === index) return header.declaredUnit.unit;
  return declaredUnitOf(label) ?? 'undeclared';
}

/**
 * The table line being read, as one pass over its characters found it (arrays shared by every line:
 * nothing keeps them; never shortened, since emptying an array frees its store): `pipeCount` pipe
 * offsets, and for each segment — before the first pipe, between pipes, after the last — its text
 * trimmed as String.trim does ([TEXT_START, TEXT_END), TEXT_START -1 when blank) and, when that text
 * is a run of at most 15 ASCII digits (a safe integer), its value (else -1).
 */
const PIPES: number[] = [];
const TEXT_START: number[] = [];
const TEXT_END: number[] = [];
const DIGITS_VALUE: number[] = [];
let pipeCount = 0;

function scanTableLine(source: string, offset: number, lineStart: number, lineEnd: number): void {
  let count = 0;
  let textStart = -1;
  let textEnd = -1;
  let value = 0;
  /** Digits of the segment's text so far; -1: not a plain run of digits. */
  let digits = 0;
  for (let i = lineStart; i < lineEnd; i++) {
    const c = source.charCodeAt(i - offset);
    if (c === 0x7c || c === 0xff5c) {
      TEXT_START[count] = textStart;
      TEXT_END[count] = textEnd;
      DIGITS_VALUE[count] = digits > 0 ? value : -1;
      PIPES[count++] = i;
      textStart = -1;
      value = 0;
      digits = 0;
      continue;
    }
    if (isTrimSpace(c)) continue;
    if (textStart < 0) textStart = i;
    else if (textEnd !== i) digits = -1; // a space inside the text
    textEnd = i + 1;
    if (digits >= 0) {
      const digit = c - 48;
      if (digit >= 0 && digit <= 9 && digits < 15) { value = value * 10 + digit; digits++; } else digits = -1;
    }
  }
  TEXT_START[count] = textStart;
  TEXT_END[count] = textEnd;
  DIGITS_VALUE[count] = digits > 0 ? value : -1;
  pipeCount = count;
}

/** A table line's pipes split it into segments: before the first pipe, between pipes, after the last. */
function segmentStart(pipes: number[], lineStart: number, k: number): number { return k === 0 ? lineStart : pipes[k - 1] + 1; }
function segmentEnd(pipes: number[], lineEnd: number, k: number): number { return k === pipeCount ? lineEnd : pipes[k]; }

/** A line of a table section: a row, a column header or a note. `source` starts at document offset `offset`. */
function readTableLine(
  source: string, offset: number, lineStart: number, lineEnd: number, lineNumber: number, tableId: TableId, version: FormatVersion,
  caption: CaptionNode | undefined, columnHeader?: ColumnHeaderNode,
): BodyItem {
  scanTableLine(source, offset, lineStart, lineEnd);
  const pipes = PIPES;
  const hasPipes = pipeCount > 0;
  // Segments first..last are read; a markdown-style leading pipe opens none: `| 规章 | 0 |`.
  const first = hasPipes && TEXT_START[0] < 0 ? 1 : 0;
  let last = pipeCount;
  // A trailing pipe closes the row, it does not open an empty cell — unless the row needs that
  // cell: `… | 4 | ` in a seven-column row whose last cell was left blank.
  const trailing = last > first && TEXT_START[last] < 0 ? last-- : -1;
  const labelEnd = segmentEnd(pipes, lineEnd, first);
  const label: TextSpan = TEXT_START[first] < 0
    ? { start: labelEnd, end: labelEnd, text: '' }
    : { start: TEXT_START[first], end: TEXT_END[first], text: source.slice(TEXT_START[first] - offset, TEXT_END[first] - offset) };

  const resolution = resolveRowLabel(label.text, tableId, version);
  if (resolution === COLUMN_HEADER) {
    const cells: TextSpan[] = [];
    for (let k = first + 1; k <= last; k++) cells.push(trimmedSpan(source, offset, segmentStart(pipes, lineStart, k), segmentEnd(pipes, lineEnd, k)));
    const header: ColumnHeaderNode = { kind: 'columns', start: lineStart, end: lineEnd, line: lineNumber, cells, caption };
    cells.forEach((cell, columnIndex) => {
      // 位小数 is CJK, which toHalfWidth leaves as it is: most headers need no regex.
      const match = cell.text.includes('位小数') ? DECLARED_DECIMALS.exec(toHalfWidth(cell.text)) : null;
      if (match) header.declaredDecimals = { columnIndex, decimals: CHINESE_DIGIT[match[1]] ?? Number(match[1]) };
      const unit = declaredUnitOf(cell.text);
      if (unit) header.declaredUnit = { columnIndex, unit };
    });
    return header;
  }

  if (!hasPipes && label.text === '') return { kind: 'note', start: lineStart, end: lineEnd, line: lineNumber, text: '' };
  if (!hasPipes && resolution.status === 'unknown' && !resolution.suggestion) {
    return { kind: 'note', start: lineStart, end: lineEnd, line: lineNumber, text: source.slice(lineStart - offset, lineEnd - offset) };
  }
  const subTable: SubTableSpec | undefined = resolution.status === 'unknown' ? undefined : resolution.subTable;
  if (trailing >= 0 && subTable && last - first + 1 === subTable.columns.length) last = trailing;
  const cells: Cell[] = [];
  for (let k = first + 1; k <= last; k++) {
    const from = pipes[k - 1] + 1;
    const to = k === pipeCount ? lineEnd : pipes[k];
    const blank = TEXT_START[k] < 0;
    const textStart = blank ? from : TEXT_START[k];
    const textEnd = blank ? from : TEXT_END[k];
    const index = k - first - 1;
    const column = subTable?.columns[index];
    // Fast path: a count cell of plain digits, what nearly every cell is, its value read by the scan.
    if (DIGITS_VALUE[k] >= 0 && column !== undefined && column.kind !== 'money') {
      cells.push(countCellAt(source, offset, textStart, textEnd, index, pipes[k - 1], DIGITS_VALUE[k]));
      continue;
    }
    const raw = textStart === textEnd ? '' : source.slice(textStart - offset, textEnd - offset);
    const reading = readCell(raw);
    const unit = column?.kind === 'money' ? columnUnit(column.label, index, columnHeader) : undefined;
    cells.push(cellOf(raw === '' ? from : textStart, raw === '' ? to : textEnd, raw, reading, index, pipes[k - 1], column, unit));
  }
  return {
    kind: 'row', table: tableId, line: lineNumber, label, resolution, cells, hasPipes, start: lineStart, end: lineEnd,
    contentEnd: hasPipes ? segmentEnd(pipes, lineEnd, last) : label.end, caption,
  };
}

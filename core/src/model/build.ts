import type { IToken } from 'chevrotain';
import { FORMATS, versionForYear, type FormatVersion, type SubTableSpec, type TableId } from '../formats';
import { labelKey, toHalfWidth } from '../text/normalize';
import { LineIndex } from '../text/positions';
import { parseLines, type LineNode } from '../syntax/parser';
import { Pipe, SPACE_CLASS } from '../syntax/tokens';
import { declaredUnitOf, interpretCell, readCell, type ColumnUnit } from './cells';
import { resolveCaption, resolveRow, resolveSection, versionEvidence } from './labels';
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

/** Parse text into the typed report model. Never throws on any input. `memo`: see memo.ts (same model with or without). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the model stage's use of the memo lands next (issue #12)
export function buildModel(text: string, memo?: AnalysisMemo): ReportModel {
  const index = new LineIndex(text);
  const { lines, errors } = parseLines(text);
  const firstSection = lines.findIndex((l) => l.kind === 'section');
  const headLines = firstSection < 0 ? lines : lines.slice(0, firstSection);
  const bodyLines = firstSection < 0 ? [] : lines.slice(firstSection);

  const comments: Span[] = lines.filter((l) => l.kind === 'comment').map((l) => ({ start: l.start, end: l.end }));
  const { header, preamble } = readHead(text, index, headLines);
  const year = readYear(header);
  const declaredVersion = readDeclaredVersion(header);
  let version: FormatVersion;
  let formatBasis: FormatBasis;
  if (declaredVersion) { version = declaredVersion; formatBasis = 'declared'; }
  else if (year !== undefined && year >= 2019) { version = versionForYear(year); formatBasis = 'year'; }
  else {
    const guessed = guessVersion(text, bodyLines);
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
  for (const line of bodyLines) {
    if (line.kind === 'section') {
      const title = titleOf(text, line.markerEnd, line.end);
      const { spec, match } = resolveSection(title.text, format.sections);
      section = {
        start: line.start, end: line.end, heading: { start: line.start, end: line.end, title, line: index.positionAt(line.start).line },
        spec, match, items: [],
      };
      sections.push(section);
      caption = undefined;
      columnHeader = undefined;
      continue;
    }
    if (!section || line.kind === 'blank' || line.kind === 'comment') {
      if (section) section.end = Math.max(section.end, line.end);
      continue;
    }
    section.end = line.end;
    const lineNumber = index.positionAt(line.start).line;
    const tableId = section.spec?.kind === 'table' ? section.spec.table : undefined;
    if (line.kind === 'caption') {
      const title = titleOf(text, line.markerEnd, line.end);
      if (tableId === 'table2') {
        const resolved = resolveCaption(title.text, version);
        caption = { kind: 'caption', start: line.start, end: line.end, line: lineNumber, title, ...resolved };
        columnHeader = undefined;
        section.items.push(caption);
        tables.table2.captions.push(caption);
      } else {
        section.items.push({ kind: 'subheading', start: line.start, end: line.end, line: lineNumber, title });
      }
      continue;
    }
    const raw = text.slice(line.start, line.end);
    if (!tableId) {
      section.items.push({ kind: 'prose', start: line.start, end: line.end, line: lineNumber, text: raw });
      continue;
    }
    const item = readTableLine(text, line as LineNode & { kind: 'content' }, lineNumber, tableId, version, caption, columnHeader);
    section.items.push(item);
    if (item.kind === 'row') {
      const table = tables[tableId];
      table.all.push(item);
      if (item.resolution.status === 'ok' && !table.rows.has(item.resolution.row.id)) table.rows.set(item.resolution.row.id, item);
    } else if (item.kind === 'columns') {
      tables[tableId].columnHeaders.push(item);
      columnHeader = item;
    }
  }

  return {
    text, index, header, year, format, formatBasis, declaredVersion, preamble, sections, tables, comments, syntaxErrors: errors,
  };
}

function emptyTable(id: TableId): TableNode {
  return { id, rows: new Map(), all: [], captions: [], columnHeaders: [] };
}

function titleOf(text: string, start: number, end: number): TextSpan {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: start + leading, end: start + leading + trimmed.length, text: trimmed };
}

function readHead(text: string, index: LineIndex, lines: LineNode[]): { header: HeaderField[]; preamble: ProseNode[] } {
  const header: HeaderField[] = [];
  const preamble: ProseNode[] = [];
  let inHeader = true;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'comment') continue;
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
    preamble.push({ kind: 'prose', start: line.start, end: line.end, line: index.positionAt(line.start).line, text: raw });
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
function guessVersion(text: string, lines: LineNode[]): FormatVersion | undefined {
  const votes = { '2019': 0, '2021': 0 };
  for (const line of lines) {
    if (line.kind !== 'content' && line.kind !== 'caption') continue;
    const first = text.slice(line.kind === 'caption' ? line.markerEnd : line.start, line.end).split(/[|｜]/)[0];
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

interface Segment { start: number; end: number; raw: string; pipeBefore?: number }

/** Split a content line into segments at its pipes; offsets kept. */
function segmentsOf(text: string, line: LineNode & { kind: 'content' }): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { start: line.start, end: line.start, raw: '' };
  for (const part of line.parts as IToken[]) {
    if (part.tokenType === Pipe) {
      segments.push(current);
      const offset = part.startOffset;
      current = { start: offset + part.image.length, end: offset + part.image.length, raw: '', pipeBefore: offset };
    } else {
      current.raw += part.image;
      current.end = part.startOffset + part.image.length;
      if (current.raw === part.image) current.start = part.startOffset;
    }
  }
  segments.push(current);
  return segments;
}

function trimmed(segment: Segment): TextSpan {
  const leading = segment.raw.length - segment.raw.trimStart().length;
  const text = segment.raw.trim();
  return { start: segment.start + leading, end: segment.start + leading + text.length, text };
}

const DECLARED_DECIMALS = /保留\s*([0-9一二两三四五六七八九])\s*位小数/;
const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A money column's unit: the report's own header first, then the statutory label (docs/rules.md, `cell.unit`). */
function columnUnit(label: string, index: number, header: ColumnHeaderNode | undefined): ColumnUnit {
  if (header?.declaredUnit?.columnIndex === index) return header.declaredUnit.unit;
  return declaredUnitOf(label) ?? 'undeclared';
}

function readTableLine(
  text: string, line: LineNode & { kind: 'content' }, lineNumber: number, tableId: TableId, version: FormatVersion,
  caption: CaptionNode | undefined, columnHeader?: ColumnHeaderNode,
): BodyItem {
  const segments = segmentsOf(text, line);
  const hasPipes = segments.length > 1;
  // Markdown-style leading pipe: `| 规章 | 0 |`.
  if (hasPipes && segments[0].raw.trim() === '') segments.shift();
  // A trailing pipe closes the row, it does not open an empty cell — unless the row needs that
  // cell: `… | 4 | ` in a seven-column row whose last cell was left blank.
  const trailing = segments.length > 1 && segments[segments.length - 1].raw.trim() === '' ? segments.pop() : undefined;
  const label = trimmed(segments[0]);
  const cellSegments = segments.slice(1);

  if (labelKey(label.text) === '信息内容') {
    const cells = cellSegments.map(trimmed);
    const header: ColumnHeaderNode = { kind: 'columns', start: line.start, end: line.end, line: lineNumber, cells, caption };
    cells.forEach((cell, columnIndex) => {
      const match = DECLARED_DECIMALS.exec(toHalfWidth(cell.text));
      if (match) header.declaredDecimals = { columnIndex, decimals: CHINESE_DIGIT[match[1]] ?? Number(match[1]) };
      const unit = declaredUnitOf(cell.text);
      if (unit) header.declaredUnit = { columnIndex, unit };
    });
    return header;
  }

  const resolution = resolveRow(label.text, tableId, version);
  if (!hasPipes && label.text === '') return { kind: 'note', start: line.start, end: line.end, line: lineNumber, text: '' };
  if (!hasPipes && resolution.status === 'unknown' && !resolution.suggestion) {
    return { kind: 'note', start: line.start, end: line.end, line: lineNumber, text: text.slice(line.start, line.end) };
  }
  const subTable: SubTableSpec | undefined = resolution.status === 'unknown' ? undefined : resolution.subTable;
  if (trailing && subTable && cellSegments.length + 1 === subTable.columns.length) cellSegments.push(trailing);
  const cells: Cell[] = cellSegments.map((segment, index) => {
    const span = trimmed(segment);
    const reading = readCell(span.text);
    const start = span.text === '' ? segment.start : span.start;
    const end = span.text === '' ? segment.end : span.end;
    const column = subTable?.columns[index];
    const unit = column?.kind === 'money' ? columnUnit(column.label, index, columnHeader) : undefined;
    return { start, end, raw: span.text, reading, index, pipeOffset: segment.pipeBefore ?? segment.start, ...interpretCell(reading, column, unit) };
  });
  const lastSegment = cellSegments[cellSegments.length - 1] ?? segments[0];
  return {
    kind: 'row', table: tableId, line: lineNumber, label, resolution, cells, hasPipes, start: line.start, end: line.end,
    contentEnd: hasPipes ? lastSegment.end : label.end, caption,
  };
}

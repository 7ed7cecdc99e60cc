import type { FormatSpec, FormatVersion, RowSpec, SectionSpec, SubTableSpec, TableId } from '../formats';
import type { LineIndex } from '../text/positions';
import type { SyntaxError } from '../syntax/parser';
import type { CellInterpretation, CellReading } from './cells';

/** A piece of source text: [start, end) offsets into the document. */
export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

export type HeaderKey = '标题' | '机关' | '年度' | '格式' | '发布日期';

export interface HeaderField extends Span {
  key: HeaderKey;
  keySpan: TextSpan;
  value: TextSpan;
}

export interface Cell extends Span, CellInterpretation {
  /** Cell text as written, trimmed. */
  raw: string;
  reading: CellReading;
  /** Position of the cell in its row, 0-based. */
  index: number;
  /** Offsets of the pipe before the cell (for edits of blank cells). */
  pipeOffset: number;
}

export type RowResolution =
  | { status: 'ok'; row: RowSpec; subTable: SubTableSpec }
  /** A statutory row of the other format version (e.g. 规范性文件 in a 2021 report). */
  | { status: 'otherVersion'; version: FormatVersion; row: RowSpec; subTable: SubTableSpec }
  /** A row of another table of this format (行政复议 in section 三). */
  | { status: 'wrongTable'; table: TableId; row: RowSpec; subTable: SubTableSpec }
  | { status: 'unknown'; suggestion?: { label: string; row: RowSpec } };

export interface RowNode extends Span {
  kind: 'row';
  table: TableId;
  line: number;
  label: TextSpan;
  resolution: RowResolution;
  cells: Cell[];
  /** The row was written with `|` (a line without pipes is a label-only row). */
  hasPipes: boolean;
  /** Offset just past the last cell or pipe: where missing cells are appended. */
  contentEnd: number;
  caption?: CaptionNode;
}

export interface CaptionNode extends Span {
  kind: 'caption';
  line: number;
  title: TextSpan;
  subTable?: SubTableSpec;
  otherVersion?: { version: FormatVersion; subTable: SubTableSpec };
}

/** `信息内容 | 本年新制作数量 | …`: a column header line written in section 二. */
export interface ColumnHeaderNode extends Span {
  kind: 'columns';
  line: number;
  cells: TextSpan[];
  caption?: CaptionNode;
  /** "保留4位小数" declared in a money column header. */
  declaredDecimals?: { columnIndex: number; decimals: number };
  /** "（单位：万元）" / "（元）" declared in a money column header (docs/rules.md, `cell.unit`). */
  declaredUnit?: { columnIndex: number; unit: '元' | '万元' };
}

export interface ProseNode extends Span { kind: 'prose'; line: number; text: string }
export interface SubHeadingNode extends Span { kind: 'subheading'; line: number; title: TextSpan }
export interface NoteNode extends Span { kind: 'note'; line: number; text: string }

export type BodyItem = ProseNode | SubHeadingNode | CaptionNode | ColumnHeaderNode | RowNode | NoteNode;

export type SectionMatch = 'exact' | 'variant' | 'numeral' | 'unknown';

export interface SectionNode extends Span {
  heading: Span & { title: TextSpan; line: number };
  spec?: SectionSpec;
  match: SectionMatch;
  items: BodyItem[];
}

export interface TableNode {
  id: TableId;
  /** First occurrence of each statutory row. */
  rows: Map<string, RowNode>;
  /** Every row written in the table's section(s), in order, including unknown ones. */
  all: RowNode[];
  captions: CaptionNode[];
  columnHeaders: ColumnHeaderNode[];
}

export type FormatBasis = 'declared' | 'year' | 'content' | 'default';

export interface ReportModel {
  text: string;
  index: LineIndex;
  header: HeaderField[];
  year?: number;
  format: FormatSpec;
  formatBasis: FormatBasis;
  declaredVersion?: FormatVersion;
  preamble: ProseNode[];
  sections: SectionNode[];
  tables: Record<TableId, TableNode>;
  comments: Span[];
  syntaxErrors: SyntaxError[];
}

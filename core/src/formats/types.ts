/**
 * The statutory formats as data. One FormatSpec per format version drives parsing,
 * validation, completion, hover, snippets and rendering.
 */
import type { RuleCode } from '../i18n/catalog';

export type FormatVersion = '2019' | '2021';
export type Locale = 'zh-cn' | 'en';
export interface Localized { 'zh-cn': string; en: string }

export type SectionIndex = 1 | 2 | 3 | 4 | 5 | 6;
export type TableId = 'table2' | 'table3' | 'table4';

export interface SectionSpec {
  index: SectionIndex;
  numeral: string; // 一 … 六
  /** Canonical heading, e.g. 一、总体情况 */
  heading: string;
  /** Title without the numeral, e.g. 总体情况 */
  title: string;
  kind: 'prose' | 'table';
  table?: TableId;
  /** Non-standard headings seen in real reports: accepted with a warning. */
  variants: string[];
  doc: Localized;
}

/** count: non-negative integer; signedCount: integer that may be negative; money: decimal 万元. */
export type ColumnKind = 'count' | 'signedCount' | 'money';

export interface ColumnSpec {
  id: string;
  /** Statutory header text. */
  label: string;
  /** Short name for inlay hints and narrow headers. */
  short: string;
  kind: ColumnKind;
  unit: '件' | '项' | '万元';
  /** The column that holds the row's total, if this table has one. */
  isTotal?: boolean;
  /** For table 三: the spanning group header (法人或其他组织). */
  group?: string;
}

export type RowKind = 'data' | 'group' | 'total';

export interface RowSpec {
  id: string;
  /** Canonical statutory label, in full. */
  label: string;
  /** Short form authors may write; also shown where space is scarce. */
  short: string;
  /** Other spellings accepted as the same row (compared by labelKey). */
  aliases: string[];
  kind: RowKind;
  /** Group row this row is listed under (table 三). */
  parent?: string;
  /** Depth in the statutory layout: 0 top-level, 1 under a group, 2 under a sub-group. */
  depth: number;
  /** For table 四: the spanning header over this row's column group (行政诉讼). */
  group?: string;
  doc: Localized;
}

export interface SubTableSpec {
  id: string;
  /** 第二十条第（一）项 for table 二; absent for tables 三 and 四. */
  caption?: string;
  /** The 项 numeral of the caption (一, 五, …). */
  item?: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  doc?: Localized;
}

export interface TableSpec {
  id: TableId;
  section: SectionIndex;
  subTables: SubTableSpec[];
  /** Statutory note cell (table 三's 勾稽 note). */
  note?: string;
  /** Spanning header over all value columns (table 三's 申请人情况). */
  columnsHeading?: string;
  /**
   * How the official form lays the table out: 'rows' (one printed row per statutory row) or
   * 'columnGroups' (table 四: every statutory row becomes a group of columns of one printed row).
   */
  layout: 'rows' | 'columnGroups';
}

export interface CellRef { row: string; column: string }

/**
 * An equation between cells: target = Σ plus − Σ minus. Rules check it only when every
 * cell is a known number; the quick fix sets target to the computed value.
 */
export interface Equation {
  code: RuleCode;
  table: TableId;
  target: CellRef;
  plus: CellRef[];
  minus: CellRef[];
  /** Only checked when the target row carries numbers (group rows). */
  onlyIfTargetWritten?: boolean;
}

/** lesser ≤ greater; a soft rule. */
export interface Inequality { code: RuleCode; table: TableId; lesser: CellRef; greater: CellRef }

export interface FormatSpec {
  version: FormatVersion;
  /** 国办公开办函〔2021〕30号 */
  notice: string;
  /** 《中华人民共和国政府信息公开工作年度报告格式》 */
  title: string;
  firstYear: number;
  lastYear?: number;
  sections: SectionSpec[];
  tables: Record<TableId, TableSpec>;
  equations: Equation[];
  inequalities: Inequality[];
}

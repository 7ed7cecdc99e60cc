import { tableName, type CellRef, type ColumnSpec, type Equation, type FormatSpec, type Locale, type RowSpec, type SubTableSpec, type TableId } from '../formats';
import { isRuleCode, RULES, type RuleCode } from '../i18n/catalog';
import { pick } from '../i18n/locale';
import { say } from '../i18n/text';

/** Shared wording of the editing features (hover, completion, inlay hints), from the format data. */

export function ruleTitle(code: string, locale: Locale): string {
  return isRuleCode(code) ? pick(RULES[code].title, locale) : code;
}

/** What an equation states, neutrally (the catalogue titles name the failure). */
const RELATIONS: Record<string, [string, string]> = {
  'table3.rowTotal': ['总计 = 自然人 + 各类法人或其他组织', 'total = natural persons + organisations'],
  'table3.resultTotal': ['（七）总计 = 各项办理结果之和', '(七) total = sum of the results'],
  'table3.balance': ['勾稽关系：第一项 + 第二项 = 第三项 + 第四项', 'balance: item 1 + item 2 = item 3 + item 4'],
  'table3.groupValue': ['分组行 = 各分项之和', 'group row = sum of its items'],
  'table4.total': ['总计 = 维持 + 纠正 + 其他 + 未结', 'total = upheld + corrected + other + pending'],
  'table2.publishedWithinTotal': ['本年新公开数量 ≤ 对外公开总数量', 'published this year ≤ total published'],
} satisfies Partial<Record<RuleCode, [string, string]>>;

export function relationName(code: string, locale: Locale): string {
  const names = RELATIONS[code];
  return names ? say(locale, ...names) : ruleTitle(code, locale);
}

const sameRef = (a: CellRef, b: CellRef) => a.row === b.row && a.column === b.column;

/** Equations in which a cell is a term (it "feeds" the target). */
export function equationsFedBy(format: FormatSpec, table: TableId, ref: CellRef): Equation[] {
  return format.equations.filter((e) => e.table === table && [...e.plus, ...e.minus].some((r) => sameRef(r, ref)));
}

/** Equations whose target is the cell (it is a total, or the balance's 结转). */
export function equationsTargeting(format: FormatSpec, table: TableId, ref: CellRef): Equation[] {
  return format.equations.filter((e) => e.table === table && sameRef(e.target, ref));
}

/** Rule codes a row takes part in, in catalogue order. */
export function rulesOfRow(format: FormatSpec, table: TableId, row: string): string[] {
  const codes = new Set<string>();
  for (const e of format.equations) {
    if (e.table === table && [e.target, ...e.plus, ...e.minus].some((r) => r.row === row)) codes.add(e.code);
  }
  for (const i of format.inequalities) if (i.table === table && (i.lesser.row === row || i.greater.row === row)) codes.add(i.code);
  return Object.keys(RULES).filter((code) => codes.has(code));
}

export function rowOf(format: FormatSpec, table: TableId, rowId: string): { row: RowSpec; subTable: SubTableSpec } | undefined {
  for (const subTable of format.tables[table].subTables) {
    const row = subTable.rows.find((r) => r.id === rowId);
    if (row) return { row, subTable };
  }
  return undefined;
}

export function cellName(format: FormatSpec, table: TableId, ref: CellRef): string {
  const found = rowOf(format, table, ref.row);
  const column = found?.subTable.columns.find((c) => c.id === ref.column);
  return `${found?.row.short ?? ref.row} · ${column?.label ?? ref.column}`;
}

export function columnList(columns: ColumnSpec[]): string {
  return columns.map((c) => c.label).join(' · ');
}

/** Markdown documentation of a statutory row: what it counts, its columns, the rules it feeds. */
export function rowDoc(format: FormatSpec, table: TableId, row: RowSpec, subTable: SubTableSpec, locale: Locale): string {
  const lines = [`**${row.label}**`, '', pick(row.doc, locale)];
  if (row.kind !== 'group') {
    const unit = [...new Set(subTable.columns.map((c) => c.unit))].join('/');
    lines.push('', `${say(locale, '列', 'Columns')}：${columnList(subTable.columns)}（${unit}）`);
  }
  const rules = rulesOfRow(format, table, row.id);
  if (rules.length > 0) lines.push('', `${say(locale, '参与检查', 'Checked by')}：${rules.map((c) => `${relationName(c, locale)} \`${c}\``).join('；')}`);
  lines.push('', `${tableName(table, locale)} · ${format.notice}`);
  return lines.join('\n');
}

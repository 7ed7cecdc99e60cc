import type { ColumnSpec } from '../formats';

/** zfxxgk.inlayHints.columnNames. `cursorRow` is `full` here: the client keeps the cursor's row only (the server never sees the cursor). */
export type ColumnNamesMode = 'compact' | 'full' | 'cursorRow' | 'off';

/** The setting as written: the older boolean means full (true) or off (false); anything unknown, the default. */
export function columnNamesMode(value: unknown): ColumnNamesMode {
  if (value === true) return 'full';
  if (value === false) return 'off';
  return value === 'full' || value === 'cursorRow' || value === 'off' || value === 'compact' ? value : 'compact';
}

/**
 * Two-character names for the columns whose short name is longer (issue 15: a table 三 row with its
 * hints must read on a 1366-pixel screen). Usual abbreviations of the statutory headers; the hint's
 * tooltip gives the full header.
 */
const COMPACT: Record<string, string> = {
  自然人: '自然', 商业企业: '商企', 科研机构: '科研', 社会公益组织: '公益', 法律服务机构: '法律',
  现行有效: '有效', 处理决定数: '决定', 收费金额: '金额', 上一年项目数: '上年', 新制作: '制作', 新公开: '公开',
  公开总数: '总数', 采购项目数: '项目', 采购金额: '金额', '增/减': '增减',
};

export function compactName(column: ColumnSpec): string {
  return COMPACT[column.short] ?? column.short;
}

/** The hint's text before a number, or undefined when names are off. */
export function columnHintLabel(column: ColumnSpec, mode: ColumnNamesMode): string | undefined {
  if (mode === 'off') return undefined;
  return `${mode === 'compact' ? compactName(column) : column.short}:`;
}

/** The full statutory header, shown as the hint's tooltip. */
export function columnTitle(column: ColumnSpec): string {
  return `${column.group ? `${column.group} · ` : ''}${column.label}（${column.unit}）`;
}

import type { Localized, SubTableSpec, TableId } from '../formats';
import { localized } from '../i18n/text';
import { labelKey } from '../text/normalize';
import type { GridRow } from './grid';
import type { ImportedRow, Token } from './types';

/** The rows placement writes besides statutory ones (unknown, unplaced), and what they share. */

export const ORPHAN_LABEL = '（导入：未能对应到行的数字）';

/** The statutory column a header names (its label or short form, at the end of a two-level header). */
export function columnOf(header: string | undefined, subTable: SubTableSpec): number | undefined {
  const key = header ? labelKey(header) : '';
  if (key === '') return undefined;
  let best: { index: number; length: number } | undefined;
  subTable.columns.forEach((column, index) => {
    for (const spelling of [column.label, column.short]) {
      const k = labelKey(spelling);
      if (k !== '' && key.endsWith(k) && (!best || k.length > best.length)) best = { index, length: k.length };
    }
  });
  return best?.index;
}

/** Numbers with no cell to go to: written as a %% comment where they were, and reported. */
export function unplacedRow(table: TableId, item: string | undefined, source: string, values: Token[]): ImportedRow {
  return { table, item, source, cells: values.map((v) => v.text), status: 'unplaced' };
}

export function appendNote(row: ImportedRow, note: Localized): void {
  row.note = row.note ? localized(`${row.note['zh-cn']}；${note['zh-cn']}`, `${row.note.en}; ${note.en}`) : note;
  if (row.status === 'exact') row.status = 'guess';
}

export function unknownRow(label: GridRow, table: TableId, withValues: boolean): ImportedRow {
  return { table, item: label.item, source: label.orphan ? ORPHAN_LABEL : label.text, cells: withValues ? label.values.map((v) => v.text) : [], status: 'unknown' };
}

import { FORMATS, type FormatVersion, type RowSpec, type SubTableSpec, type TableId } from '../formats';
import { editDistance, labelKey, toHalfWidth } from '../text/normalize';

/** Row lookups for import: every spelling of every row of a table, both format versions. */
export interface RowEntry { row: RowSpec; subTable: SubTableSpec; version: FormatVersion; key: string; enumerator?: string }

const ENUMERATOR = /^\s*([（(]\s*[一二三四五六七八九十]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))/;

/** The leading enumerator, normalised: （三） (3) → (三); 1、 1． → 1.; 三、 → 三、 */
export function enumeratorOf(text: string): string | undefined {
  const match = ENUMERATOR.exec(toHalfWidth(text));
  if (!match) return undefined;
  const e = match[1].replace(/\s+/g, '');
  if (/^\(/.test(e)) return e;
  if (/^\d/.test(e)) return e.replace(/[、.．]$/, '.');
  return e.replace(/[、.．]$/, '、');
}

const CACHE = new Map<TableId, RowEntry[]>();

export function rowEntries(table: TableId): RowEntry[] {
  let entries = CACHE.get(table);
  if (entries) return entries;
  entries = [];
  for (const version of ['2019', '2021'] as const) {
    for (const subTable of FORMATS[version].tables[table].subTables) {
      for (const row of subTable.rows) {
        const enumerator = enumeratorOf(row.label);
        for (const spelling of new Set([row.label, row.short, ...row.aliases])) {
          entries.push({ row, subTable, version, key: labelKey(spelling), enumerator });
        }
      }
    }
  }
  CACHE.set(table, entries);
  return entries;
}

const BY_KEY = new Map<TableId, Map<string, RowEntry[]>>();

/** The entries by their key, so that an exact lookup costs one map access, not a scan of every spelling. */
function entriesByKey(table: TableId): Map<string, RowEntry[]> {
  let byKey = BY_KEY.get(table);
  if (byKey) return byKey;
  byKey = new Map();
  for (const entry of rowEntries(table)) {
    const list = byKey.get(entry.key);
    if (list) list.push(entry); else byKey.set(entry.key, [entry]);
  }
  BY_KEY.set(table, byKey);
  return byKey;
}

function prefer(entries: RowEntry[], version: FormatVersion): RowEntry | undefined {
  return entries.find((e) => e.version === version) ?? entries[0];
}

/** Exact match by labelKey (enumerators, spaces, punctuation and width ignored). */
export function exactRow(text: string, table: TableId, version: FormatVersion): RowEntry | undefined {
  const key = labelKey(text);
  if (key === '') return undefined;
  const enumerator = enumeratorOf(text);
  const matches = entriesByKey(table).get(key) ?? [];
  // "3.其他" under （六） and the column 其他: the enumerator, when written, must agree.
  const agreeing = matches.filter((e) => !enumerator || !e.enumerator || e.enumerator === enumerator);
  return prefer(agreeing.length > 0 ? agreeing : matches, version);
}

const COLUMN_KEYS = new Map<TableId, Set<string>>();

function columnKeys(table: TableId): Set<string> {
  let keys = COLUMN_KEYS.get(table);
  if (keys) return keys;
  keys = new Set<string>();
  for (const format of Object.values(FORMATS)) {
    for (const subTable of format.tables[table].subTables) for (const c of subTable.columns) for (const k of [c.label, c.short]) keys.add(labelKey(k));
  }
  keys.delete('');
  COLUMN_KEYS.set(table, keys);
  return keys;
}

/** A column name of the table (总计, 结果维持, 制发); 其他 and 总计 with an enumerator (3.其他, （七）总计) are rows. */
export function isColumnName(text: string, table: TableId): boolean {
  return columnKeys(table).has(labelKey(text)) && enumeratorOf(text) === undefined;
}

/** A spelling of a row of the table that is no column name. */
export function isRowName(text: string, table: TableId): boolean {
  return !isColumnName(text, table) && exactRow(text, table, '2021') !== undefined;
}

/** The text could still grow into a label of this table (a label wrapped over lines). */
export function couldGrow(text: string, table: TableId): boolean {
  const key = labelKey(text);
  const enumerator = enumeratorOf(text);
  return rowEntries(table).some((e) => e.key.startsWith(key) && (!enumerator || !e.enumerator || e.enumerator === enumerator));
}

/** A label start that names a group row (（三）不予公开, 三、本年度办理结果), possibly cut short. */
export function isGroupStart(text: string, table: TableId, version: FormatVersion): boolean {
  const enumerator = enumeratorOf(text);
  if (!enumerator) return false;
  const key = labelKey(text);
  const candidates = rowEntries(table).filter((e) => e.version === version && e.enumerator === enumerator && e.key.startsWith(key));
  return candidates.length > 0 && candidates.every((e) => e.row.kind === 'group');
}

/** Best guess for a label that matches no spelling exactly: cut short, run on, or misspelt. */
export function guessRow(text: string, table: TableId, version: FormatVersion): RowEntry | undefined {
  const key = labelKey(text);
  if (key.length < 2) return undefined;
  const enumerator = enumeratorOf(text);
  let best: { score: number; entry: RowEntry } | undefined;
  for (const entry of rowEntries(table)) {
    if (entry.row.kind === 'group' || (enumerator && entry.enumerator && entry.enumerator !== enumerator)) continue;
    let score: number | undefined;
    if (entry.key.startsWith(key) && key.length >= Math.max(2, entry.key.length * 0.5)) score = entry.key.length - key.length;
    else if (key.startsWith(entry.key) && entry.key.length >= 4) score = key.length - entry.key.length;
    else {
      const limit = Math.max(1, Math.floor(entry.key.length / 4));
      const distance = editDistance(key, entry.key, limit);
      if (distance <= limit) score = distance;
    }
    if (score === undefined) continue;
    if (entry.version !== version) score += 0.5;
    if (!best || score < best.score) best = { score, entry };
  }
  return best?.entry;
}

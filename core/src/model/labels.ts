import { allRows, FORMATS, otherVersion, type FormatSpec, type FormatVersion, type RowSpec, type SectionSpec, type SubTableSpec, type TableId } from '../formats';
import { editDistance, headingKey, labelKey, toHalfWidth } from '../text/normalize';
import type { RowResolution, SectionMatch } from './types';

/** `ok`: the resolution of the row in its own table, built once (resolutions are never changed). */
interface RowEntry { table: TableId; row: RowSpec; subTable: SubTableSpec; ok: RowResolution }

/** Label lookups of one format version, built once. */
class LabelIndex {
  readonly rows = new Map<string, RowEntry[]>();
  readonly captions = new Map<string, SubTableSpec>();
  /** `resolveRowLabel`'s answers by label as written, per table: bounded like normalize.ts's key memo. */
  readonly written: Record<TableId, Map<string, RowResolution | typeof COLUMN_HEADER>> = { table2: new Map(), table3: new Map(), table4: new Map() };

  constructor(readonly format: FormatSpec) {
    for (const { table, subTable, row } of allRows(format)) {
      for (const spelling of [row.label, row.short, ...row.aliases]) {
        const key = labelKey(spelling);
        const entries = this.rows.get(key) ?? [];
        if (!entries.some((e) => e.row === row && e.table === table)) entries.push({ table, row, subTable, ok: { status: 'ok', row, subTable } });
        this.rows.set(key, entries);
      }
      if (subTable.caption) this.captions.set(captionKey(subTable.caption), subTable);
    }
  }
}

const INDEXES: Record<FormatVersion, LabelIndex> = { '2019': new LabelIndex(FORMATS['2019']), '2021': new LabelIndex(FORMATS['2021']) };

export function captionKey(text: string): string {
  return headingKey(text).replace(/^第二十条/, '第二十条');
}

/** What `resolveRowLabel` answers for `信息内容 | …`, the column header line of table 二. */
export const COLUMN_HEADER = 'columns';
const COLUMN_HEADER_KEY = '信息内容';
const WRITTEN_LIMIT = 4096;
const WRITTEN_MAX_LENGTH = 80;

/**
 * A table line's label as written, resolved in the section of `table` (`resolveRowKey` of its key),
 * or COLUMN_HEADER. Labels repeat in every report and on every keystroke: the answer is kept by the
 * label's text, one lookup instead of a key's and a resolution's. Resolutions are never changed,
 * so rows may share one.
 */
export function resolveRowLabel(label: string, table: TableId, version: FormatVersion): RowResolution | typeof COLUMN_HEADER {
  if (label.length > WRITTEN_MAX_LENGTH) return resolveLabelKey(labelKey(label), table, version);
  const written = indexOf(version).written[table];
  let answer = written.get(label);
  if (answer === undefined) {
    if (written.size >= WRITTEN_LIMIT) written.clear();
    answer = resolveLabelKey(labelKey(label), table, version);
    written.set(label, answer);
  }
  return answer;
}

function resolveLabelKey(key: string, table: TableId, version: FormatVersion): RowResolution | typeof COLUMN_HEADER {
  return key === COLUMN_HEADER_KEY ? COLUMN_HEADER : resolveRowKey(key, table, version);
}

/** INDEXES[version] without a lookup by a numeric-looking key (a dictionary lookup in V8). */
function indexOf(version: FormatVersion): LabelIndex {
  return version === '2019' ? INDEXES['2019'] : INDEXES['2021'];
}

/** Resolve a row label written in the section of `table`, by its key (`labelKey` of the label as written). */
export function resolveRowKey(key: string, table: TableId, version: FormatVersion): RowResolution {
  if (key === '') return { status: 'unknown' };
  const own = INDEXES[version].rows.get(key);
  const inTable = own?.find((e) => e.table === table);
  if (inTable) return inTable.ok;
  const other = INDEXES[otherVersion(version)].rows.get(key)?.find((e) => e.table === table);
  if (other) return { status: 'otherVersion', version: otherVersion(version), row: other.row, subTable: other.subTable };
  if (own && own.length > 0) return { status: 'wrongTable', table: own[0].table, row: own[0].row, subTable: own[0].subTable };
  return { status: 'unknown', suggestion: suggestRow(key, table, version) };
}

function suggestRow(key: string, table: TableId, version: FormatVersion): { label: string; row: RowSpec } | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: { distance: number; row: RowSpec } | undefined;
  for (const [candidate, entries] of INDEXES[version].rows) {
    const entry = entries.find((e) => e.table === table);
    if (!entry) continue;
    // A label cut short or run on ("予以公开情况") is also a likely intent.
    const distance = candidate.length >= 2 && (key.startsWith(candidate) || candidate.startsWith(key))
      ? Math.abs(candidate.length - key.length)
      : editDistance(key, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { distance, row: entry.row };
  }
  return best && { label: best.row.label, row: best.row };
}

export interface CaptionResolution { subTable?: SubTableSpec; otherVersion?: { version: FormatVersion; subTable: SubTableSpec } }

export function resolveCaption(title: string, version: FormatVersion): CaptionResolution {
  const key = captionKey(title);
  const own = INDEXES[version].captions.get(key);
  if (own) return { subTable: own };
  const other = INDEXES[otherVersion(version)].captions.get(key);
  if (other) return { otherVersion: { version: otherVersion(version), subTable: other } };
  return {};
}

const NUMERAL_PREFIX = /^\s*([一二三四五六七八九十]+)\s*[、.．]/;

/** The comparison keys of a section's heading, title and variants, computed once per spec. */
interface SectionKeys { heading: string; title: string; variants: Array<{ heading: string; label: string }> }
const SECTION_KEYS = new WeakMap<SectionSpec, SectionKeys>();
function sectionKeys(spec: SectionSpec): SectionKeys {
  let keys = SECTION_KEYS.get(spec);
  if (!keys) {
    const variants = spec.variants.map((v) => ({ heading: headingKey(v), label: labelKey(v) }));
    keys = { heading: headingKey(spec.heading), title: labelKey(spec.title), variants };
    SECTION_KEYS.set(spec, keys);
  }
  return keys;
}

export function resolveSection(title: string, sections: SectionSpec[]): { spec?: SectionSpec; match: SectionMatch } {
  const key = headingKey(title);
  const bare = labelKey(title);
  for (const spec of sections) {
    const keys = sectionKeys(spec);
    if (key === keys.heading || bare === keys.title) return { spec, match: 'exact' };
  }
  for (const spec of sections) {
    if (sectionKeys(spec).variants.some((v) => key === v.heading || bare === v.label)) return { spec, match: 'variant' };
  }
  const numeral = NUMERAL_PREFIX.exec(toHalfWidth(title));
  if (numeral) {
    const spec = sections.find((s) => s.numeral === numeral[1]);
    if (spec) return { spec, match: 'numeral' };
  }
  return { match: 'unknown' };
}

/** Which format version a row label belongs to, if only one: evidence for guessing the version. */
export function versionEvidence(label: string, table: TableId): FormatVersion | undefined {
  const key = labelKey(label);
  const in2019 = INDEXES['2019'].rows.get(key)?.some((e) => e.table === table) ?? false;
  const in2021 = INDEXES['2021'].rows.get(key)?.some((e) => e.table === table) ?? false;
  if (in2019 && !in2021) return '2019';
  if (in2021 && !in2019) return '2021';
  return undefined;
}

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
  readonly written: Record<TableId, Map<string, WrittenLabel>> = { table2: new Map(), table3: new Map(), table4: new Map() };

  constructor(readonly format: FormatSpec) {
    for (const { table, subTable, row } of allRows(format)) {
      for (const spelling of [row.label, row.short, ...row.aliases]) {
        const key = labelKey(spelling);
        const entries = this.rows.get(key) ?? [];
        if (!entries.some((e) => e.row === row && e.table === table)) entries.push({ table, row, subTable, ok: Object.freeze({ status: 'ok', row, subTable } as const) });
        this.rows.set(key, entries);
      }
      if (subTable.caption) this.captions.set(captionKey(subTable.caption), subTable);
    }
  }
}

/** One per version, in variables: an object keyed by '2019'/'2021' (array-index-like keys) is a dictionary lookup in V8. */
const INDEX_2019 = new LabelIndex(FORMATS['2019']);
const INDEX_2021 = new LabelIndex(FORMATS['2021']);

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
  // Rows come in the order they came last time, mostly: the label that followed the previous one is
  // tried first, by a comparison (a Map lookup hashes the fresh label string).
  const expected = previousLabel?.next;
  let entry: WrittenLabel | undefined;
  if (expected !== undefined && expected.text === label && expected.table === table && expected.version === version) entry = expected;
  else {
    const written = indexOf(version).written[table];
    entry = written.get(label);
    if (entry === undefined) {
      // Full: cleared, and the chain of followers cut, so that the old entries are dropped.
      if (written.size >= WRITTEN_LIMIT) { written.clear(); previousLabel = undefined; }
      // Kept as a flat copy: a slice of the document would keep the whole document alive.
      const text = (' ' + label).slice(1);
      // Frozen: rows and reports share it (strict mode throws on a change instead of leaking it).
      entry = { text, table, version, answer: freeze(resolveLabelKey(labelKey(text), table, version)), next: undefined };
      written.set(text, entry);
    }
  }
  if (previousLabel !== undefined) previousLabel.next = entry;
  previousLabel = entry;
  return entry.answer;
}

/** A label as written and its answer, with the label that followed it last time. */
interface WrittenLabel {
  text: string;
  table: TableId;
  version: FormatVersion;
  answer: RowResolution | typeof COLUMN_HEADER;
  next: WrittenLabel | undefined;
}
let previousLabel: WrittenLabel | undefined;

function freeze<T>(answer: T): T {
  if (typeof answer === 'object' && answer !== null) {
    Object.freeze(answer);
    const suggestion = (answer as { suggestion?: object }).suggestion;
    if (suggestion) Object.freeze(suggestion);
  }
  return answer;
}

function resolveLabelKey(key: string, table: TableId, version: FormatVersion): RowResolution | typeof COLUMN_HEADER {
  return key === COLUMN_HEADER_KEY ? COLUMN_HEADER : resolveRowKey(key, table, version);
}

function indexOf(version: FormatVersion): LabelIndex {
  return version === '2019' ? INDEX_2019 : INDEX_2021;
}

/** Resolve a row label written in the section of `table`, by its key (`labelKey` of the label as written). */
export function resolveRowKey(key: string, table: TableId, version: FormatVersion): RowResolution {
  if (key === '') return { status: 'unknown' };
  const own = indexOf(version).rows.get(key);
  const inTable = own?.find((e) => e.table === table);
  if (inTable) return inTable.ok;
  const other = indexOf(otherVersion(version)).rows.get(key)?.find((e) => e.table === table);
  if (other) return { status: 'otherVersion', version: otherVersion(version), row: other.row, subTable: other.subTable };
  if (own && own.length > 0) return { status: 'wrongTable', table: own[0].table, row: own[0].row, subTable: own[0].subTable };
  return { status: 'unknown', suggestion: suggestRow(key, table, version) };
}

function suggestRow(key: string, table: TableId, version: FormatVersion): { label: string; row: RowSpec } | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: { distance: number; row: RowSpec } | undefined;
  for (const [candidate, entries] of indexOf(version).rows) {
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

/** Caption titles as written, resolved (the answers are never changed: callers copy their fields). */
const CAPTIONS_2019 = new Map<string, CaptionResolution>();
const CAPTIONS_2021 = new Map<string, CaptionResolution>();

export function resolveCaption(title: string, version: FormatVersion): CaptionResolution {
  if (title.length > WRITTEN_MAX_LENGTH) return resolveCaptionKey(captionKey(title), version);
  const cache = version === '2019' ? CAPTIONS_2019 : CAPTIONS_2021;
  let answer = cache.get(title);
  if (answer === undefined) {
    if (cache.size >= WRITTEN_LIMIT) cache.clear();
    answer = resolveCaptionKey(captionKey(title), version);
    cache.set(title, answer);
  }
  return answer;
}

function resolveCaptionKey(key: string, version: FormatVersion): CaptionResolution {
  const own = indexOf(version).captions.get(key);
  if (own) return { subTable: own };
  const other = indexOf(otherVersion(version)).captions.get(key);
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

export interface SectionResolution { spec?: SectionSpec; match: SectionMatch }

/** Section titles as written, resolved, per list of sections (the answers are never changed: callers copy their fields). */
const SECTIONS = new WeakMap<SectionSpec[], Map<string, SectionResolution>>();

export function resolveSection(title: string, sections: SectionSpec[]): SectionResolution {
  if (title.length > WRITTEN_MAX_LENGTH) return resolveSectionTitle(title, sections);
  let cache = SECTIONS.get(sections);
  if (!cache) { cache = new Map(); SECTIONS.set(sections, cache); }
  let answer = cache.get(title);
  if (answer === undefined) {
    if (cache.size >= WRITTEN_LIMIT) cache.clear();
    answer = resolveSectionTitle(title, sections);
    cache.set(title, answer);
  }
  return answer;
}

function resolveSectionTitle(title: string, sections: SectionSpec[]): SectionResolution {
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
  const in2019 = INDEX_2019.rows.get(key)?.some((e) => e.table === table) ?? false;
  const in2021 = INDEX_2021.rows.get(key)?.some((e) => e.table === table) ?? false;
  if (in2019 && !in2021) return '2019';
  if (in2021 && !in2019) return '2021';
  return undefined;
}

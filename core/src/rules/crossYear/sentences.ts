import type { ReportModel, SectionNode, Span } from '../../model/types';
import { toHalfWidth } from '../../text/normalize';

export interface Sentence extends Span {
  /** Comparison form: no spaces or punctuation, every number replaced by # (years and counts change). */
  key: string;
  text: string;
}

const END = /[。！？!?；;]/;
const NOISE = /[\s\u3000，,、。．.！!？?；;：:“”"'‘’（）()《》〈〉【】[\]—\-…·]/g;
/** Shorter keys (a sub-heading like "（一）主动公开方面") say nothing about copying. */
export const MIN_KEY_LENGTH = 8;
/** "（二）依申请公开方面。": a numbered sub-heading is structure, expected to recur every year. */
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)][^，,；;]{0,24}$/;

export function sentenceKey(text: string): string {
  return toHalfWidth(text).replace(NOISE, '').replace(/\d+(?:\.\d+)?/g, '#');
}

/** The sentences of a section's prose, with their offsets. */
export function sectionSentences(section: SectionNode): Sentence[] {
  const out: Sentence[] = [];
  for (const item of section.items) {
    if (item.kind !== 'prose') continue;
    let start = 0;
    for (let i = 0; i <= item.text.length; i++) {
      if (i < item.text.length && !END.test(item.text[i])) continue;
      const end = Math.min(i + 1, item.text.length);
      const raw = item.text.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const key = sentenceKey(text);
      if (key.length >= MIN_KEY_LENGTH && !SUBHEADING.test(text)) {
        out.push({ start: item.start + start + leading, end: item.start + start + leading + text.length, key, text });
      }
      start = end;
    }
  }
  return out;
}

/** Every prose sentence of a report (sections 一, 五, 六 and any other prose section). */
export function proseSentences(model: ReportModel): Sentence[] {
  return model.sections.filter((s) => s.spec?.kind !== 'table').flatMap(sectionSentences);
}

function bigrams(key: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) set.add(key.slice(i, i + 2));
  return set;
}

/** Near-identical: Dice similarity of character bigrams at least this. */
export const SIMILARITY = 0.85;

/** Beyond this many sentence pairs only exact repeats are looked for: bounded work on any input. */
const NEAR_PAIRS_LIMIT = 4_000_000;

/** For each sentence, the last-year sentence it repeats (exactly or nearly), if any. */
export function findRepeats(current: Sentence[], previous: Sentence[]): Array<{ sentence: Sentence; source: Sentence } | undefined> {
  const near = current.length * previous.length <= NEAR_PAIRS_LIMIT;
  const exact = new Map<string, Sentence>();
  for (const s of previous) if (!exact.has(s.key)) exact.set(s.key, s);
  const grams = near ? previous.map((s) => ({ sentence: s, grams: bigrams(s.key) })) : [];
  return current.map((sentence) => {
    const same = exact.get(sentence.key);
    if (same) return { sentence, source: same };
    if (!near) return undefined;
    const mine = bigrams(sentence.key);
    let best: { sentence: Sentence; score: number } | undefined;
    for (const other of grams) {
      const ratio = other.sentence.key.length / sentence.key.length;
      if (ratio < 0.7 || ratio > 1.43) continue;
      let shared = 0;
      for (const g of mine) if (other.grams.has(g)) shared++;
      const score = (2 * shared) / (mine.size + other.grams.size);
      if (score >= SIMILARITY && (!best || score > best.score)) best = { sentence: other.sentence, score };
    }
    return best ? { sentence, source: best.sentence } : undefined;
  });
}

import type { SectionSpec } from '../formats';
import { SECTIONS } from '../formats/sections';
import { resolveSection } from '../model/labels';
import { toHalfWidth } from '../text/normalize';
import type { SourceLine } from './types';

/** Words each section heading carries, whatever its exact wording (the variants real reports use, as in SectionSpec.variants). */
const KEYWORDS: Record<number, RegExp[]> = {
  1: [/总体情况/],
  2: [/主动公开/],
  3: [/申请/, /处理|办理/],
  4: [/复议|诉讼/],
  5: [/问题/],
  6: [/其他|其它/, /事项/],
};

export interface SectionHeading { spec: SectionSpec; text: string }

/** Is this line a section heading? `current` is the index of the section we are in. */
export function sectionHeading(line: SourceLine, current: number): SectionHeading | undefined {
  const cells = line.cells?.filter((c) => c.trim() !== '');
  if (cells && cells.length !== 1) return undefined;
  // A `# ` marker: the input is already the language (or markdown).
  const text = (cells ? cells[0] : line.text).replace(/[|｜\t]+\s*$/, '').trim().replace(/^[#＃]{1,2}[ \t\u3000]*/, '');
  if (text.length === 0 || text.length > 60) return undefined;
  const numeral = /^([一二三四五六七八九十]+)\s*[、.．]/.exec(toHalfWidth(text));
  if (!numeral) return undefined;
  const resolved = resolveSection(text, SECTIONS);
  if (resolved.spec && (resolved.match === 'exact' || resolved.match === 'variant')) return { spec: resolved.spec, text };
  // A heading with a remark after it ("一、总体情况 (重复率: 40%)") or an unlisted variant.
  const spec = SECTIONS.find((s) => s.numeral === numeral[1]);
  if (!spec || spec.index <= current) return undefined;
  const bare = text.replace(/\s*[（(][^）)]*[）)]\s*$/, '');
  if (bare.length > 40) return undefined;
  return KEYWORDS[spec.index].every((k) => k.test(bare)) ? { spec, text } : undefined;
}

export interface SplitDocument {
  head: SourceLine[];
  /** `%%` lines (input already in the language): kept as they are. */
  headComments: string[];
  sections: Array<{ spec: SectionSpec; heading: string; lines: SourceLine[]; comments: string[] }>;
}

const COMMENT = /^[ \t\u3000]*(?:%%|％％)/;

export function splitSections(lines: SourceLine[]): SplitDocument {
  const split: SplitDocument = { head: [], headComments: [], sections: [] };
  let current = 0;
  for (const line of lines) {
    const heading = sectionHeading(line, current);
    if (heading) {
      split.sections.push({ spec: heading.spec, heading: heading.text, lines: [], comments: [] });
      current = Math.max(current, heading.spec.index);
      continue;
    }
    const section = split.sections[split.sections.length - 1];
    if (!line.cells && COMMENT.test(line.text) && section?.spec.kind !== 'prose') { (section ? section.comments : split.headComments).push(line.text.trim()); continue; }
    (section ? section.lines : split.head).push(line);
  }
  return split;
}

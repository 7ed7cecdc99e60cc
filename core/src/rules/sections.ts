import { headingLine } from '../syntax/print';
import { headingKey, keyLengthAtLeast } from '../text/normalize';
import type { FormatSpec, SectionSpec } from '../formats';
import type { BodyItem, SectionNode } from '../model/types';
import type { Rule, RuleContext } from './context';
import { say } from '../i18n/text';

/** The six sections: present, once each, in order, with the statutory headings. */
export const sectionsRule: Rule = {
  name: 'sections',
  check(context) {
    const { model } = context;
    const firstSeen = new Map<number, SectionNode>();
    let highest: SectionNode | undefined;
    for (const section of model.sections) {
      const title = section.heading.title;
      const titleSpan = title.text ? title : section.heading;
      if (!section.spec) {
        if (title.text) context.report('structure.sectionUnknown', titleSpan, { title: title.text });
        continue;
      }
      const spec = section.spec;
      if (section.match === 'variant' || section.match === 'numeral') {
        context.report('structure.sectionVariant', titleSpan, { heading: spec.heading }, {
          fixes: [{ title: say(context.locale, `改为“${spec.heading}”`, `Use "${spec.heading}"`), edits: [{ ...titleSpan, newText: spec.heading }], preferred: true }],
        });
      }
      const first = firstSeen.get(spec.index);
      if (first) {
        context.report('structure.sectionDuplicate', titleSpan, { heading: spec.heading, firstLine: first.heading.line + 1 });
        continue;
      }
      firstSeen.set(spec.index, section);
      if (highest?.spec && highest.spec.index > spec.index) {
        context.report('structure.sectionOrder', titleSpan, { heading: spec.heading, previous: highest.spec.heading });
      } else {
        highest = section;
      }
    }
    reportMissing(context, firstSeen);
    reportUnmarkedHeadings(context);
  },
};

function reportMissing(context: RuleContext, present: Map<number, SectionNode>): void {
  const { model } = context;
  const text = model.text;
  for (const spec of model.format.sections) {
    if (present.has(spec.index)) continue;
    // Insert before the next section that is present, or at the end.
    const next = model.format.sections.find((s) => s.index > spec.index && present.has(s.index));
    const nextNode = next ? present.get(next.index)! : undefined;
    const offset = nextNode ? nextNode.start : text.length;
    const needsLeadingBreak = offset > 0 && !/[\r\n]$/.test(text.slice(0, offset));
    const insertion = `${needsLeadingBreak ? '\n' : ''}${headingLine(spec.heading)}\n\n`;
    const span = nextNode ? nextNode.heading.title : { start: model.index.lineStarts[model.index.lineCount - 1], end: text.length };
    context.report('structure.sectionMissing', span, { numeral: spec.numeral, heading: spec.heading }, {
      fixes: [{ title: say(context.locale, `插入“${spec.heading}”`, `Insert "${spec.heading}"`), edits: [{ start: offset, end: offset, newText: insertion }] }],
      extra: { section: spec.index },
    });
  }
}

/** Heading keys of a format's sections and variants, built once per format. */
interface HeadingKeys {
  keys: Map<string, SectionSpec>;
  longest: number;
  /** The first two ideographs of every key, as `openingOf` gives them; undefined if a key has fewer. */
  openings: Set<number> | undefined;
}

const HEADING_KEYS = new WeakMap<FormatSpec, HeadingKeys>();

function headingKeys(format: FormatSpec): HeadingKeys {
  let entry = HEADING_KEYS.get(format);
  if (!entry) {
    const keys = new Map(format.sections.flatMap((s) => [s.heading, ...s.variants].map((h) => [headingKey(h), s] as const)));
    const openings = [...keys.keys()].map(openingOf);
    entry = {
      keys, longest: Math.max(...[...keys.keys()].map((k) => k.length)),
      openings: openings.every((o) => o !== undefined) ? new Set(openings) : undefined,
    };
    HEADING_KEYS.set(format, entry);
  }
  return entry;
}

const isIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * The first two CJK ideographs of a text as one number (undefined: fewer than two). Ideographs are neither noise
 * nor normalised, so a line whose heading key is a key opens with that key's two.
 */
function openingOf(text: string): number | undefined {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code)) continue;
    if (first < 0) first = code;
    else return first * 0x10000 + code;
  }
  return undefined;
}

/** A prose line that is exactly a section heading but has no `# `: almost surely a slip. */
function reportUnmarkedHeadings(context: RuleContext): void {
  const { model } = context;
  const headings = headingKeys(model.format);
  for (const item of model.preamble) checkUnmarkedHeading(context, item, headings);
  for (const section of model.sections) for (const item of section.items) checkUnmarkedHeading(context, item, headings);
}

function checkUnmarkedHeading(context: RuleContext, item: BodyItem, { keys, longest, openings }: HeadingKeys): void {
  if (item.kind !== 'prose' && item.kind !== 'note') return;
  // Most prose lines open with other words than every heading, and have more ideographs than the longest has characters.
  const opening = openings && openingOf(item.text);
  if (opening !== undefined && !openings!.has(opening)) return;
  if (keyLengthAtLeast(item.text, longest) > longest) return;
  const spec = keys.get(headingKey(item.text));
  if (!spec) return;
  const leading = item.text.length - item.text.trimStart().length;
  const span = { start: item.start + leading, end: item.end };
  context.report('structure.headingWithoutMarker', span, { heading: spec.heading }, {
    fixes: [{ title: say(context.locale, '改为部分标题（加“# ”）', 'Make it a section heading (add "# ")'), edits: [{ start: span.start, end: span.start, newText: '# ' }], preferred: true }],
  });
}

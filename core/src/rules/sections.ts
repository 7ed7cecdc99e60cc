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
const HEADING_KEYS = new WeakMap<FormatSpec, { keys: Map<string, SectionSpec>; longest: number }>();

function headingKeys(format: FormatSpec) {
  let entry = HEADING_KEYS.get(format);
  if (!entry) {
    const keys = new Map(format.sections.flatMap((s) => [s.heading, ...s.variants].map((h) => [headingKey(h), s] as const)));
    entry = { keys, longest: Math.max(...[...keys.keys()].map((k) => k.length)) };
    HEADING_KEYS.set(format, entry);
  }
  return entry;
}

/** A prose line that is exactly a section heading but has no `# `: almost surely a slip. */
function reportUnmarkedHeadings(context: RuleContext): void {
  const { model } = context;
  const { keys, longest } = headingKeys(model.format);
  for (const item of model.preamble) checkUnmarkedHeading(context, item, keys, longest);
  for (const section of model.sections) for (const item of section.items) checkUnmarkedHeading(context, item, keys, longest);
}

function checkUnmarkedHeading(context: RuleContext, item: BodyItem, keys: Map<string, SectionSpec>, longest: number): void {
  if (item.kind !== 'prose' && item.kind !== 'note') return;
  // Most prose lines have more ideographs than the longest heading has characters.
  if (keyLengthAtLeast(item.text, longest) > longest) return;
  const spec = keys.get(headingKey(item.text));
  if (!spec) return;
  const leading = item.text.length - item.text.trimStart().length;
  const span = { start: item.start + leading, end: item.end };
  context.report('structure.headingWithoutMarker', span, { heading: spec.heading }, {
    fixes: [{ title: say(context.locale, '改为部分标题（加“# ”）', 'Make it a section heading (add "# ")'), edits: [{ start: span.start, end: span.start, newText: '# ' }], preferred: true }],
  });
}

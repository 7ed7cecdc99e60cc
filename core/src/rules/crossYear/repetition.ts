import type { Rule } from '../context';
import { isBoilerplate } from './boilerplate';
import { findRepeats, proseSentences, sectionSentences } from './sentences';
import { say } from '../../i18n/text';

/** Evaluators deduct when more than half of a report repeats last year's (a common finding of third-party evaluations; docs/rules.md, `repeat.lastYear`). */
const RELATED_LIMIT = 30;
/**
 * A section of one sentence (after the standard statements are set aside) is judged by its substance,
 * not its repetition: "2024年，无收取信息处理费情况。" belongs there every year (issue 16).
 */
const MIN_SENTENCES = 2;

/** Share of each prose section that repeats last year's report, measured sentence by sentence in characters. */
export const repetitionRule: Rule = {
  name: 'repeat.lastYear',
  check(context) {
    const previous = context.previous;
    if (!previous) return;
    const lastYear = proseSentences(previous.model);
    if (lastYear.length === 0) return;
    const previousYear = previous.model.year ?? (context.model.year ?? 0) - 1;
    for (const section of context.model.sections) {
      if (section.spec?.kind === 'table') continue;
      const sentences = sectionSentences(section).filter((s) => !isBoilerplate(s.text));
      if (sentences.length < MIN_SENTENCES) continue;
      const repeats = findRepeats(sentences, lastYear);
      const total = sentences.reduce((n, s) => n + s.key.length, 0);
      const found = repeats.filter((r) => r !== undefined);
      const repeated = found.reduce((n, r) => n + r!.sentence.key.length, 0);
      if (repeated * 2 <= total) continue;
      const percent = Math.min(100, Math.max(51, Math.round((repeated * 100) / total)));
      context.report('repeat.lastYear', section.heading.title, { percent, repeated: found.length, total: sentences.length, previousYear }, {
        related: found.slice(0, RELATED_LIMIT).map((r) => ({
          span: r!.source, source: previous,
          message: say(context.locale, `与 ${previousYear} 年度报告重复：${excerpt(r!.sentence.text)}`, `Repeats the ${previousYear} report: ${excerpt(r!.sentence.text)}`),
        })),
        extra: {
          percent,
          repeats: found.map((r) => ({ start: r!.sentence.start, end: r!.sentence.end, previousStart: r!.source.start, previousEnd: r!.source.end })),
          previousUri: previous.uri,
        },
      });
    }
  },
};

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

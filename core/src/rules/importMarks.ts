import { UNPLACED_PREFIX } from '../import/marks';
import type { Rule } from './context';

/**
 * Numbers an import could not place stay in the report as `%% 导入：未放置的数字：…` comments
 * (docs/import.md); until the author places them, every check names them (import.unplaced).
 */
export const importMarksRule: Rule = {
  name: 'importMarks',
  check(context) {
    const { text } = context.model;
    for (const span of context.model.comments) {
      const line = text.slice(span.start, span.end).trimEnd();
      if (!line.startsWith(UNPLACED_PREFIX)) continue;
      const [label, ...numbers] = line.slice(UNPLACED_PREFIX.length).split('|').map((p) => p.trim());
      context.report('import.unplaced', span, { label, numbers: numbers.join('、') });
    }
  },
};

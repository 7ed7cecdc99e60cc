import { lookupCell } from '../arithmetic';
import type { Rule } from '../context';
import { say } from '../../i18n/text';

/**
 * Continuity of 表三 across years (docs/rules.md, `crossYear.carryOver`): this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by
 * column. Runs only when the workspace holds exactly one report of the same agency for the
 * year before; stands down on any cell that is not a known number in either report.
 */
export const carryOverRule: Rule = {
  name: 'crossYear.carryOver',
  check(context) {
    const previous = context.previous;
    if (!previous) return;
    const columns = context.model.format.tables.table3.subTables[0].columns;
    for (const column of columns) {
      const here = lookupCell(context, 'table3', { row: 'carriedIn', column: column.id });
      const there = lookupCell({ model: previous.model }, 'table3', { row: 'carriedOver', column: column.id });
      if (here.status !== 'known' || there.status !== 'known' || here.value === there.value) continue;
      const previousYear = previous.model.year ?? (context.model.year ?? 0) - 1;
      context.report('crossYear.carryOver', here.cell, { column: column.label, found: here.value, expected: there.value, previousYear }, {
        related: [{
          span: there.cell, source: previous,
          message: say(context.locale, `${previousYear} 年度报告：四、结转下年度继续办理 · ${column.label} = ${there.value}`,
            `${previousYear} report: carried over · ${column.label} = ${there.value}`),
        }],
        fixes: [{
          title: say(context.locale, `改为上年结转下年度的 ${there.value}`, `Take last year's ${there.value}`),
          edits: [{ start: here.cell.start, end: here.cell.end, newText: String(there.value) }],
        }],
        extra: { expected: there.value, found: here.value, previousUri: previous.uri },
      });
    }
  },
};

import type { Rule } from '../context';
import { differingClaims } from './claims';
import { say } from '../../i18n/text';

/**
 * Text vs tables (docs/rules.md, `text.tableMismatch`): numbers quoted in section 一 agree with the tables. An
 * information diagnostic on the words, never more: prose sometimes counts another scope.
 */
export const textTableRule: Rule = {
  name: 'text.tableMismatch',
  check(context) {
    for (const claim of differingClaims(context.model, context.memo)) {
      if (claim.status !== 'differs' || !claim.table) continue;
      const { table } = claim;
      const cells = table.cells.map((c) => `“${c.label}”`).join(' + ');
      const value = table.cells.length > 1 ? `${table.cells.map((c) => c.value).join(' + ')} = ${table.value}` : String(table.value);
      context.report('text.tableMismatch', claim.span, { quote: claim.quote, table: context.tableName(table.table), cell: cells, value }, {
        related: table.cells.map((c) => ({ span: c.cell, message: `${c.label} = ${c.value}` })),
        fixes: [{
          title: say(context.locale, `正文改为 ${table.value}`, `Write ${table.value} in the text`),
          edits: [{ start: claim.number.start, end: claim.number.end, newText: String(table.value) }],
        }],
        extra: { metric: claim.metric, stated: claim.number.value, tableValue: table.value },
      });
    }
  },
};

import { lookupCell } from '../arithmetic';
import type { Rule } from '../context';
import { say } from '../../i18n/text';

/**
 * 2021 format only (〔2021〕30号 表二 第二十条第（一）项, 现行有效件数): 现行有效(N) = 现行有效(N−1) + 本年制发(N) − 本年废止(N),
 * for 规章 and 行政规范性文件. A 2019-format report the year before counts 对外公开总数量,
 * another quantity: the check stands down.
 */
export const inForceRule: Rule = {
  name: 'crossYear.inForce',
  check(context) {
    const previous = context.previous;
    if (!previous || context.model.format.version !== '2021' || previous.model.format.version !== '2021') return;
    const previousYear = previous.model.year ?? (context.model.year ?? 0) - 1;
    for (const row of ['rules', 'normative']) {
      const last = lookupCell({ model: previous.model }, 'table2', { row, column: 'inForce' });
      const issued = lookupCell(context, 'table2', { row, column: 'issued' });
      const repealed = lookupCell(context, 'table2', { row, column: 'repealed' });
      const found = lookupCell(context, 'table2', { row, column: 'inForce' });
      if (last.status !== 'known' || issued.status !== 'known' || repealed.status !== 'known' || found.status !== 'known') continue;
      const expected = last.value + issued.value - repealed.value;
      if (expected === found.value) continue;
      const label = found.row.label.text;
      context.report('crossYear.inForce', found.cell, {
        row: label, previous: last.value, issued: issued.value, repealed: repealed.value, expected, found: found.value, previousYear,
      }, {
        related: [
          { span: last.cell, source: previous, message: say(context.locale, `${previousYear} 年度报告：${label} · 现行有效件数 = ${last.value}`, `${previousYear} report: ${label} · in force = ${last.value}`) },
          { span: issued.cell, message: say(context.locale, `本年制发件数 = ${issued.value}`, `issued = ${issued.value}`) },
          { span: repealed.cell, message: say(context.locale, `本年废止件数 = ${repealed.value}`, `repealed = ${repealed.value}`) },
        ],
        fixes: expected >= 0 ? [{
          title: say(context.locale, `改为 ${last.value} + ${issued.value} − ${repealed.value} = ${expected}`, `Set to ${last.value} + ${issued.value} − ${repealed.value} = ${expected}`),
          edits: [{ start: found.cell.start, end: found.cell.end, newText: String(expected) }],
        }] : [],
        extra: { expected, found: found.value, previousUri: previous.uri },
      });
    }
  },
};

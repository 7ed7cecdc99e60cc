import { FORMATS, versionForYear } from '../formats';
import { toHalfWidth } from '../text/normalize';
import type { BodyItem, HeaderKey } from '../model/types';
import type { Rule, RuleContext } from './context';
import { say } from '../i18n/text';

/** Header fields: presence, validity, and agreement of 年度, 格式, 标题 and the statistical period. */
export const headerRule: Rule = {
  name: 'header',
  check(context) {
    const { model } = context;
    const firstLine = { start: 0, end: model.index.lineEnd(0) };
    const seen = new Map<HeaderKey, boolean>();
    for (const field of model.header) {
      if (seen.has(field.key)) context.report('header.duplicate', field.keySpan, { key: field.key });
      seen.set(field.key, true);
    }
    const yearField = model.header.find((f) => f.key === '年度');
    const formatField = model.header.find((f) => f.key === '格式');
    const titleField = model.header.find((f) => f.key === '标题');
    const agencyField = model.header.find((f) => f.key === '机关');

    if (!yearField) context.report('header.missingYear', firstLine, { version: model.format.version });
    else if (model.year === undefined) context.report('header.yearInvalid', valueOrKey(yearField), { value: yearField.value.text });
    else if (model.year < 2019) context.report('header.yearInvalid', valueOrKey(yearField), { year: model.year }, { variant: 'tooEarly' });

    if (!agencyField) context.report('header.missingAgency', firstLine);
    if (!titleField) {
      const agency = agencyField?.value.text || say(context.locale, '某某机关', 'Agency');
      const year = model.year ?? new Date().getFullYear() - 1;
      context.report('header.missingTitle', firstLine, { example: `${agency}${year}年政府信息公开工作年度报告` });
    }

    if (formatField && !model.declaredVersion) context.report('header.formatInvalid', valueOrKey(formatField), { value: formatField.value.text });
    if (formatField && model.declaredVersion && model.year !== undefined && model.year >= 2019) {
      const expected = versionForYear(model.year);
      if (expected !== model.declaredVersion) {
        context.report('header.formatMismatch', formatField.value, {
          year: model.year, expected, declared: model.declaredVersion, notice: FORMATS[expected].notice,
        }, { fixes: [{ title: say(context.locale, `改为 ${expected}`, `Change to ${expected}`), edits: [{ ...formatField.value, newText: expected }], preferred: true }] });
      }
    }

    if (titleField && model.year !== undefined) {
      const title = toHalfWidth(titleField.value.text);
      const match = /(\d{4})\s*年(?:度)?\s*政府信息公开/.exec(title) ?? /(\d{4})\s*年/.exec(title);
      if (match && Number(match[1]) !== model.year) {
        const offset = titleField.value.start + match.index;
        context.report('header.titleYear', { start: offset, end: offset + match[1].length }, { titleYear: match[1], year: model.year });
      }
    }

    if (model.year !== undefined) {
      for (const item of model.preamble) checkPeriod(context, item, model.year);
      for (const item of model.sections[0]?.items ?? []) checkPeriod(context, item, model.year);
    }
  },
};

/** A statistical period stated in the prose starts on 1 January of the report's year. */
function checkPeriod(context: RuleContext, item: BodyItem, year: number): void {
  // 统计 is not touched by toHalfWidth: most lines are ruled out without copying them.
  if (item.kind !== 'prose' || !item.text.includes('统计')) return;
  const half = toHalfWidth(item.text);
  const match = /统计(?:期限|时限|区间|时间)[^0-9]{0,6}(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(half);
  if (match && Number(match[1]) !== year) {
    const offset = item.start + half.indexOf(match[1], match.index);
    context.report('header.periodYear', { start: offset, end: offset + 4 }, { periodYear: match[1], year });
  }
}

function valueOrKey(field: { value: { start: number; end: number; text: string }; keySpan: { start: number; end: number } }) {
  return field.value.text ? field.value : field.keySpan;
}

import { FORMATS } from '../formats';
import { say } from '../i18n/text';
import { headerValue } from '../model/header';
import type { ReportModel } from '../model/types';
import type { Analysis } from '../service';
import type { LastYearLookup } from '../workspace';
import { fileNameOf } from '../workspace/uris';

/** One line of the editor's language status: short text, a sentence of detail, and whether it needs attention. */
export interface StatusLine {
  text: string;
  detail: string;
  severity: 'information' | 'warning';
}

/**
 * What the checks of a document assumed and found, for the editor's language status (the `{}` beside the
 * language mode): the format version applied and why, and last year's report for the cross-year checks.
 * Both are assumptions an author cannot see in the diagnostics when all is well — or when a check did not run.
 */
export interface DocumentStatus {
  format: StatusLine;
  lastYear: StatusLine & { /** The one report the cross-year checks compare with. */ uri?: string };
}

export function documentStatus(analysis: Analysis, lookup: LastYearLookup): DocumentStatus {
  return { format: formatLine(analysis.model, analysis.locale), lastYear: lastYearLine(lookup, analysis.model, analysis.locale) };
}

/** The format version the checks apply, and what decided it (ReportModel.formatBasis). */
function formatLine(model: ReportModel, locale: Analysis['locale']): StatusLine {
  const version = model.format.version;
  const { notice, firstYear, lastYear } = FORMATS[version];
  const line = (severity: StatusLine['severity'], zh: string, en: string): StatusLine =>
    ({ text: say(locale, `${version} 年格式`, `${version} format`), severity, detail: say(locale, zh, en) });
  switch (model.formatBasis) {
    case 'declared':
      return line('information', `依据“格式：${version}”（${notice}）`, `As declared by 格式: ${version} (${notice})`);
    case 'year': {
      const years = lastYear === undefined
        ? [`自 ${firstYear} 年度起适用`, `for ${firstYear} on`] : [`适用于 ${firstYear}–${lastYear} 年度`, `for ${firstYear}–${lastYear}`];
      return line('information', `依据年度 ${model.year}（${notice}，${years[0]}）`, `From 年度 ${model.year} (${notice}, ${years[1]})`);
    }
    case 'content':
    case 'default': {
      // No 格式, and no 年度 that decides: not written, not a year, or before the formats (the header rules say which).
      const why = yearProblem(model);
      const how = model.formatBasis === 'content'
        ? [`按表格的行名推断`, 'inferred from the table labels'] : [`按现行的 ${version} 年格式检查`, `checked as the current ${version} format`];
      return line('warning', `${why[0]}，${how[0]}`, `${why[1]}: ${how[1]}`);
    }
  }
}

/** Why neither 格式 nor 年度 decides the format: [zh, en] — not written, not readable, or a year before the formats. */
function yearProblem(model: ReportModel): [string, string] {
  const year = headerValue(model, '年度');
  const format = headerValue(model, '格式');
  if (year === undefined && format === undefined) return ['未写年度与格式', 'No 年度 or 格式'];
  const yearPart: [string, string] = year === undefined ? ['未写年度', 'no 年度']
    : model.year === undefined ? [`年度“${year}”无法识别`, `年度 "${year}" is not a year`]
      : [`年度 ${model.year} 早于 2019 年（现行格式自 2019 年度起适用）`, `年度 ${model.year} is before 2019, when the formats begin`];
  const formatPart: [string, string] = format === undefined ? ['未写格式', 'no 格式'] : [`格式“${format}”无法识别`, `格式 "${format}" names no format`];
  return [`${yearPart[0]}，${formatPart[0]}`, `${capitalised(yearPart[1])}, ${formatPart[1]}`];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastYearLine(lookup: LastYearLookup, model: ReportModel, locale: Analysis['locale']): DocumentStatus['lastYear'] {
  switch (lookup.state) {
    case 'found':
      return {
        text: say(locale, `上年报告：${fileNameOf(lookup.uri)}`, `Last year: ${fileNameOf(lookup.uri)}`), severity: 'information', uri: lookup.uri,
        detail: say(locale, `${lookup.year} 年度报告，供跨年度检查比较`, `The ${lookup.year} report, for the cross-year checks to compare with`),
      };
    case 'none':
      return {
        text: say(locale, `无上年报告`, 'No last year\'s report'), severity: 'information',
        detail: say(locale, `未找到同一机关的 ${lookup.year} 年度报告：不做跨年度检查`, `No ${lookup.year} report of this agency in the workspace: no cross-year checks`),
      };
    case 'ambiguous': {
      const names = lookup.uris.map(fileNameOf);
      return {
        text: say(locale, `上年报告不唯一`, 'Last year\'s report ambiguous'), severity: 'warning',
        detail: say(locale, `${lookup.year} 年度有 ${names.length} 份（${names.join('、')}）：不做跨年度检查，请只保留一份`,
          `${names.length} reports for ${lookup.year} (${names.join(', ')}): no cross-year checks; keep one`),
      };
    }
    case 'noIdentity': {
      // Each key the search needs, as the header has it: not written, or (年度) written but not a year.
      const reasons = lookup.missing.map((key): [string, string] => {
        const written = headerValue(model, key);
        return written === undefined ? [`缺少“${key}：”`, `no "${key}:" line`] : [`${key}“${written}”无法识别`, `${key} "${written}" is not readable`];
      });
      return {
        text: say(locale, `未查找上年报告`, 'Last year\'s report not looked up'), severity: 'information',
        detail: say(locale, `${reasons.map((r) => r[0]).join('，')}：不做跨年度检查`, `${reasons.map((r) => r[1]).join(', ')}: no cross-year checks`),
      };
    }
  }
}

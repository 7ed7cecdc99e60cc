import { FORMATS } from '../formats';
import { say } from '../i18n/text';
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
  lastYear: StatusLine & { /** The one report the cross-year checks read. */ uri?: string };
}

export function documentStatus(analysis: Analysis, lookup: LastYearLookup): DocumentStatus {
  const { locale, model } = analysis;
  const version = model.format.version;
  const notice = FORMATS[version].notice;
  const text = say(locale, `${version} 年格式`, `${version} format`);
  let format: StatusLine;
  switch (model.formatBasis) {
    case 'declared':
      format = { text, severity: 'information', detail: say(locale, `依据“格式：${version}”（${notice}）`, `As declared by 格式: ${version} (${notice})`) };
      break;
    case 'year':
      format = {
        text, severity: 'information',
        detail: say(locale, `依据年度 ${model.year}（${notice}，${yearsOf(version, locale)}）`, `From 年度 ${model.year} (${notice}, ${yearsOf(version, locale)})`),
      };
      break;
    case 'content':
      format = {
        text, severity: 'warning',
        detail: say(locale, `未写年度与格式，按表格的行名推断：请写明“年度：”`, 'No 年度 or 格式: inferred from the table labels. Write the 年度 line.'),
      };
      break;
    case 'default':
      format = {
        text, severity: 'warning',
        detail: say(locale, `未写年度与格式，按现行的 ${version} 年格式检查：请写明“年度：”`, `No 年度 or 格式: checked as the current ${version} format. Write the 年度 line.`),
      };
      break;
  }
  return { format, lastYear: lastYearLine(lookup, locale) };
}

function yearsOf(version: keyof typeof FORMATS, locale: Analysis['locale']): string {
  const { firstYear, lastYear } = FORMATS[version];
  return lastYear === undefined
    ? say(locale, `适用于 ${firstYear} 年度起`, `for ${firstYear} on`)
    : say(locale, `适用于 ${firstYear}–${lastYear} 年度`, `for ${firstYear}–${lastYear}`);
}

function lastYearLine(lookup: LastYearLookup, locale: Analysis['locale']): DocumentStatus['lastYear'] {
  switch (lookup.state) {
    case 'found':
      return {
        text: say(locale, `上年报告：${fileNameOf(lookup.uri)}`, `Last year: ${fileNameOf(lookup.uri)}`), severity: 'information', uri: lookup.uri,
        detail: say(locale, `${lookup.year} 年度，跨年度检查据此核对`, `The ${lookup.year} report, read by the cross-year checks`),
      };
    case 'none':
      return {
        text: say(locale, `无上年报告`, 'No last year\'s report'), severity: 'information',
        detail: say(locale, `未找到同一机关的 ${lookup.year} 年度报告：不做跨年度检查`, `No ${lookup.year} report of this agency in the workspace: no cross-year checks`),
      };
    case 'ambiguous':
      return {
        text: say(locale, `上年报告不唯一`, 'Last year\'s report ambiguous'), severity: 'warning',
        detail: say(locale, `${lookup.year} 年度有 ${lookup.uris.length} 份（${lookup.uris.map(fileNameOf).join('、')}）：不做跨年度检查，请只保留一份`,
          `${lookup.uris.length} reports for ${lookup.year} (${lookup.uris.map(fileNameOf).join(', ')}): no cross-year checks; keep one`),
      };
    case 'noIdentity':
      return {
        text: say(locale, `无上年报告`, 'No last year\'s report'), severity: 'information',
        detail: say(locale, `缺少“${lookup.missing}：”，无法查找上年报告：不做跨年度检查`, `No readable "${lookup.missing}:" line to look up last year's report: no cross-year checks`),
      };
  }
}

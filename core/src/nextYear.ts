import { versionForYear, type FormatVersion, type Locale } from './formats';
import { buildModel } from './model/build';
import { headerValue } from './model/header';
import type { ReportModel } from './model/types';
import { lookupCell } from './rules/arithmetic';
import { reportSkeleton } from './skeleton';
import { commentLine } from './syntax/print';

export type NextYearResult =
  | {
    ok: true;
    text: string;
    year: number;
    version: FormatVersion;
    /** Table 三 columns whose 上年结转 was filled from last year's 结转下年度继续办理 (column id → value). */
    carried: Record<string, number>;
  }
  | { ok: false; message: string };

/**
 * Next year's report from last year's (issue 15 item 4), through the one skeleton generator:
 * - 年度 + 1, and the format in force for that year (〔2021〕30号 applies from report year 2021: a 2020 report leads to a 2021-format report);
 * - 机关 kept verbatim; 标题 keeps last year's wording with the year advanced;
 * - table 三 二、上年结转 = last year's 四、结转下年度继续办理, column by column (表三 across years; the
 *   crossYear.carryOver check), only where last year's cell is a known number — an unreadable one stays blank;
 * - every other number blank (`| |`), so nothing is carried by mistake: the blank-cell hints list what is left;
 * - last year's prose as `%%` comments under each heading: the author revises rather than retypes, comments are
 *   never rendered or exported, and the repetition check (crossYear.repetition) still flags sentences copied back.
 * 现行有效 (2021 format) is not written: the inlay hint shows `上年 N + 制发 − 废止` while it is blank.
 */
export function nextYearReport(lastYearText: string, locale: Locale = 'zh-cn'): NextYearResult {
  const last = buildModel(lastYearText);
  if (last.year === undefined) {
    return { ok: false, message: locale === 'en' ? 'Last year\'s report has no readable 年度 (year) line: write e.g. 年度：2024.' : '上年报告没有可读的“年度”行（例如“年度：2024”），无法确定下一年度。' };
  }
  const year = last.year + 1;
  const version = versionForYear(year);
  const agency = headerValue(last, '机关');
  const carried: Record<string, number> = {};
  for (const column of last.format.tables.table3.subTables[0].columns) {
    const found = lookupCell({ model: last }, 'table3', { row: 'carriedOver', column: column.id });
    if (found.status === 'known') carried[column.id] = found.value;
  }
  const text = reportSkeleton({
    year, version, agency,
    title: nextTitle(headerValue(last, '标题'), last.year, year),
    cellText: ({ table, row, column }) => (table === 'table3' && row.id === 'carriedIn' && column.id in carried ? String(carried[column.id]) : ''),
    notes: (index) => referenceNotes(last, index),
  });
  return { ok: true, text, year, version, carried };
}

/** Last year's title with its year advanced (only a standalone `2024`, not digits inside another number). */
function nextTitle(title: string | undefined, lastYear: number, year: number): string | undefined {
  if (!title) return undefined;
  const pattern = new RegExp(`(?<![0-9０-９])${lastYear}(?![0-9０-９])`, 'g');
  return pattern.test(title) ? title.replace(pattern, String(year)) : undefined;
}

/** `%%` lines quoting last year's prose of a section (0: the preamble); none for the table sections. */
function referenceNotes(last: ReportModel, index: number): string[] {
  const items = index === 0 ? last.preamble : last.sections.filter((s) => s.spec?.index === index && s.spec.kind === 'prose').flatMap((s) => s.items);
  const lines = items
    .filter((item) => item.kind === 'prose' || item.kind === 'subheading' || item.kind === 'note')
    .map((item) => last.text.slice(item.start, item.end).replace(/[\r\n]+/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return [];
  return [commentLine(`上年（${last.year}年）原文，供参考（注释行不进入报告）：`), ...lines.map(commentLine)];
}

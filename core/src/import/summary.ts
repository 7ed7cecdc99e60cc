import { FORMATS, type FormatVersion, type Locale, type Localized } from '../formats';
import { SECTIONS } from '../formats/sections';
import type { HeaderInfo } from './header';
import { NOTE_PREFIX } from './marks';
import type { ImportSummary, SourceDocument, TableImport } from './types';

export interface SummaryInput {
  source: SourceDocument;
  header: HeaderInfo;
  format: FormatVersion;
  basis: ImportSummary['formatBasis'];
  /** Indexes of the sections found. */
  sections: number[];
  tables: TableImport[];
  guesses: Localized[];
  /** The text written. */
  text: string;
}

/** What import did, as data: rows found and missing, what was kept unmapped or unplaced, the guesses. */
export function summarize({ source, header, format, basis, sections, tables, guesses, text }: SummaryInput): ImportSummary {
  const expected = Object.values(FORMATS[format].tables).flatMap((t) => t.subTables.flatMap((s) => s.rows.filter((r) => r.kind !== 'group').map((r) => ({ table: t.id, row: r }))));
  const found = new Set(tables.flatMap((t) => t.rows.filter((r) => r.row && r.version === format && r.status !== 'duplicate').map((r) => `${t.table}/${r.row!.id}`)));
  const present = new Set(sections);
  const rows = tables.flatMap((t) => t.rows);
  return {
    kind: source.kind, title: header.title, agency: header.agency, year: header.year, format, formatBasis: basis,
    sections: { found: [...present].sort(), missing: SECTIONS.map((s) => s.index).filter((i) => !present.has(i)) },
    rows: {
      expected: expected.length,
      found: expected.filter((e) => found.has(`${e.table}/${e.row.id}`)).length,
      missing: expected.filter((e) => !found.has(`${e.table}/${e.row.id}`)).map((e) => e.row.label),
    },
    unmapped: rows.filter((r) => r.status === 'unknown' || r.status === 'duplicate').map((r) => [r.source, ...r.cells].join(' | ')),
    unplaced: rows.filter((r) => r.status === 'unplaced').map((r) => [r.source, ...r.cells.map((c) => c || '（空）')].join(' | ')),
    comments: commentedLines(text),
    guesses: [...guesses, ...tables.flatMap((t) => t.guesses), ...rows.filter((r) => r.note).map((r) => r.note!)],
    removed: source.removed,
  };
}

/** Source lines the writer kept as %% comments (its own notes excluded). */
function commentedLines(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('%% ') && !l.startsWith(NOTE_PREFIX) && !l.startsWith('%% 由 zfxxgk')).map((l) => l.slice(3));
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

/** The import summary as the CLI prints it and the editor shows it. */
export function formatSummary(summary: ImportSummary, locale: Locale): string {
  const zh = locale === 'zh-cn';
  const lines: string[] = [];
  const field = (value: string | number | undefined) => (value === undefined ? (zh ? '（未识别）' : '(not found)') : String(value));
  lines.push(zh
    ? `标题：${field(summary.title)}；机关：${field(summary.agency)}；年度：${field(summary.year)}；格式：${summary.format}年格式（依据：${{ year: '年度', content: '表格内容', default: '默认' }[summary.formatBasis]}）`
    : `title: ${field(summary.title)}; agency: ${field(summary.agency)}; year: ${field(summary.year)}; format: ${summary.format} (from ${summary.formatBasis})`);
  const missingSections = summary.sections.missing.map((i) => NUMERALS[i]).join('、');
  lines.push(zh
    ? `部分：找到 ${summary.sections.found.length} 个${missingSections ? `，缺少第${missingSections}部分` : ''}`
    : `sections: ${summary.sections.found.length} found${missingSections ? `, missing ${summary.sections.missing.join(', ')}` : ''}`);
  lines.push(zh
    ? `表格行：找到 ${summary.rows.found}/${summary.rows.expected} 行${summary.rows.missing.length ? `，缺少 ${summary.rows.missing.length} 行` : ''}`
    : `table rows: ${summary.rows.found}/${summary.rows.expected} found${summary.rows.missing.length ? `, ${summary.rows.missing.length} missing` : ''}`);
  for (const label of summary.rows.missing.slice(0, 30)) lines.push(`  - ${label}`);
  if (summary.rows.missing.length > 30) lines.push(zh ? `  …另有 ${summary.rows.missing.length - 30} 行` : `  … ${summary.rows.missing.length - 30} more`);
  if (summary.unmapped.length > 0) {
    lines.push(zh ? `未能对应的内容 ${summary.unmapped.length} 处（已保留，检查会报告）：` : `unmapped content, ${summary.unmapped.length} item(s) (kept; the checks report them):`);
    for (const text of summary.unmapped.slice(0, 30)) lines.push(`  - ${text.length > 80 ? text.slice(0, 80) + '…' : text}`);
  }
  if (summary.unplaced.length > 0) {
    lines.push(zh ? `未能放入单元格的数字 ${summary.unplaced.length} 处（已在原处以“%% 导入：未放置的数字：”保留，检查会报告 import.unplaced）：`
      : `numbers not placed in a cell, ${summary.unplaced.length} (kept in place as "%% 导入：未放置的数字：" comments; the checks report import.unplaced):`);
    for (const text of summary.unplaced.slice(0, 30)) lines.push(`  - ${text.length > 80 ? text.slice(0, 80) + '…' : text}`);
  }
  if (summary.comments.length > 0) {
    lines.push(zh ? `保留为注释（%%）的原文 ${summary.comments.length} 行：` : `source lines kept as %% comments: ${summary.comments.length}`);
    for (const text of summary.comments.slice(0, 10)) lines.push(`  - ${text.length > 80 ? text.slice(0, 80) + '…' : text}`);
  }
  if (summary.guesses.length > 0) {
    lines.push(zh ? `推断 ${summary.guesses.length} 处（已在文中以“%% 导入：”标出）：` : `guesses, ${summary.guesses.length} (marked "%% 导入：" in the text):`);
    for (const guess of summary.guesses.slice(0, 30)) lines.push(`  - ${guess[locale]}`);
  }
  const { pageNumbers, runningHeaders } = summary.removed;
  if (pageNumbers + runningHeaders > 0) {
    lines.push(zh ? `已去除页码 ${pageNumbers} 个、页眉 ${runningHeaders} 个` : `removed ${pageNumbers} page number(s) and ${runningHeaders} running header(s)`);
  }
  return lines.join('\n');
}

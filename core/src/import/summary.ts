import type { Locale } from '../formats';
import type { ImportSummary } from './types';

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

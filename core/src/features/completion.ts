import { FORMATS, tableName, type FormatVersion, type Locale, type RowSpec, type SectionSpec, type SubTableSpec, type TableId } from '../formats';
import { pick } from '../i18n/locale';
import { say } from '../i18n/text';
import type { ReportModel, SectionNode } from '../model/types';
import { appendedCells, captionLine, headerLine, headingLine, subTableLines, tabStop } from '../syntax/print';
import { stripEnumerator } from '../text/normalize';
import { rowDoc } from './describe';
import { sectionAt } from './locate';
import { pinyinInitials } from './pinyin';
import { CompletionItemKind, type CompletionItem, type TextEdit } from './types';

/**
 * Completions at an offset: header keys and 格式 values before the first heading; section
 * headings; captions of 二; the row labels still missing from the table at the cursor, in
 * statutory order, inserted with `| 0 |` cells for the row's columns.
 */
export function completions(model: ReportModel, offset: number, locale: Locale): CompletionItem[] {
  const { index, text } = model;
  const position = index.positionAt(offset);
  const lineStart = index.lineStarts[position.line];
  const lineEnd = index.lineEnd(position.line);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  if (/[|｜]/.test(before) || /^\s*(%%|％％)/.test(before)) return [];
  const indent = before.length - before.trimStart().length;
  const ctx: Context = { model, locale, offset, lineStart, wordStart: lineStart + indent, pipeAfter: /[|｜]/.test(after) };
  const firstSection = model.sections[0];

  if (!firstSection || offset < firstSection.start) {
    const headerValue = /^[ \t\u3000]*(格式|格式版本)[ \t\u3000]*[:：][ \t\u3000]*/.exec(before);
    if (headerValue) return formatValues(ctx, lineStart + headerValue[0].length);
    if (/[:：]/.test(before)) return [];
    if (/^\s*[#＃]/.test(before)) return sectionHeadings(ctx, '');
    return [...headerKeys(ctx), ...sectionHeadings(ctx, '# ')];
  }
  const section = sectionAt(model, offset)!;
  if (/^\s*[#＃]{2}/.test(before)) return captions(ctx, section, '');
  if (/^\s*[#＃]/.test(before)) return sectionHeadings(ctx, '');
  const table = section.spec?.table;
  return [
    ...(table ? rowLabels(ctx, section, table) : []),
    ...(table === 'table2' ? captions(ctx, section, '## ') : []),
    ...sectionHeadings(ctx, '# '),
  ];
}

interface Context { model: ReportModel; locale: Locale; offset: number; lineStart: number; wordStart: number; pipeAfter: boolean }

function edit(ctx: Context, start: number, newText: string, end = ctx.offset): TextEdit {
  return { range: ctx.model.index.range(start, end), newText };
}

/** Label, bare label, pinyin initials of both: matched by what either input mode types. */
function filterText(label: string): string {
  const bare = stripEnumerator(label);
  return [...new Set([label, bare, pinyinInitials(bare), pinyinInitials(label)])].join(' ');
}

export const HEADER_KEYS: Array<{ key: string; zh: string; en: string; placeholder: string }> = [
  { key: '标题', zh: '报告标题，例如“某某机关2024年政府信息公开工作年度报告”。', en: 'Report title, e.g. "某某机关2024年政府信息公开工作年度报告".', placeholder: '某某机关2024年政府信息公开工作年度报告' },
  { key: '机关', zh: '发布报告的行政机关全称。', en: 'Full name of the publishing agency.', placeholder: '某某机关' },
  { key: '年度', zh: '报告年度（四位年份），决定适用的报告格式：2020 年度及以前用 2019 年格式，2021 年度起用 2021 年格式。', en: 'Report year (four digits); it decides the format: up to 2020 the 2019 format, from 2021 the 2021 format.', placeholder: String(new Date().getFullYear() - 1) },
  { key: '格式', zh: '报告格式版本：2019（国办公开办函〔2019〕60号）或 2021（国办公开办函〔2021〕30号）。', en: 'Format version: 2019 (国办公开办函〔2019〕60号) or 2021 (国办公开办函〔2021〕30号).', placeholder: '2021' },
  { key: '发布日期', zh: '报告发布日期（可选）。', en: 'Publication date (optional).', placeholder: '2025-01-20' },
];

function headerKeys(ctx: Context): CompletionItem[] {
  const present = new Set(ctx.model.header.map((f) => f.key as string));
  return HEADER_KEYS.filter((k) => !present.has(k.key)).map((k, i) => ({
    label: `${k.key}：`, kind: CompletionItemKind.Property, detail: say(ctx.locale, '表头字段', 'Header field'),
    documentation: { kind: 'markdown', value: say(ctx.locale, k.zh, k.en) },
    sortText: `0${i}`, filterText: filterText(k.key), insertTextFormat: 2,
    textEdit: edit(ctx, ctx.wordStart, headerLine(k.key, tabStop(1, k.placeholder))),
  }));
}

function formatValues(ctx: Context, valueStart: number): CompletionItem[] {
  const expected = ctx.model.year !== undefined && ctx.model.year >= 2019 ? (ctx.model.year <= 2020 ? '2019' : '2021') : undefined;
  return (['2019', '2021'] as FormatVersion[]).map((version, i) => {
    const format = FORMATS[version];
    const years = format.lastYear ? `${format.firstYear}–${format.lastYear}` : `${format.firstYear}–`;
    return {
      label: version, kind: CompletionItemKind.Enum, detail: `${format.notice}`,
      documentation: { kind: 'markdown', value: `${format.title}（${format.notice}）\n\n${say(ctx.locale, `适用于 ${years} 年度的报告。`, `For report years ${years}.`)}` },
      sortText: `${i}`, filterText: version, insertTextFormat: 1, preselect: version === expected,
      textEdit: edit(ctx, valueStart, version, Math.max(ctx.offset, ctx.model.index.lineEnd(ctx.model.index.positionAt(ctx.offset).line))),
    };
  });
}

function sectionHeadings(ctx: Context, prefix: string): CompletionItem[] {
  const present = new Set(ctx.model.sections.map((s) => s.spec?.index).filter((i) => i !== undefined));
  return ctx.model.format.sections.filter((s) => !present.has(s.index)).map((spec: SectionSpec) => ({
    label: `${prefix}${spec.heading}`, kind: CompletionItemKind.Module, detail: say(ctx.locale, `第${spec.numeral}部分`, `Section ${spec.numeral}`),
    documentation: { kind: 'markdown', value: pick(spec.doc, ctx.locale) },
    sortText: `3${spec.index}`, filterText: filterText(spec.heading) + (prefix ? ` ${prefix}${spec.heading}` : ''), insertTextFormat: 1,
    // Typed after `#`: replace the whole marker so `#一` does not become `## 一、…`.
    textEdit: edit(ctx, ctx.wordStart, headingLine(spec.heading)),
  }));
}

function captions(ctx: Context, section: SectionNode, prefix: string): CompletionItem[] {
  if (section.spec?.table !== 'table2') return [];
  const table = ctx.model.tables.table2;
  const written = new Set(table.captions
    .filter((c) => c.start < ctx.lineStart || c.start > ctx.model.index.lineEnd(ctx.model.index.positionAt(ctx.offset).line))
    .map((c) => c.subTable?.id));
  return ctx.model.format.tables.table2.subTables.filter((s) => !written.has(s.id)).map((subTable, i) => {
    const rowsWritten = subTable.rows.some((r) => table.rows.has(r.id));
    const block = rowsWritten ? captionLine(subTable.caption!) : captionBlock(subTable);
    return {
      label: `${prefix}${subTable.caption}`, kind: CompletionItemKind.Struct,
      detail: say(ctx.locale, `表二栏目 · ${subTable.rows.map((r) => r.label).join('、')}`, `Table 二 caption · ${subTable.rows.map((r) => r.label).join(', ')}`),
      documentation: { kind: 'markdown', value: `**${subTable.caption}**\n\n${say(ctx.locale, '列', 'Columns')}：${subTable.columns.map((c) => c.label).join(' · ')}\n\n${say(ctx.locale, '行', 'Rows')}：${subTable.rows.map((r) => r.label).join('、')}` },
      sortText: `2${i}`, filterText: filterText(subTable.caption!) + ` ${prefix}${subTable.caption}`, insertTextFormat: 2,
      textEdit: edit(ctx, ctx.wordStart, block),
    };
  });
}

/** The caption, `信息内容 | columns` and every row at 0, tab stops on the cells. */
function captionBlock(subTable: SubTableSpec): string {
  let stop = 1;
  return subTableLines(subTable, { cell: () => tabStop(stop++, '0'), heading: 'captionAndColumns' }).join('\n');
}

function rowLabels(ctx: Context, section: SectionNode, tableId: TableId): CompletionItem[] {
  const { model } = ctx;
  const table = model.tables[tableId];
  const line = model.index.positionAt(ctx.offset).line;
  const written = new Set(table.all.filter((r) => r.line !== line && r.resolution.status === 'ok').map((r) => (r.resolution as { row: RowSpec }).row.id));
  let subTables = model.format.tables[tableId].subTables;
  if (tableId === 'table2') {
    const caption = [...section.items].reverse().find((i) => i.kind === 'caption' && i.start < ctx.lineStart);
    if (caption?.kind === 'caption' && caption.subTable) subTables = [caption.subTable];
  }
  const items: CompletionItem[] = [];
  let position = 0;
  for (const subTable of subTables) {
    for (const row of subTable.rows) {
      position++;
      if (written.has(row.id)) continue;
      items.push(rowItem(ctx, tableId, subTable, row, position));
    }
  }
  return items;
}

function rowItem(ctx: Context, tableId: TableId, subTable: SubTableSpec, row: RowSpec, position: number): CompletionItem {
  const { model, locale } = ctx;
  const withCells = row.kind !== 'group' && !ctx.pipeAfter;
  const cells = withCells ? appendedCells(subTable.columns.map((_, i) => tabStop(i + 1, '0'))) : '';
  // With cells already written after the cursor, only the label is replaced.
  const lineEnd = model.index.lineEnd(model.index.positionAt(ctx.offset).line);
  const pipe = model.text.slice(ctx.offset, lineEnd).search(/[|｜]/);
  const end = ctx.pipeAfter ? ctx.offset + pipe : ctx.offset;
  const group = row.kind === 'group' ? say(locale, '分组行', 'group row') : `${subTable.columns.length} ${say(locale, '列', 'columns')}`;
  return {
    label: row.label, kind: row.kind === 'group' ? CompletionItemKind.Module : CompletionItemKind.Field,
    detail: `${tableName(tableId, locale)}${subTable.caption ? ` · ${subTable.caption}` : ''} · ${group}`,
    documentation: { kind: 'markdown', value: rowDoc(model.format, tableId, row, subTable, locale) },
    sortText: `1${String(position).padStart(3, '0')}`, filterText: [filterText(row.label), ...row.aliases, row.short].join(' '),
    insertTextFormat: 2, textEdit: edit(ctx, ctx.wordStart, `${row.label}${ctx.pipeAfter ? ' ' : cells}`, Math.max(end, ctx.offset)),
  };
}

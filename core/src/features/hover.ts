import { tableName, type Locale, type TableId } from '../formats';
import { RULES } from '../i18n/catalog';
import { pick } from '../i18n/locale';
import { say } from '../i18n/text';
import type { AnalysisMemo } from '../memo';
import type { ReportDiagnostic } from '../rules/context';
import type { Cell, ReportModel, RowNode, Span } from '../model/types';
import { HEADER_KEYS } from './completion';
import { cellName, equationsFedBy, equationsTargeting, relationName, rowDoc, ruleTitle } from './describe';
import { escapeMarkdown } from '../text/markdown';
import { placeAt } from './locate';
import { claimAt, claimVerdict } from './proseClaims';
import { expectedValue, sumFormula } from './totals';
import type { Hover } from './types';

/**
 * Hover at an offset: a cell's row, column, unit, the totals it feeds or the sum that gives it; a count in the prose of
 * section 一, what the checker compared it with or why it did not; the rule behind a diagnostic.
 */
export function hover(model: ReportModel, diagnostics: ReportDiagnostic[], offset: number, locale: Locale, memo?: AnalysisMemo): Hover | undefined {
  const place = placeAt(model, offset);
  let span: Span | undefined;
  const parts: string[] = [];
  switch (place.kind) {
    case 'header': {
      const key = HEADER_KEYS.find((k) => k.key === place.field.key);
      if (key) { parts.push(`**${place.field.key}**`, say(locale, key.zh, key.en)); span = place.field.keySpan; }
      if (place.field.key === '格式' || place.field.key === '年度') parts.push(say(locale, `本报告按 ${model.format.version} 年格式（${model.format.notice}）检查。`, `Checked against the ${model.format.version} format (${model.format.notice}).`));
      break;
    }
    case 'heading': {
      const spec = place.section.spec;
      span = place.section.heading.title;
      if (spec) parts.push(`**${spec.heading}**`, pick(spec.doc, locale));
      break;
    }
    case 'rowLabel': {
      const r = place.row.resolution;
      span = place.row.label;
      if (r.status === 'ok' || r.status === 'otherVersion') parts.push(rowDoc(model.format, place.row.table, r.row, r.subTable, locale));
      break;
    }
    case 'cell': {
      span = place.cell.raw === '' ? { start: place.cell.pipeOffset, end: place.cell.pipeOffset + 1 } : place.cell;
      parts.push(...cellHover(model, place.row, place.cell, locale));
      break;
    }
    case 'item': {
      const item = place.item;
      // A count stated in the prose of section 一: whether the checker compared it, with which cells, or why not.
      const claim = item.kind === 'prose' && place.section.spec?.index === 1 ? claimAt(model, offset, memo) : undefined;
      if (claim) { span = claim.span; parts.push(claimVerdict(model, claim, locale)); }
      if (item.kind === 'caption') {
        span = item.title;
        const subTable = item.subTable ?? item.otherVersion?.subTable;
        if (subTable) parts.push(`**${subTable.caption}**`, `${say(locale, '列', 'Columns')}：${subTable.columns.map((c) => `${c.label}（${c.unit}）`).join(' · ')}`, `${say(locale, '行', 'Rows')}：${subTable.rows.map((r) => r.label).join('、')}`);
      }
      break;
    }
    default: break;
  }
  const here = diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end && d.span.end > d.span.start);
  for (const diagnostic of here) {
    const rule = RULES[diagnostic.code];
    parts.push(`---\n**${ruleTitle(diagnostic.code, locale)}** \`${diagnostic.code}\`\n\n${escapeMarkdown(diagnostic.message)}${rule ? `\n\n${say(locale, '依据', 'Source')}：${pick(rule.source, locale)}` : ''}`);
    span ??= diagnostic.span;
  }
  if (parts.length === 0 || !span) return undefined;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: model.index.range(span.start, span.end) };
}

function cellHover(model: ReportModel, row: RowNode, cell: Cell, locale: Locale): string[] {
  const resolution = row.resolution;
  if (resolution.status !== 'ok') return [];
  const column = resolution.subTable.columns[cell.index];
  if (!column) return [say(locale, `多出的单元格：“${resolution.row.label}”只有 ${resolution.subTable.columns.length} 列。`, `Extra cell: "${resolution.row.label}" has ${resolution.subTable.columns.length} columns.`)];
  const table: TableId = row.table;
  const ref = { row: resolution.row.id, column: column.id };
  const lines = [
    `**${resolution.row.label}** · **${column.group ? `${column.group} · ` : ''}${column.label}**`,
    `${say(locale, '单位', 'Unit')}：${column.unit} · ${tableName(table, locale)}${resolution.subTable.caption ? ` · ${resolution.subTable.caption}` : ''}`,
  ];
  for (const equation of equationsTargeting(model.format, table, ref)) {
    const expected = expectedValue(model, equation);
    const title = relationName(equation.code, locale);
    if (!expected) { lines.push(`${title}：${say(locale, '有空白或无效的分项，暂不能计算', 'some terms are blank or invalid; not computable yet')}`); continue; }
    const found = cell.value;
    const verdict = found === undefined ? '' : found === expected.value ? ' ✓' : say(locale, `（实为 ${found}）`, ` (found ${found})`);
    lines.push(`${title}：${sumFormula(expected.terms, expected.value)}${verdict}`);
  }
  const fed = equationsFedBy(model.format, table, ref);
  if (fed.length > 0) {
    const targets = fed.map((e) => `${cellName(model.format, table, e.target)}（${relationName(e.code, locale)}）`);
    lines.push(`${say(locale, '计入', 'Feeds')}：${[...new Set(targets)].join('；')}`);
  }
  return lines;
}

import type { Block, LayoutCell, LayoutRow, Mark, ReportLayout, SourceRef, TableBlock, TextBlock } from './types';
import { BASE_CSS } from './styles';
import { PRINT_CSS } from './printStyles';
import { markupSafe } from '../text/sanitize';
import { decimalToString, parseDecimal } from '../model/decimal';
import { toHalfWidth } from '../text/normalize';

export interface HtmlOptions {
  /** Mark cells that carry diagnostics (class + title). On in the preview, off in an export. */
  marks?: boolean;
  /**
   * Write column widths as style attributes. Off for the preview, whose CSP forbids inline
   * styles: its script applies data-w instead.
   */
  inlineStyles?: boolean;
  /**
   * Value cells of written statutory rows carry `data-cell="table/row/column"` and are focusable
   * (tabindex), so the preview can edit them. Off in an export.
   */
  editable?: boolean;
}

/** Everything the author wrote passes through here: text can never become markup, nor carry a control character. */
export function escapeHtml(text: string): string {
  return markupSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The report as an HTML fragment (one <article>), for the preview and inside the export. */
export function renderHtml(layout: ReportLayout, options: HtmlOptions = {}): string {
  const out: string[] = [`<article class="zfxxgk-report" data-format="${layout.version}">`];
  for (const block of layout.blocks) out.push(renderBlock(block, options));
  out.push('</article>');
  return out.join('\n');
}

/** A standalone HTML file for publishing or printing: print CSS (A4), no script, no marks. */
export function renderHtmlDocument(layout: ReportLayout, options: HtmlOptions = {}): string {
  const body = renderHtml(layout, { marks: false, inlineStyles: true, ...options });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zfxxgk">
<title>${escapeHtml(layout.title)}</title>
<style>
${BASE_CSS}
${PRINT_CSS}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function renderBlock(block: Block, options: HtmlOptions): string {
  return block.kind === 'table' ? renderTable(block, options) : renderText(block, options);
}

const TEXT_TAGS: Record<TextBlock['kind'], string> = { title: 'h1', heading: 'h2', subheading: 'h3', paragraph: 'p' };

function renderText(block: TextBlock, options: HtmlOptions): string {
  const tag = TEXT_TAGS[block.kind];
  const classes = [block.kind, block.missing ? 'missing' : ''];
  return `<${tag}${attributes(classes, block.source, options.marks ? block.mark : undefined)}>${escapeHtml(block.text)}</${tag}>`;
}

function renderTable(table: TableBlock, options: HtmlOptions): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const cols = table.widths.map((w) => {
    const percent = ((w / total) * 100).toFixed(2);
    return `<col data-w="${percent}"${options.inlineStyles ? ` style="width:${percent}%"` : ''}>`;
  }).join('');
  const head = table.rows.slice(0, table.headerRows).map((r) => renderRow(r, options)).join('\n');
  const body = table.rows.slice(table.headerRows).map((r) => renderRow(r, options)).join('\n');
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  return `<div${attributes(['table-wrap'], table.source)}><table class="statutory ${table.table}">${caption}<colgroup>${cols}</colgroup>`
    + (head ? `\n<thead>\n${head}\n</thead>` : '') + `\n<tbody>\n${body}\n</tbody></table></div>`;
}

function renderRow(row: LayoutRow, options: HtmlOptions): string {
  const cells = row.cells.map((c) => renderCell(c, options)).join('');
  return `<tr${attributes([row.kind, row.missing ? 'missing' : ''], row.source)}>${cells}</tr>`;
}

function renderCell(cell: LayoutCell, options: HtmlOptions): string {
  const tag = cell.header ? 'th' : 'td';
  const spans = (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') + (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
  const classes = [cell.role, cell.vertical ? 'vertical' : ''];
  const text = escapeHtml(cell.text);
  // Vertical text goes in a span: writing-mode on the cell itself breaks table layout in some engines.
  let content = cell.vertical ? `<span class="vertical-text">${text}</span>` : text;
  let extra = '';
  if (options.editable && cell.edit) {
    extra = ` data-cell="${escapeHtml(`${cell.edit.table}/${cell.edit.row}/${cell.edit.column}`)}" tabindex="0"`;
    // Last year's value rides along; the preview shows it (or the change) when its toggle is on.
    if (cell.previous !== undefined) {
      extra += ` data-previous="${escapeHtml(cell.previous)}"`;
      const change = changeOf(cell.text, cell.previous);
      content += `<span class="previous" aria-hidden="true">${escapeHtml(cell.previous || '—')}</span><span class="change" aria-hidden="true">${escapeHtml(change)}</span>`;
    }
  }
  return `<${tag}${spans}${attributes(classes, cell.source, options.marks ? cell.mark : undefined)}${extra}>${content}</${tag}>`;
}

/** This year's value less last year's, when both are plain numbers: `+12`, `−3`, `±0`; else empty. Exact (bigint). */
export function changeOf(current: string, previous: string): string {
  const read = (text: string) => /^(-?)(\d+)(?:\.(\d+))?$/.exec(toHalfWidth(text.trim()));
  const a = read(current);
  const b = read(previous);
  if (!a || !b) return '';
  const x = parseDecimal(a[2], a[3] ?? '', a[1] === '-');
  const y = parseDecimal(b[2], b[3] ?? '', b[1] === '-');
  const scale = Math.max(x.scale, y.scale);
  const difference = x.scaled * 10n ** BigInt(scale - x.scale) - y.scaled * 10n ** BigInt(scale - y.scale);
  const text = decimalToString({ scaled: difference < 0n ? -difference : difference, scale });
  return difference > 0n ? `+${text}` : difference < 0n ? `−${text}` : `±${text}`;
}

function attributes(classes: string[], source: SourceRef | undefined, mark?: Mark): string {
  const all = classes.filter(Boolean);
  if (mark) all.push('mark', `mark-${mark.severity}`);
  let out = all.length ? ` class="${all.join(' ')}"` : '';
  if (source) out += ` data-line="${source.line}" data-col="${source.character}"`;
  if (mark) out += ` title="${escapeHtml(mark.messages.join('\n'))}"`;
  return out;
}

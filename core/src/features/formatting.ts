import { buildModel } from '../model/build';
import { readCell } from '../model/cells';
import type { BodyItem, CaptionNode, ColumnHeaderNode, ReportModel, RowNode, SectionNode } from '../model/types';
import type { OffsetEdit } from '../rules/context';
import { captionLine, headerLine, headingLine, rowLine } from '../syntax/print';
import { displayWidth, toHalfWidth } from '../text/normalize';

/**
 * The formatter. Table lines: `|` columns aligned (CJK counts two columns), labels in their
 * canonical statutory spelling, full-width digits half-width. Headings, captions and header
 * keys: canonical markers and punctuation. Prose, notes and comments are never touched.
 * Edits are per line and minimal; the result is re-parsed and must mean exactly what the
 * input meant, or no edit is made at all.
 */
export function formatEdits(model: ReportModel, range?: { start: number; end: number }): OffsetEdit[] {
  const lines = new Map<number, string>();
  for (const field of model.header) {
    lines.set(lineOf(model, field.start), headerLine(field.keySpan.text, field.value.text));
  }
  for (const section of model.sections) {
    const title = section.match === 'exact' && section.spec ? section.spec.heading : section.heading.title.text;
    if (title) lines.set(section.heading.line, headingLine(title));
    for (const item of section.items) {
      if (item.kind === 'caption') lines.set(item.line, captionLine(item.subTable?.caption ?? item.title.text));
      if (item.kind === 'subheading' && item.title.text) lines.set(item.line, captionLine(item.title.text));
    }
    for (const block of tableBlocks(section)) alignBlock(model, block, lines);
  }

  const edits: OffsetEdit[] = [];
  const firstLine = range ? lineOf(model, range.start) : 0;
  const lastLine = range ? lineOf(model, Math.max(range.start, range.end - (range.end > range.start && isLineStart(model, range.end) ? 1 : 0))) : Infinity;
  for (const [line, formatted] of [...lines].sort((a, b) => a[0] - b[0])) {
    if (line < firstLine || line > lastLine) continue;
    const start = model.index.lineStarts[line];
    const edit = minimalEdit(model.text.slice(start, model.index.lineEnd(line)), formatted, start);
    if (edit) edits.push(edit);
  }
  if (edits.length === 0 || !sameMeaning(model, applyEdits(model.text, edits))) return [];
  return edits;
}

function lineOf(model: ReportModel, offset: number): number { return model.index.positionAt(offset).line; }
function isLineStart(model: ReportModel, offset: number): boolean { return model.index.lineStarts.includes(offset); }

/** Rows and column headers of a table section, one block per caption of 二 (a whole table for 三 and 四). */
function tableBlocks(section: SectionNode): Array<Array<RowNode | ColumnHeaderNode>> {
  if (!section.spec?.table) return [];
  const blocks: Array<Array<RowNode | ColumnHeaderNode>> = [[]];
  for (const item of section.items) {
    if (item.kind === 'caption') blocks.push([]);
    else if (item.kind === 'row' || item.kind === 'columns') blocks[blocks.length - 1].push(item);
  }
  return blocks.filter((b) => b.length > 0);
}

interface Rendered { item: RowNode | ColumnHeaderNode; label: string; cells: string[]; leadingPipe: boolean; trailingPipe: boolean; piped: boolean }

function alignBlock(model: ReportModel, block: Array<RowNode | ColumnHeaderNode>, lines: Map<number, string>): void {
  const rendered: Rendered[] = block.map((item) => {
    const lineStart = model.index.lineStarts[item.line];
    const lineText = model.text.slice(lineStart, model.index.lineEnd(item.line));
    const leadingPipe = /^[\s\u3000]*[|｜]/.test(lineText);
    const trailingPipe = /[|｜][\s\u3000]*$/.test(lineText) && !(leadingPipe && countPipes(lineText) === 1);
    if (item.kind === 'columns') {
      const label = model.text.slice(lineStart, lineText.length + lineStart).split(/[|｜]/)[leadingPipe ? 1 : 0].trim();
      return { item, label, cells: item.cells.map((c) => c.text), leadingPipe, trailingPipe, piped: true };
    }
    const label = item.resolution.status === 'ok' ? item.resolution.row.label : item.label.text;
    const cells = item.cells.map((c) => (c.reading.kind === 'number' ? toHalfWidth(c.raw) : c.raw));
    return { item, label, cells, leadingPipe, trailingPipe, piped: item.hasPipes };
  });
  const piped = rendered.filter((r) => r.piped);
  const labelWidth = Math.max(0, ...piped.map((r) => displayWidth(r.label)));
  const cellWidths: number[] = [];
  for (const r of piped) if (r.item.kind === 'row') r.cells.forEach((c, i) => { cellWidths[i] = Math.max(cellWidths[i] ?? 0, displayWidth(c)); });
  for (const r of rendered) {
    if (!r.piped) { lines.set(r.item.line, r.label); continue; }
    // Column headers keep their cells unpadded; the author's leading and closing pipes are kept.
    const layout = { labelWidth, cellWidths: r.item.kind === 'row' ? cellWidths : undefined, leadingPipe: r.leadingPipe, closingPipe: r.trailingPipe };
    lines.set(r.item.line, rowLine(r.label, r.cells, layout));
  }
}

function countPipes(text: string): number { return (text.match(/[|｜]/g) ?? []).length; }

function minimalEdit(before: string, after: string, offset: number): OffsetEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start: offset + prefix, end: offset + before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

export function applyEdits(text: string, edits: OffsetEdit[]): string {
  let out = '';
  let last = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(last, edit.start) + edit.newText;
    last = edit.end;
  }
  return out + text.slice(last);
}

/** What a report says, independent of layout: the formatter must keep it exactly. */
export function meaningOf(model: ReportModel): string {
  const item = (i: BodyItem): unknown => {
    switch (i.kind) {
      case 'prose': case 'note': return [i.kind, i.text];
      case 'subheading': return ['sub', i.title.text];
      case 'caption': return ['caption', captionId(i)];
      case 'columns': return ['columns', i.cells.map((c) => c.text)];
      case 'row': return ['row', i.resolution.status === 'ok' ? i.resolution.row.id : i.label.text, i.cells.map((c) => JSON.stringify(readCell(c.raw)))];
    }
  };
  return JSON.stringify({
    header: model.header.map((f) => [f.key, f.value.text]),
    preamble: model.preamble.map((p) => p.text),
    comments: model.comments.map((c) => model.text.slice(c.start, c.end)),
    sections: model.sections.map((s) => [s.spec?.index ?? s.heading.title.text, s.match === 'exact' ? 'exact' : s.heading.title.text, s.items.map(item)]),
  });
}

function captionId(caption: CaptionNode): string { return caption.subTable?.id ?? caption.title.text; }

function sameMeaning(model: ReportModel, formatted: string): boolean {
  return meaningOf(model) === meaningOf(buildModel(formatted));
}

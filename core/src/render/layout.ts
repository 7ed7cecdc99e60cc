import type { SectionSpec, TableId } from '../formats';
import { headerValue } from '../model/header';
import type { BodyItem, ReportModel } from '../model/types';
import type { ReportDiagnostic } from '../rules';
import { countBySeverity } from '../config/severity';
import { MarkIndex } from './marks';
import { TableLayouter } from './tables';
import type { Block, ReportLayout, SourceRef, TextBlock } from './types';

export interface LayoutOptions {
  /** Last year's report of the same agency: value cells carry its values (the preview's comparison). */
  previous?: ReportModel;
  /** The diagnostics indexed by cell, when the caller has built the index already (tests count its work). */
  marks?: MarkIndex;
}

/**
 * The report as the official form prints it: title, preamble, the six sections in order with
 * their prose and tables. Sections are printed in the order written (so the preview follows the
 * source); a statutory section not written yet is printed at its place, empty, so the author
 * sees what is missing.
 */
export function layoutReport(model: ReportModel, diagnostics: readonly ReportDiagnostic[], options: LayoutOptions = {}): ReportLayout {
  const marks = options.marks ?? new MarkIndex(diagnostics);
  const tables = new TableLayouter(model, marks, options.previous);
  const source = (offset: number): SourceRef => model.index.positionAt(offset);
  const blocks: Block[] = [];

  const titleField = model.header.find((f) => f.key === '标题');
  blocks.push({
    kind: 'title', text: titleOf(model),
    source: titleField && source(titleField.value.start), mark: titleField && marks.at(titleField),
  });
  for (const line of model.preamble) blocks.push(paragraph(line.text, source(line.start), marks.at(line)));

  const printedSections = new Set<SectionSpec>();
  const printedTables = new Set<TableId>();
  const printMissingBefore = (index: number) => {
    for (const spec of model.format.sections) {
      if (spec.index >= index || printedSections.has(spec)) continue;
      printedSections.add(spec);
      if (model.sections.some((s) => s.spec === spec)) continue; // written later, out of order
      blocks.push({ kind: 'heading', text: spec.heading, missing: true });
      if (spec.table && !printedTables.has(spec.table)) {
        printedTables.add(spec.table);
        blocks.push(...tables.build(model.format.tables[spec.table]));
      }
    }
  };

  for (const section of model.sections) {
    if (section.spec) printMissingBefore(section.spec.index);
    if (section.spec) printedSections.add(section.spec);
    const canonical = section.spec && (section.match === 'exact' || section.match === 'variant');
    blocks.push({
      kind: 'heading', text: canonical ? section.spec!.heading : section.heading.title.text,
      source: source(section.heading.start), mark: marks.at(section.heading),
    });
    const tableId = section.spec?.kind === 'table' ? section.spec.table : undefined;
    if (!tableId || printedTables.has(tableId)) {
      for (const item of section.items) blocks.push(...textOf(item, source, marks));
      continue;
    }
    printedTables.add(tableId);
    const firstTableItem = section.items.findIndex(isTablePart);
    const before = firstTableItem < 0 ? section.items : section.items.slice(0, firstTableItem);
    const after = firstTableItem < 0 ? [] : section.items.slice(firstTableItem);
    for (const item of before) blocks.push(...textOf(item, source, marks));
    const [main, ...rest] = tables.build(model.format.tables[tableId]);
    main.source = firstTableItem >= 0 ? source(section.items[firstTableItem].start) : undefined;
    blocks.push(main, ...rest);
    for (const item of after) if (!isTablePart(item)) blocks.push(...textOf(item, source, marks));
  }
  printMissingBefore(Number.POSITIVE_INFINITY);

  return { title: titleOf(model), version: model.format.version, blocks, summary: countBySeverity(diagnostics) };
}

function isTablePart(item: BodyItem): boolean {
  return item.kind === 'row' || item.kind === 'caption' || item.kind === 'columns';
}

/** 标题, or the title the form implies from 机关 and 年度. */
function titleOf(model: ReportModel): string {
  const title = headerValue(model, '标题');
  if (title) return title;
  const agency = headerValue(model, '机关') ?? '';
  return `${agency}${model.year !== undefined ? `${model.year}年` : ''}政府信息公开工作年度报告`;
}

function paragraph(text: string, source: SourceRef, mark: TextBlock['mark']): TextBlock {
  return { kind: 'paragraph', text: text.trim(), source, mark };
}

function textOf(item: BodyItem, source: (offset: number) => SourceRef, marks: MarkIndex): TextBlock[] {
  switch (item.kind) {
    case 'prose':
    case 'note':
      return item.text.trim() === '' ? [] : [paragraph(item.text, source(item.start), marks.at(item))];
    case 'subheading':
      return [{ kind: 'subheading', text: item.title.text, source: source(item.start), mark: marks.at(item) }];
    case 'caption':
      return [{ kind: 'subheading', text: item.title.text, source: source(item.start), mark: marks.at(item) }];
    case 'columns':
    case 'row':
      // Only reached for a second copy of a table section: its rows are listed as strays of the first.
      return [];
  }
}

import type { ColumnSpec, RowSpec, SubTableSpec, TableSpec } from '../formats';
import type { ColumnHeaderNode, ReportModel, RowNode, TableNode } from '../model/types';
import { labelKey } from '../text/normalize';
import type { MarkIndex } from './marks';
import type { EditRef, LayoutCell, LayoutRow, SourceRef, TableBlock } from './types';

/**
 * The three statutory tables laid out as the official form prints them. Every row list, label
 * and spanning header comes from the format data; only the shape of each layout lives here.
 */
export class TableLayouter {
  /** `previous`: last year's report of the same agency; its values ride along on the value cells. */
  constructor(private readonly model: ReportModel, private readonly marks: MarkIndex, private readonly previous?: ReportModel) {}

  build(spec: TableSpec): TableBlock[] {
    const node = this.model.tables[spec.id];
    const main = spec.layout === 'columnGroups' ? this.columnGroups(spec, node)
      : spec.id === 'table2' ? this.captioned(spec, node) : this.grouped(spec, node);
    const stray = this.stray(node);
    return stray ? [main, stray] : [main];
  }

  /** Table 二: per caption a caption row, a 信息内容 header row and the data rows. */
  private captioned(spec: TableSpec, node: TableNode): TableBlock {
    const valueColumns = Math.max(...spec.subTables.map((s) => s.columns.length));
    const width = 1 + valueColumns;
    const rows: LayoutRow[] = [];
    for (const subTable of spec.subTables) {
      const captionNode = node.captions.find((c) => c.subTable === subTable);
      const captionSource = captionNode && this.source(captionNode.title.start);
      rows.push({
        kind: 'caption', source: captionSource,
        cells: [cell(subTable.caption ?? '', 'caption', { colSpan: width, source: captionSource, mark: captionNode && this.marks.at(captionNode.title) })],
      });
      const header = node.columnHeaders.find((h) => h.caption?.subTable === subTable);
      const headerSource = header && this.source(header.start);
      const stretch = valueColumns - subTable.columns.length;
      rows.push({
        kind: 'columns', source: headerSource,
        cells: [
          cell('信息内容', 'columnLabel', { header: true, source: headerSource }),
          ...subTable.columns.map((column, i) => cell(columnLabel(column, header, i), 'columnLabel', {
            header: true, colSpan: i === subTable.columns.length - 1 ? 1 + stretch : 1,
            source: header?.cells[i] && this.source(header.cells[i].start), mark: header?.cells[i] && this.marks.at(header.cells[i]),
          })),
        ],
      });
      for (const rowSpec of subTable.rows) {
        const written = this.written(node, rowSpec, subTable);
        const values = this.values(written, subTable.columns.length, { table: spec.id, row: rowSpec.id }, subTable.columns);
        if (stretch > 0) values[values.length - 1].colSpan += stretch;
        rows.push(this.dataRow(written, [this.label(rowSpec, written, 1)], values));
      }
    }
    return { kind: 'table', table: spec.id, columns: width, widths: [3, ...Array(valueColumns).fill(2)], headerRows: 0, rows };
  }

  /** Table 三: header with the note cell and spanning column groups; label cells nested by row groups. */
  private grouped(spec: TableSpec, node: TableNode): TableBlock {
    const subTable = spec.subTables[0];
    const { columns, rows: rowSpecs } = subTable;
    const labelColumns = 1 + Math.max(...rowSpecs.map((r) => r.depth));
    const hasGroups = columns.some((c) => c.group);
    const headerRows = (spec.columnsHeading ? 1 : 0) + (hasGroups ? 2 : 1);
    const header: LayoutRow[] = Array.from({ length: headerRows }, () => ({ kind: 'header', cells: [] }));
    header[0].cells.push(cell(spec.note ?? '', 'note', { header: true, colSpan: labelColumns, rowSpan: headerRows }));
    let level = 0;
    if (spec.columnsHeading) header[level++].cells.push(cell(spec.columnsHeading, 'heading', { header: true, colSpan: columns.length }));
    columns.forEach((column, i) => {
      if (!column.group) { header[level].cells.push(cell(column.label, 'columnLabel', { header: true, rowSpan: hasGroups ? 2 : 1 })); return; }
      if (columns[i - 1]?.group !== column.group) {
        const span = columns.slice(i).findIndex((c) => c.group !== column.group);
        header[level].cells.push(cell(column.group, 'heading', { header: true, colSpan: span < 0 ? columns.length - i : span }));
      }
      header[level + 1].cells.push(cell(column.label, 'columnLabel', { header: true }));
    });

    const byId = new Map(rowSpecs.map((r) => [r.id, r]));
    const ancestors = (row: RowSpec): RowSpec[] => {
      const chain: RowSpec[] = [];
      for (let parent = row.parent && byId.get(row.parent); parent; parent = parent.parent ? byId.get(parent.parent) : undefined) chain.unshift(parent);
      return chain;
    };
    const leaves = rowSpecs.filter((r) => r.kind !== 'group');
    const leafCount = (group: RowSpec) => leaves.filter((leaf) => ancestors(leaf).includes(group)).length;
    const opened = new Set<string>();
    const body: LayoutRow[] = leaves.map((leaf) => {
      const labels: LayoutCell[] = [];
      for (const group of ancestors(leaf)) {
        if (opened.has(group.id)) continue;
        opened.add(group.id);
        const written = this.written(node, group, subTable);
        labels.push(cell(group.label, 'group', {
          rowSpan: leafCount(group), vertical: group.depth === 0,
          source: written && this.source(written.label.start), mark: written && this.marks.at(written),
        }));
      }
      const written = this.written(node, leaf, subTable);
      labels.push(this.label(leaf, written, labelColumns - leaf.depth));
      return this.dataRow(written, labels, this.values(written, columns.length, { table: spec.id, row: leaf.id }, columns));
    });
    const widths = [1.2, ...Array(Math.max(0, labelColumns - 2)).fill(3), 6, ...columns.map(() => 1.6)].slice(0, labelColumns + columns.length);
    return { kind: 'table', table: spec.id, columns: labelColumns + columns.length, widths, headerRows, rows: [...header, ...body] };
  }

  /** Table 四: every statutory row is a group of columns; the numbers form one printed row. */
  private columnGroups(spec: TableSpec, node: TableNode): TableBlock {
    const subTable = spec.subTables[0];
    const { columns, rows: rowSpecs } = subTable;
    const grouped = rowSpecs.some((r) => r.group);
    const headerRows = grouped ? 3 : 2;
    const header: LayoutRow[] = Array.from({ length: headerRows }, () => ({ kind: 'header', cells: [] }));
    const values: LayoutCell[] = [];
    let firstSource: SourceRef | undefined;
    rowSpecs.forEach((rowSpec, i) => {
      const written = this.written(node, rowSpec, subTable);
      const labelSource = written && this.source(written.label.start);
      firstSource ??= written && this.source(written.start);
      const label = cell(rowSpec.label, 'heading', { header: true, colSpan: columns.length, source: labelSource, mark: written && this.marks.at(written.label) });
      const columnCells = columns.map((c) => cell(c.label, 'columnLabel', { header: true, rowSpan: grouped && !rowSpec.group ? 2 : 1 }));
      if (!rowSpec.group) {
        header[0].cells.push(label);
        header[1].cells.push(...columnCells);
      } else {
        if (rowSpecs[i - 1]?.group !== rowSpec.group) {
          const span = rowSpecs.slice(i).findIndex((r) => r.group !== rowSpec.group);
          header[0].cells.push(cell(rowSpec.group, 'heading', { header: true, colSpan: columns.length * (span < 0 ? rowSpecs.length - i : span) }));
        }
        header[1].cells.push(label);
        header[2].cells.push(...columnCells);
      }
      values.push(...this.values(written, columns.length, { table: spec.id, row: rowSpec.id }, columns));
    });
    const width = rowSpecs.length * columns.length;
    const data: LayoutRow = { kind: 'data', cells: values, source: firstSource, missing: !firstSource || undefined };
    return { kind: 'table', table: spec.id, columns: width, widths: Array(width).fill(1), headerRows, rows: [...header, data] };
  }

  /** Rows written in a table section that have no place in the statutory layout: shown as written, never dropped. */
  private stray(node: TableNode): TableBlock | undefined {
    const strays = node.all.filter((r) => r.resolution.status !== 'ok' || node.rows.get(r.resolution.row.id) !== r);
    if (strays.length === 0) return undefined;
    // A loop, not Math.max(...): 100,000 stray rows would overflow the call stack.
    const width = 1 + strays.reduce((widest, r) => Math.max(widest, r.cells.length), 1);
    const rows = strays.map((row): LayoutRow => {
      const labelCell = cell(row.label.text, 'label', { source: this.source(row.label.start), mark: this.marks.at(row.label) });
      const values = this.values(row, width - 1);
      return { kind: 'data', source: this.source(row.start), cells: [labelCell, ...values] };
    });
    return {
      kind: 'table', table: 'stray', columns: width, widths: [4, ...Array(width - 1).fill(1)], headerRows: 0, rows,
      caption: '以下各行不属于法定表格，请修改或删除', source: rows[0].source,
    };
  }

  private written(node: TableNode, row: RowSpec, subTable: SubTableSpec): RowNode | undefined {
    const written = node.rows.get(row.id);
    return written && written.resolution.status === 'ok' && written.resolution.subTable === subTable ? written : undefined;
  }

  /** The row's label cell: always the canonical statutory label, whatever the author typed. */
  private label(spec: RowSpec, written: RowNode | undefined, colSpan: number): LayoutCell {
    return cell(spec.label, 'label', { colSpan, source: written && this.source(written.label.start), mark: written && this.marks.at(written.label) });
  }

  /** `row`: the statutory row these values belong to (absent for strays): its written cells can be edited in the preview. */
  private values(written: RowNode | undefined, count: number, row?: Omit<EditRef, 'column'>, columns?: ColumnSpec[]): LayoutCell[] {
    return Array.from({ length: count }, (_, i) => {
      const value = written?.cells[i];
      const edit = written && row ? { ...row, column: i } : undefined;
      const previous = row && columns?.[i] ? this.previousValue(row, columns[i]) : undefined;
      // A value not written at all stays blank; the row.cellCount diagnostic marks the row's label.
      if (!value) return cell('', 'value', { source: written && this.source(written.contentEnd), edit, previous });
      return cell(value.raw, 'value', { source: this.source(value.start), mark: this.marks.at(value), edit, previous });
    });
  }

  /** Last year's value of the same statutory row and column (by id: a 2020 report's rows carry into the 2021 format where they mean the same). */
  private previousValue(row: Omit<EditRef, 'column'>, column: ColumnSpec): string | undefined {
    const last = this.previous?.tables[row.table]?.rows.get(row.row);
    if (!last || last.resolution.status !== 'ok') return undefined;
    const lastIndex = last.resolution.subTable.columns.findIndex((c) => c.id === column.id);
    if (lastIndex < 0) return undefined;
    return last.cells[lastIndex]?.raw ?? '';
  }

  private dataRow(written: RowNode | undefined, labels: LayoutCell[], values: LayoutCell[]): LayoutRow {
    return { kind: 'data', cells: [...labels, ...values], source: written && this.source(written.start), missing: !written || undefined };
  }

  private source(offset: number): SourceRef {
    return this.model.index.positionAt(offset);
  }
}

function cell(text: string, role: LayoutCell['role'], options: Partial<Omit<LayoutCell, 'text' | 'role'>> = {}): LayoutCell {
  return { text, role, colSpan: 1, rowSpan: 1, header: false, ...options };
}

/**
 * A column header as printed: the canonical label, keeping a qualifier the author added after
 * it (some provinces print 采购总金额（单位：万元，保留4位小数）).
 */
function columnLabel(column: ColumnSpec, header: ColumnHeaderNode | undefined, index: number): string {
  const written = header?.cells[index]?.text.trim();
  if (written && written !== column.label && labelKey(written).startsWith(labelKey(column.label))) {
    const qualifier = written.slice(written.search(/[（(]/));
    if (/^[（(]/.test(qualifier)) return column.label + qualifier;
  }
  return column.label;
}

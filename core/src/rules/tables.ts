import { FORMATS, otherVersion, type RowSpec, type SubTableSpec, type TableId, type TableSpec } from '../formats';
import { appendedCells, rowLine, subTableLines } from '../syntax/print';
import { labelKey } from '../text/normalize';
import type { RowNode, SectionNode, TableNode } from '../model/types';
import type { Rule, RuleContext } from './context';
import { say } from '../i18n/text';

/** Table structure: captions, rows (missing, duplicate, order, unknown, other version), cell counts. */
export const tablesRule: Rule = {
  name: 'tables',
  check(context) {
    const { model } = context;
    let otherVersionCount = 0;
    for (const tableId of ['table2', 'table3', 'table4'] as const) {
      const section = model.sections.find((s) => s.spec?.table === tableId);
      const table = model.tables[tableId];
      if (tableId === 'table2') otherVersionCount += checkCaptions(context, table, section);
      otherVersionCount += checkRows(context, tableId, table, section);
      if (tableId === 'table2') otherVersionCount += checkColumnHeaders(context, table);
    }
    if (otherVersionCount > 0) {
      const anchor = model.header.find((f) => f.key === '格式') ?? model.header.find((f) => f.key === '年度');
      const span = anchor ? anchor.value : { start: 0, end: model.index.lineEnd(0) };
      context.report('format.otherVersion', span, {
        version: model.format.version, notice: model.format.notice, other: otherVersion(model.format.version), count: otherVersionCount,
      });
    }
  },
};

function checkCaptions(context: RuleContext, table: TableNode, section: SectionNode | undefined): number {
  const { model } = context;
  const subTables = model.format.tables.table2.subTables;
  const seen = new Map<string, number>();
  let otherVersionCount = 0;
  let highest = -1;
  for (const caption of table.captions) {
    if (caption.otherVersion) {
      otherVersionCount++;
      context.report('structure.captionOtherVersion', caption.title, { title: caption.title.text, other: caption.otherVersion.version, version: model.format.version });
      continue;
    }
    if (!caption.subTable) {
      context.report('structure.captionUnknown', caption.title, {
        title: caption.title.text, version: model.format.version, expected: subTables.map((s) => s.caption).join('、'),
      });
      continue;
    }
    const position = subTables.indexOf(caption.subTable);
    if (seen.has(caption.subTable.id)) {
      context.report('structure.captionDuplicate', caption.title, { caption: caption.subTable.caption! });
      continue;
    }
    seen.set(caption.subTable.id, position);
    if (position < highest) {
      context.report('structure.captionOrder', caption.title, { caption: caption.subTable.caption!, previous: subTables[highest].caption! });
    } else highest = position;
    if (caption.title.text !== caption.subTable.caption) {
      // Spelling variants are accepted silently; the formatter writes the canonical form.
    }
  }
  if (!section) return otherVersionCount;
  for (const subTable of subTables) {
    if (seen.has(subTable.id)) continue;
    const rowsOfCaption = table.all.filter((r) => r.resolution.status === 'ok' && r.resolution.subTable === subTable);
    const anchor = rowsOfCaption[0]?.label ?? section.heading.title;
    const offset = rowsOfCaption[0] ? lineStartOf(context, rowsOfCaption[0].start) : insertionAfterPrevious(context, table, section, subTable);
    context.report('structure.captionMissing', anchor, { caption: subTable.caption! }, {
      fixes: [{ title: say(context.locale, `插入“${subTable.caption}”`, `Insert "${subTable.caption}"`), edits: [{ start: offset, end: offset, newText: rowsOfCaption[0] ? `## ${subTable.caption}\n` : captionBlock(subTable) }] }],
    });
  }
  return otherVersionCount;
}

function captionBlock(subTable: SubTableSpec): string {
  return subTableLines(subTable, { cell: () => '0', heading: 'caption' }).map((line) => `${line}\n`).join('');
}

/** Where a missing caption block goes: after the last row of the captions before it. */
function insertionAfterPrevious(context: RuleContext, table: TableNode, section: SectionNode, subTable: SubTableSpec): number {
  const subTables = context.model.format.tables.table2.subTables;
  const before = new Set(subTables.slice(0, subTables.indexOf(subTable)).map((s) => s.id));
  let offset = lineAfter(context, section.heading.end);
  for (const item of section.items) {
    if ((item.kind === 'row' && item.resolution.status === 'ok' && before.has(item.resolution.subTable.id)) ||
      (item.kind === 'caption' && item.subTable && before.has(item.subTable.id))) {
      offset = lineAfter(context, item.end);
    }
  }
  return offset;
}

function lineStartOf(context: RuleContext, offset: number): number {
  const { index } = context.model;
  return index.lineStarts[index.positionAt(offset).line];
}

/** Offset of the start of the line after the one holding `offset` (or the end of the text). */
function lineAfter(context: RuleContext, offset: number): number {
  const { index } = context.model;
  const line = index.positionAt(offset).line;
  return line + 1 < index.lineCount ? index.lineStarts[line + 1] : index.text.length;
}

function checkRows(context: RuleContext, tableId: TableId, table: TableNode, section: SectionNode | undefined): number {
  const { model } = context;
  const order = rowOrder(model.format.tables[tableId]);
  // By statutory position, whether a row of it was met; trusted while every row met had a position.
  const seen = new Uint8Array(order.rows.length);
  let trusted = order.faithful;
  let next = 0;
  let otherVersionCount = 0;
  let highest: { position: number; row: RowSpec } | undefined;
  let orderReported = false;
  for (const row of table.all) {
    const resolution = row.resolution;
    switch (resolution.status) {
      case 'unknown': {
        const suggestion = resolution.suggestion;
        context.report('structure.rowUnknown', row.label, { label: row.label.text, table: context.tableName(tableId), suggestion: suggestion?.label ?? '' }, {
          variant: suggestion ? 'suggestion' : 'default',
          fixes: suggestion ? [{ title: say(context.locale, `改为“${suggestion.label}”`, `Change to "${suggestion.label}"`), edits: [{ ...row.label, newText: suggestion.label }], preferred: true }] : [],
        });
        continue;
      }
      case 'otherVersion': {
        otherVersionCount++;
        const current = model.format.tables[tableId].subTables.flatMap((s) => s.rows)
          .find((r) => r.id === resolution.row.id && labelKey(r.label) !== labelKey(resolution.row.label));
        context.report('structure.rowOtherVersion', row.label, {
          label: row.label.text, other: resolution.version, version: model.format.version, notice: model.format.notice, current: current?.label ?? '',
        }, {
          variant: current ? 'renamed' : 'default',
          fixes: current ? [{ title: say(context.locale, `改为“${current.label}”`, `Change to "${current.label}"`), edits: [{ ...row.label, newText: current.label }], preferred: true }] : [],
        });
        continue;
      }
      case 'wrongTable':
        context.report('structure.rowMisplaced', row.label, { label: row.label.text, expected: context.tableName(resolution.table) });
        continue;
      case 'ok':
        break;
    }
    // Rows written in statutory order are placed by identity, without a lookup.
    const inOrder = trusted && order.rows[next] === resolution.row && order.subTables[next] === resolution.subTable;
    const position = inOrder ? next : order.positions.get(resolution.subTable.id)?.get(resolution.row.id);
    if (position === undefined) trusted = false;
    if (trusted && position !== undefined) {
      next = position + 1;
      if (seen[position] === 1) {
        const first = table.rows.get(resolution.row.id)!;
        context.report('structure.rowDuplicate', row.label, { label: resolution.row.label, firstLine: first.line + 1 });
        continue;
      }
      seen[position] = 1;
    } else {
      const first = table.rows.get(resolution.row.id);
      if (first && first !== row) {
        context.report('structure.rowDuplicate', row.label, { label: resolution.row.label, firstLine: first.line + 1 });
        continue;
      }
    }
    if (tableId === 'table2' && row.caption?.subTable && row.caption.subTable !== resolution.subTable) {
      context.report('structure.rowMisplaced', row.label, { label: resolution.row.label, expected: resolution.subTable.caption! });
    }
    if (highest && (position as number) < highest.position && !orderReported) {
      context.report('structure.rowOrder', row.label, { label: resolution.row.label, previous: highest.row.label });
      orderReported = true;
    } else if (!highest || (position as number) > highest.position) highest = { position: position as number, row: resolution.row };
    checkCellCount(context, row, resolution.row, resolution.subTable);
  }
  if (section) reportMissingRows(context, tableId, table, section, trusted ? seen : undefined);
  return otherVersionCount;
}

/**
 * Position of each row in its table's statutory order, by sub-table id and row id, and the rows in that order
 * (format data is immutable: computed once). `faithful`: row ids are unique in the table, so a row's position
 * names its id — the first row of an id is the first at its position.
 */
interface RowOrder { positions: Map<string, Map<string, number>>; rows: RowSpec[]; subTables: SubTableSpec[]; faithful: boolean }

const ROW_ORDER = new WeakMap<TableSpec, RowOrder>();

function rowOrder(spec: TableSpec): RowOrder {
  let order = ROW_ORDER.get(spec);
  if (!order) {
    const positions = new Map<string, Map<string, number>>();
    const rows: RowSpec[] = [];
    const subTables: SubTableSpec[] = [];
    for (const subTable of spec.subTables) {
      const byId = positions.get(subTable.id) ?? positions.set(subTable.id, new Map()).get(subTable.id)!;
      for (const row of subTable.rows) {
        byId.set(row.id, rows.length);
        rows.push(row);
        subTables.push(subTable);
      }
    }
    const faithful = new Set(rows.map((r) => r.id)).size === rows.length
      && rows.every((row, i) => positions.get(subTables[i].id)?.get(row.id) === i);
    order = { positions, rows, subTables, faithful };
    ROW_ORDER.set(spec, order);
  }
  return order;
}

function checkCellCount(context: RuleContext, row: RowNode, spec: RowSpec, subTable: SubTableSpec): void {
  const expected = subTable.columns.length;
  const found = row.cells.length;
  if (spec.kind === 'group') {
    if (found > expected) context.report('row.cellCount', row.label, { label: spec.label, expected, found, columns: columnList(subTable) }, { variant: 'extra' });
    return;
  }
  if (found === expected) return;
  const columns = columnList(subTable);
  if (found < expected) {
    const missing = expected - found;
    const insertion = appendedCells(Array.from({ length: missing }, () => '0'));
    context.report('row.cellCount', row.label, { label: spec.label, expected, found, columns }, {
      variant: 'missing',
      fixes: [{ title: say(context.locale, `补齐 ${missing} 个 0`, `Add ${missing} zero cell(s)`), edits: [{ start: row.contentEnd, end: row.contentEnd, newText: insertion }] }],
    });
  } else {
    const extra = row.cells.slice(expected);
    context.report('row.cellCount', { start: extra[0].start, end: extra[extra.length - 1].end }, { label: spec.label, expected, found, columns }, { variant: 'extra' });
  }
}

function columnList(subTable: SubTableSpec): string {
  return subTable.columns.map((c) => c.label).join('、');
}

/** `seen`: by statutory position, whether a row of that id is written (when positions name ids: RowOrder.faithful). */
function reportMissingRows(context: RuleContext, tableId: TableId, table: TableNode, section: SectionNode, seen: Uint8Array | undefined): void {
  const spec = context.model.format.tables[tableId];
  let offset = 0;
  for (const subTable of spec.subTables) {
    const first = offset;
    offset += subTable.rows.length;
    const written = (position: number) => (seen ? seen[first + position] === 1 : table.rows.has(subTable.rows[position].id));
    // A caption of table 二 that is missing altogether is reported once, as a caption.
    if (tableId === 'table2' && !table.captions.some((c) => c.subTable === subTable) && !subTable.rows.some((_, position) => written(position))) continue;
    for (let position = 0; position < subTable.rows.length; position++) {
      const rowSpec = subTable.rows[position];
      if (rowSpec.kind === 'group' || written(position)) continue;
      const offset = insertionPoint(context, table, section, subTable, position);
      const line = rowLine(rowSpec.label, subTable.columns.map(() => '0'));
      const anchorRow = subTable.rows.slice(position + 1).map((r) => table.rows.get(r.id)).find((r) => r);
      const anchor = anchorRow?.label ?? table.captions.find((c) => c.subTable === subTable)?.title ?? section.heading.title;
      context.report('structure.rowMissing', anchor, { table: context.tableName(tableId), label: rowSpec.label }, {
        fixes: [{ title: say(context.locale, `插入“${rowSpec.label}”行`, `Insert the row "${rowSpec.label}"`), edits: [{ start: offset, end: offset, newText: `${line}\n` }] }],
        extra: { row: rowSpec.id, table: tableId },
      });
    }
  }
}

/** Start of the line where a missing row belongs: after the nearest present row before it. */
function insertionPoint(context: RuleContext, table: TableNode, section: SectionNode, subTable: SubTableSpec, position: number): number {
  for (let i = position - 1; i >= 0; i--) {
    const previous = table.rows.get(subTable.rows[i].id);
    if (previous) return lineAfter(context, previous.end);
  }
  const caption = table.captions.find((c) => c.subTable === subTable);
  if (caption) {
    const header = table.columnHeaders.find((h) => h.caption === caption);
    return lineAfter(context, (header ?? caption).end);
  }
  for (let i = position + 1; i < subTable.rows.length; i++) {
    const next = table.rows.get(subTable.rows[i].id);
    if (next) return lineStartOf(context, next.start);
  }
  return lineAfter(context, section.heading.end);
}

/** `信息内容 | …` header lines must name this version's columns. */
function checkColumnHeaders(context: RuleContext, table: TableNode): number {
  const { model } = context;
  let otherVersionCount = 0;
  for (const header of table.columnHeaders) {
    const subTable = header.caption?.subTable;
    if (!subTable) continue;
    if (columnsMatch(header.cells, subTable)) continue;
    const other = FORMATS[otherVersion(model.format.version)].tables.table2.subTables.find((s) => s.item === subTable.item);
    const span = { start: header.cells[0]?.start ?? header.start, end: header.cells[header.cells.length - 1]?.end ?? header.end };
    const expected = subTable.columns.map((c) => c.label).join(' | ');
    if (other && columnsMatch(header.cells, other)) {
      otherVersionCount++;
      context.report('structure.columnsOtherVersion', span, {
        found: header.cells.map((c) => c.text).join(' | '), other: otherVersion(model.format.version), version: model.format.version, expected,
      });
    } else {
      context.report('structure.columnsOtherVersion', span, { version: model.format.version, expected }, { variant: 'mismatch' });
    }
  }
  return otherVersionCount;
}

function columnsMatch(cells: Array<{ text: string }>, subTable: SubTableSpec): boolean {
  if (cells.length !== subTable.columns.length) return false;
  const wantedKeys = columnKeys(subTable);
  for (let i = 0; i < cells.length; i++) {
    const found = labelKey(cells[i].text);
    const wanted = wantedKeys[i];
    if (!(found.startsWith(wanted) || wanted.startsWith(found) && found.length >= 2)) return false;
  }
  return true;
}

/** The label keys of a sub-table's columns (format data is immutable: computed once). */
const COLUMN_KEYS = new WeakMap<SubTableSpec, string[]>();

function columnKeys(subTable: SubTableSpec): string[] {
  let keys = COLUMN_KEYS.get(subTable);
  if (!keys) {
    keys = subTable.columns.map((c) => labelKey(c.label));
    COLUMN_KEYS.set(subTable, keys);
  }
  return keys;
}

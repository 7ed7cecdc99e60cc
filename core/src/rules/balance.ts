import type { CellRef, FormatSpec, SubTableSpec, TableId } from '../formats';
import type { ReportModel, RowNode } from '../model/types';

/**
 * The common case of the table arithmetic, decided without allocating: a format's equations compiled
 * once into slots of distinct cells (a typical format has ≈ 500 terms over ≈ 250 cells), grouped by
 * row so each row is looked up once per check. `balancing` says which equations have every cell a
 * known number and hold; every other equation goes through `evaluate` (arithmetic.ts), which reports.
 * Same sums in the same order as `evaluate`, so the two never disagree.
 */
interface SlotRow {
  table: TableId; row: string;
  /** The row's cells equations read: their slots and column ids, and their positions in `subTable` (the latest row's). */
  slots: Int32Array; columns: string[]; indexes: Int32Array; subTable: SubTableSpec | undefined;
  /** The target of an equation that applies only if its row is written. */
  groupTarget: boolean;
  /** Of the latest check: the table's row of that id (`rows.get`); no such row (`lookupCell`'s noRow); every cell of it blank (only for a group target). */
  node: RowNode | undefined; noRow: boolean; allBlank: boolean;
}
/** A table's statutory rows in order (ids, with the slot row of each that equations read): rows met in that order are placed without a lookup. */
interface TablePlan {
  ids: string[]; slotRows: Array<SlotRow | undefined>; positionOf: Map<string, number>;
  /** Slot rows of ids the table does not list (none in the statutory formats): looked up by key. */
  unlisted: SlotRow[];
}
interface CompiledFormat {
  rows: SlotRow[];
  /** By position in TABLES. */
  tables: TablePlan[];
  /** Every equation's [target, plus…, −1 (separator), minus…] as slot numbers, one after another; equation e's start at starts[e]. */
  terms: Int32Array;
  starts: Int32Array;
  /** Per equation: the target's row, when the equation applies only if that row is written (group rows). */
  targetRows: Array<SlotRow | undefined>;
  values: Float64Array;
  holds: Uint8Array;
}

const COMPILED = new WeakMap<FormatSpec, CompiledFormat>();
/** The tables equations read, by position (a slot row keeps its table's). */
const TABLES: readonly TableId[] = ['table2', 'table3', 'table4'];

function compile(format: FormatSpec): CompiledFormat {
  const rows = new Map<string, SlotRow>();
  const cellsOf = new Map<SlotRow, Array<{ slot: number; column: string }>>();
  let slots = 0;
  const slotOf = new Map<string, number>();
  const slot = (table: TableId, ref: CellRef): number => {
    const key = `${table}\u0000${ref.row}\u0000${ref.column}`;
    let found = slotOf.get(key);
    if (found === undefined) {
      found = slots++;
      slotOf.set(key, found);
      const rowKey = `${table}\u0000${ref.row}`;
      let row = rows.get(rowKey);
      if (!row) {
        row = {
          table, row: ref.row, slots: new Int32Array(0), columns: [], indexes: new Int32Array(0), subTable: undefined,
          groupTarget: false, node: undefined, noRow: false, allBlank: false,
        };
        rows.set(rowKey, row);
        cellsOf.set(row, []);
      }
      cellsOf.get(row)!.push({ slot: found, column: ref.column });
    }
    return found;
  };
  const equations = format.equations.map((e) => [
    slot(e.table, e.target), ...e.plus.map((r) => slot(e.table, r)), -1, ...e.minus.map((r) => slot(e.table, r)),
  ]);
  for (const [row, cells] of cellsOf) {
    row.slots = Int32Array.from(cells, (c) => c.slot);
    row.columns = cells.map((c) => c.column);
    row.indexes = new Int32Array(cells.length).fill(-1);
  }
  const starts = new Int32Array(equations.length + 1);
  equations.forEach((terms, e) => { starts[e + 1] = starts[e] + terms.length; });
  const targetRows = format.equations.map((e) => e.onlyIfTargetWritten ? rows.get(`${e.table}\u0000${e.target.row}`) : undefined);
  for (const row of targetRows) if (row) row.groupTarget = true;
  const tables = TABLES.map((table): TablePlan => {
    const ids = format.tables[table].subTables.flatMap((subTable) => subTable.rows.map((row) => row.id));
    const positionOf = new Map<string, number>();
    ids.forEach((id, position) => { if (!positionOf.has(id)) positionOf.set(id, position); });
    const unlisted = [...rows.values()].filter((row) => row.table === table && !positionOf.has(row.row));
    return { ids, slotRows: ids.map((id) => rows.get(`${table}\u0000${id}`)), positionOf, unlisted };
  });
  return {
    rows: [...rows.values()], tables, terms: Int32Array.from(equations.flat()), starts, targetRows,
    values: new Float64Array(slots), holds: new Uint8Array(equations.length),
  };
}

/** Sets each slot row's `node` to `model.tables[…].rows.get(its id)`, reading the maps in order instead of by key. */
function placeRows(compiled: CompiledFormat, model: ReportModel): void {
  for (const slotRow of compiled.rows) slotRow.node = undefined;
  for (let t = 0; t < TABLES.length; t++) {
    const plan = compiled.tables[t];
    const byId = model.tables[TABLES[t]].rows;
    for (const slotRow of plan.unlisted) slotRow.node = byId.get(slotRow.row);
    let next = 0;
    byId.forEach((row, id) => {
      const position = plan.ids[next] === id ? next : plan.positionOf.get(id);
      if (position === undefined) return;
      next = position + 1;
      const slotRow = plan.slotRows[position];
      if (slotRow) slotRow.node = row;
    });
  }
}

/**
 * For each of `model.format.equations`, by position: 1 when all its cells are known numbers and it holds,
 * 2 when it does not apply (a group row not written: `evaluate` says notApplicable), 0 otherwise.
 * The array is reused by the next call (read it before).
 */
export function balancing(model: ReportModel): Uint8Array {
  let compiled = COMPILED.get(model.format);
  if (!compiled) { compiled = compile(model.format); COMPILED.set(model.format, compiled); }
  const { values, holds, terms, starts, targetRows } = compiled;
  placeRows(compiled, model);
  for (const slotRow of compiled.rows) {
    const row = slotRow.node;
    const subTable = row !== undefined && row.resolution.status === 'ok' ? row.resolution.subTable : undefined;
    slotRow.noRow = !row || !subTable;
    slotRow.allBlank = slotRow.groupTarget && row !== undefined && row.cells.every(isBlank);
    const { slots, indexes } = slotRow;
    if (!row || !subTable) {
      for (let i = 0; i < slots.length; i++) values[slots[i]] = NaN;
      continue;
    }
    if (slotRow.subTable !== subTable) {
      for (let i = 0; i < slots.length; i++) indexes[i] = columnIndexOf(subTable, slotRow.columns[i]);
      slotRow.subTable = subTable;
    }
    for (let i = 0; i < slots.length; i++) {
      // NaN: not a known number; any sum with it fails the comparison and goes to `evaluate`.
      values[slots[i]] = (indexes[i] < 0 ? undefined : row.cells[indexes[i]])?.value ?? NaN;
    }
  }
  for (let e = 0; e < holds.length; e++) {
    const targetRow = targetRows[e];
    // evaluate: notApplicable when the target's row is missing, or the target is blank and so is its whole row
    // (a row whose cells are all blank has its target blank too, written blank or not written).
    if (targetRow && (targetRow.noRow || targetRow.allBlank)) {
      holds[e] = 2;
      continue;
    }
    const start = starts[e];
    const end = starts[e + 1];
    let expected = 0;
    let sign = 1;
    for (let i = start + 1; i < end; i++) {
      if (terms[i] === -1) { sign = -1; continue; }
      expected += sign * values[terms[i]];
    }
    holds[e] = expected === values[terms[start]] ? 1 : 0;
  }
  return holds;
}

const isBlank = (cell: { problem?: string }): boolean => cell.problem === 'blank';

/** Column positions by id, per sub-table (format data is immutable: computed once). */
const COLUMN_INDEX = new WeakMap<SubTableSpec, Map<string, number>>();

export function columnIndexOf(subTable: SubTableSpec, columnId: string): number {
  let index = COLUMN_INDEX.get(subTable);
  if (!index) {
    index = new Map(subTable.columns.map((c, i) => [c.id, i]));
    COLUMN_INDEX.set(subTable, index);
  }
  return index.get(columnId) ?? -1;
}

import { compareDecimal, decimalToString, shiftDecimal, type Decimal } from '../model/decimal';
import type { ColumnSpec } from '../formats';
import type { Cell, RowNode, TableNode } from '../model/types';
import type { Rule, RuleContext } from './context';
import { filledCell } from '../syntax/print';
import { say } from '../i18n/text';

const MONEY_IMPLAUSIBLE = { scaled: 10_000_000n, scale: 0 }; // 1000 亿元, in 万元

/** Each cell's value against its column: numbers, signs, units, declared decimals, blanks. */
export const cellsRule: Rule = {
  name: 'cells',
  check(context) {
    // The first readable amount written with a 元 suffix (checkMixedUnits), noted on the way: most reports have none.
    let inYuan: Cell | undefined;
    for (const table of Object.values(context.model.tables)) {
      for (const row of table.all) {
        const resolution = row.resolution;
        if (resolution.status !== 'ok' && resolution.status !== 'otherVersion') continue;
        const columns = resolution.subTable.columns;
        const isGroup = resolution.row.kind === 'group';
        for (let i = 0; i < columns.length && i < row.cells.length; i++) {
          const cell = row.cells[i];
          // A plain count (the common case) has nothing to report.
          if (cell.problem === undefined && cell.decimal === undefined) continue;
          if (inYuan === undefined && resolution.status === 'ok' && isInYuan(cell)) inYuan = cell;
          if (isGroup && cell.problem === 'blank') continue;
          checkCell(context, table, row, cell, columns[i], i);
        }
      }
    }
    if (inYuan) checkMixedUnits(context, inYuan);
  },
};

const isInYuan = (cell: Cell): boolean => cell.money !== undefined && !cell.problem && cell.money.basis === 'suffix' && cell.money.unit === '元';

/**
 * Where no header declares a unit, an amount with its own 元/万元 suffix is read as written; a bare one is
 * read as 万元, and is ambiguous only when the same report writes other amounts with a suffix of the other
 * unit (docs/rules.md, `cell.unit`). `inYuan`: the first readable amount with a 元 suffix.
 */
function checkMixedUnits(context: RuleContext, inYuan: Cell): void {
  moneyCells(context, (cell, row, column) => {
    if (cell.money!.basis !== 'assumed') return false;
    context.report('cell.unit', cell, { text: cell.raw, column: column.label, row: rowLabel(row), unit: column.unit, other: inYuan.raw }, {
      variant: 'ambiguous',
      related: [{ span: inYuan, message: say(context.locale, `“${inYuan.raw}”按元填写`, `"${inYuan.raw}" is in 元`) }],
    });
    return false;
  });
}

/** Visits the readable money cells in document order; returns the first for which `visit` says true. */
function moneyCells(context: RuleContext, visit: (cell: Cell, row: RowNode, column: ColumnSpec) => boolean): Cell | undefined {
  for (const table of Object.values(context.model.tables)) {
    for (const row of table.all) {
      if (row.resolution.status !== 'ok') continue;
      const columns = row.resolution.subTable.columns;
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        if (cell.money && !cell.problem && columns[i] && visit(cell, row, columns[i])) return cell;
      }
    }
  }
  return undefined;
}

function declaredDecimals(table: TableNode, row: RowNode) {
  if (!row.caption) return undefined;
  return table.columnHeaders.find((h) => h.caption === row.caption)?.declaredDecimals;
}

function checkCell(context: RuleContext, table: TableNode, row: RowNode, cell: Cell, column: ColumnSpec, columnIndex: number): void {
  // A valid count or an amount in a count column has nothing to report: no message parameters built for it.
  if (cell.problem === undefined && !(cell.decimal && column.kind === 'money')) return;
  const params = { text: cell.raw, column: column.label, row: rowLabel(row), unit: column.unit };
  switch (cell.problem) {
    case 'blank': {
      const marker = cell.raw === '' ? say(context.locale, '未填写', 'empty') : `“${cell.raw}”`;
      context.report('cell.blank', cell, { ...params, marker }, {
        fixes: [{ title: say(context.locale, '填 0', 'Write 0'), edits: [blankEdit(context, cell)], preferred: true }],
        extra: { row: rowId(row), column: column.id },
      });
      return;
    }
    case 'invalid': context.report('cell.invalid', cell, params); return;
    case 'negative': context.report('cell.negative', cell, params); return;
    case 'notInteger': context.report('cell.notInteger', cell, params); return;
    case 'tooLarge': context.report('cell.tooLarge', cell, params); return;
    case 'unitWrong': context.report('cell.unit', cell, params, { variant: 'wrong' }); return;
    case 'unitWanYuan': {
      const converted = decimalToString(timesTenThousand(cell.decimal!));
      context.report('cell.unit', cell, { ...params, converted }, {
        variant: 'wanYuan',
        fixes: [{ title: say(context.locale, `换算为 ${converted}（元）`, `Convert to ${converted} (元)`), edits: [{ start: cell.start, end: cell.end, newText: converted }], preferred: true }],
      });
      return;
    }
    case 'unitYuan': {
      const converted = decimalToString(shiftDecimal(cell.decimal!, 4));
      context.report('cell.unit', cell, { ...params, converted }, {
        variant: 'yuan',
        fixes: [{ title: say(context.locale, `换算为 ${converted}（万元）`, `Convert to ${converted} (万元)`), edits: [{ start: cell.start, end: cell.end, newText: converted }], preferred: true }],
      });
      return;
    }
  }
  if (cell.decimal && column.kind === 'money') {
    if (compareDecimal(cell.decimal, MONEY_IMPLAUSIBLE) >= 0) context.report('cell.unit', cell, params, { variant: 'magnitude' });
    // Declared decimals count in the header's unit: an amount written with its own 元 suffix is exempt.
    const declared = declaredDecimals(table, row);
    const decimals = declared?.columnIndex === columnIndex ? declared.decimals : undefined;
    if (decimals !== undefined && cell.money?.basis !== 'suffix' && cell.reading.kind === 'number') {
      const found = cell.reading.fraction.length;
      if (found !== decimals) {
        const padded = padDecimals(cell.raw, found, decimals);
        context.report('cell.decimals', cell, { ...params, decimals, found }, {
          fixes: padded ? [{ title: say(context.locale, `写作 ${padded}`, `Write ${padded}`), edits: [{ start: cell.start, end: cell.end, newText: padded }], preferred: true }] : [],
        });
      }
    }
  }
}

/** 万元 → 元, exactly: 2.51 → 25100. */
function timesTenThousand(value: Decimal): Decimal {
  const scaled = value.scaled * 10_000n;
  let result: Decimal = { scaled, scale: value.scale };
  while (result.scale > 0 && result.scaled % 10n === 0n) result = { scaled: result.scaled / 10n, scale: result.scale - 1 };
  return result;
}

/** 576.76 with 4 declared decimals → 576.7600; never drops a digit (rounding is the author's call). */
function padDecimals(raw: string, found: number, wanted: number): string | undefined {
  if (found > wanted) return undefined;
  const base = found === 0 ? `${raw}.` : raw;
  return base + '0'.repeat(wanted - found);
}

export function blankEdit(context: RuleContext, cell: Cell) {
  // `||` → `| 0 |`; `|   |` → `| 0 |` keeping the author's spacing outside the value.
  return { start: cell.start, end: cell.end, newText: filledCell(context.model.text.slice(cell.start, cell.end), '0') };
}

export function rowLabel(row: RowNode): string {
  return row.resolution.status === 'ok' || row.resolution.status === 'otherVersion' ? row.resolution.row.label : row.label.text;
}

function rowId(row: RowNode): string | undefined {
  return row.resolution.status === 'ok' ? row.resolution.row.id : undefined;
}

import { compareDecimal, decimalToString, shiftDecimal } from '../model/decimal';
import type { ColumnSpec } from '../formats';
import type { Cell, RowNode, TableNode } from '../model/types';
import type { Rule, RuleContext } from './context';

const MONEY_IMPLAUSIBLE = { scaled: 10_000_000n, scale: 0 }; // 1000 亿元, in 万元

/** Each cell's value against its column: numbers, signs, units, declared decimals, blanks. */
export const cellsRule: Rule = {
  name: 'cells',
  check(context) {
    for (const table of Object.values(context.model.tables)) {
      for (const row of table.all) {
        const resolution = row.resolution;
        if (resolution.status !== 'ok' && resolution.status !== 'otherVersion') continue;
        const columns = resolution.subTable.columns;
        const isGroup = resolution.row.kind === 'group';
        const decimals = declaredDecimals(table, row);
        row.cells.slice(0, columns.length).forEach((cell, i) => {
          if (isGroup && cell.problem === 'blank') return;
          checkCell(context, row, cell, columns[i], decimals?.columnIndex === i ? decimals.decimals : undefined);
        });
      }
    }
  },
};

function declaredDecimals(table: TableNode, row: RowNode) {
  if (!row.caption) return undefined;
  return table.columnHeaders.find((h) => h.caption === row.caption)?.declaredDecimals;
}

function checkCell(context: RuleContext, row: RowNode, cell: Cell, column: ColumnSpec, decimals: number | undefined): void {
  const params = { text: cell.raw, column: column.label, row: rowLabel(row), unit: column.unit };
  switch (cell.problem) {
    case 'blank': {
      const marker = cell.raw === '' ? context.t('未填写', 'empty') : `“${cell.raw}”`;
      context.report('cell.blank', cell, { ...params, marker }, {
        fixes: [{ title: context.t('填 0', 'Write 0'), edits: [blankEdit(context, cell)], preferred: true }],
        extra: { row: rowId(row), column: column.id },
      });
      return;
    }
    case 'invalid': context.report('cell.invalid', cell, params); return;
    case 'negative': context.report('cell.negative', cell, params); return;
    case 'notInteger': context.report('cell.notInteger', cell, params); return;
    case 'tooLarge': context.report('cell.tooLarge', cell, params); return;
    case 'unitWrong': context.report('cell.unit', cell, params, { variant: 'wrong' }); return;
    case 'unitYuan': {
      const converted = decimalToString(shiftDecimal(cell.decimal!, 4));
      context.report('cell.unit', cell, { ...params, converted }, {
        variant: 'yuan',
        fixes: [{ title: context.t(`换算为 ${converted}（万元）`, `Convert to ${converted} (万元)`), edits: [{ start: cell.start, end: cell.end, newText: converted }], preferred: true }],
      });
      return;
    }
  }
  if (cell.decimal && column.kind === 'money') {
    if (compareDecimal(cell.decimal, MONEY_IMPLAUSIBLE) >= 0) context.report('cell.unit', cell, params, { variant: 'magnitude' });
    if (decimals !== undefined && cell.decimal.scale !== decimals && cell.reading.kind === 'number') {
      const found = cell.reading.fraction.length;
      if (found !== decimals) {
        const padded = padDecimals(cell.raw, found, decimals);
        context.report('cell.decimals', cell, { ...params, decimals, found }, {
          fixes: padded ? [{ title: context.t(`写作 ${padded}`, `Write ${padded}`), edits: [{ start: cell.start, end: cell.end, newText: padded }], preferred: true }] : [],
        });
      }
    }
  }
}

/** 576.76 with 4 declared decimals → 576.7600; never drops a digit (rounding is the author's call). */
function padDecimals(raw: string, found: number, wanted: number): string | undefined {
  if (found > wanted) return undefined;
  const base = found === 0 ? `${raw}.` : raw;
  return base + '0'.repeat(wanted - found);
}

export function blankEdit(context: RuleContext, cell: Cell) {
  if (cell.raw === '') {
    const text = context.model.text.slice(cell.start, cell.end);
    // `||` → `| 0 |`; `|   |` → `| 0 |` keeping the author's spacing outside the value.
    return text.length === 0 ? { start: cell.start, end: cell.end, newText: ' 0 ' } : { start: cell.start, end: cell.end, newText: ' 0' + ' '.repeat(Math.max(1, text.length - 2)) };
  }
  return { start: cell.start, end: cell.end, newText: '0' };
}

export function rowLabel(row: RowNode): string {
  return row.resolution.status === 'ok' || row.resolution.status === 'otherVersion' ? row.resolution.row.label : row.label.text;
}

function rowId(row: RowNode): string | undefined {
  return row.resolution.status === 'ok' ? row.resolution.row.id : undefined;
}

import type { Equation, FormatVersion, Inequality, TableSpec } from './types';

/**
 * The arithmetic of the tables (表三注 and the 总计 columns of 表三 and 表四; docs/rules.md), derived from the table data so that
 * rows and columns are named once.
 */
export function table3Equations(table: TableSpec): Equation[] {
  const { columns, rows } = table.subTables[0];
  const dataColumns = columns.filter((c) => !c.isTotal);
  const totalColumn = columns.find((c) => c.isTotal)!;
  const equations: Equation[] = [];

  // Row total: 总计 = 自然人 + five kinds of organisation, for every data row.
  for (const row of rows) {
    if (row.kind === 'group') continue;
    equations.push({
      code: 'table3.rowTotal', table: 'table3',
      target: { row: row.id, column: totalColumn.id },
      plus: dataColumns.map((c) => ({ row: row.id, column: c.id })), minus: [],
    });
  }
  // Group rows: written numbers equal the sum of the sub-items (soft rule).
  for (const groupRow of rows.filter((r) => r.kind === 'group' && r.parent)) {
    const children = rows.filter((r) => r.parent === groupRow.id && r.kind === 'data');
    if (children.length === 0) continue;
    for (const column of columns) {
      equations.push({
        code: 'table3.groupValue', table: 'table3', onlyIfTargetWritten: true,
        target: { row: groupRow.id, column: column.id },
        plus: children.map((c) => ({ row: c.id, column: column.id })), minus: [],
      });
    }
  }
  // Result total and balance, per column.
  const resultRows = rows.filter((r) => r.kind === 'data' && isUnder(rows, r.id, 'results'));
  for (const column of columns) {
    equations.push({
      code: 'table3.resultTotal', table: 'table3',
      target: { row: 'total', column: column.id },
      plus: resultRows.map((r) => ({ row: r.id, column: column.id })), minus: [],
    });
    equations.push({
      code: 'table3.balance', table: 'table3',
      target: { row: 'carriedOver', column: column.id },
      plus: [{ row: 'new', column: column.id }, { row: 'carriedIn', column: column.id }],
      minus: [{ row: 'total', column: column.id }],
    });
  }
  return equations;
}

function isUnder(rows: TableSpec['subTables'][0]['rows'], rowId: string, ancestor: string): boolean {
  let current = rows.find((r) => r.id === rowId);
  while (current?.parent) {
    if (current.parent === ancestor) return true;
    current = rows.find((r) => r.id === current!.parent);
  }
  return false;
}

export function table4Equations(table: TableSpec): Equation[] {
  const { columns, rows } = table.subTables[0];
  const total = columns.find((c) => c.isTotal)!;
  return rows.map((row) => ({
    code: 'table4.total', table: 'table4' as const,
    target: { row: row.id, column: total.id },
    plus: columns.filter((c) => !c.isTotal).map((c) => ({ row: row.id, column: c.id })), minus: [],
  }));
}

export function table2Inequalities(version: FormatVersion): Inequality[] {
  if (version !== '2019') return [];
  return ['rules', 'normative'].map((row) => ({
    code: 'table2.publishedWithinTotal', table: 'table2' as const,
    lesser: { row, column: 'published' }, greater: { row, column: 'totalPublished' },
  }));
}

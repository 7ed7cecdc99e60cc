import { analyze, layoutReport, type LayoutRow, type ReportLayout, type TableBlock } from '../../core/src';

export function layoutOf(text: string): ReportLayout {
  const analysis = analyze(text);
  return layoutReport(analysis.model, analysis.diagnostics);
}

export function tableOf(layout: ReportLayout, table: TableBlock['table']): TableBlock {
  const found = layout.blocks.find((b): b is TableBlock => b.kind === 'table' && b.table === table);
  if (!found) throw new Error(`no ${table} in the layout`);
  return found;
}

/** The texts of a row's cells. */
export function texts(row: LayoutRow): string[] {
  return row.cells.map((c) => c.text);
}

/**
 * Places every cell on the grid, honouring rowSpan and colSpan, and returns per row the number
 * of grid slots covered; throws when two cells overlap. A well-formed table covers every slot once.
 */
export function gridCoverage(table: TableBlock): number[] {
  const taken: boolean[][] = table.rows.map(() => Array(table.columns).fill(false));
  table.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (taken[r][column]) column++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (r + dr >= table.rows.length) throw new Error(`rowSpan of "${cell.text}" runs past the table`);
          if (taken[r + dr][column + dc]) throw new Error(`"${cell.text}" overlaps another cell at row ${r + dr}, column ${column + dc}`);
          taken[r + dr][column + dc] = true;
        }
      }
      column += cell.colSpan;
    }
  });
  return taken.map((row) => row.filter(Boolean).length);
}

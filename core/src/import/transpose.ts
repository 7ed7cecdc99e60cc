import type { TableId } from '../formats';
import { isColumnName, isRowName } from './labels';
import type { SourceLine } from './types';

/**
 * Transposed tables (statutory rows as columns, the column names down the first column: `| | 行政复议 |
 * 复议后起诉 |` over `| 结果维持 | 3 | 1 |`): turned back before placement, a named step on the
 * neutral form. Each column becomes a row labelled by its header, each number carrying its body
 * row's label as its column header, so placement puts it by header like any other. A header that
 * names no statutory row becomes a row of that name, which placement reports (never a guess); a
 * header of column names is an upright table's, left as it is.
 * Only rows with cells (Markdown, HTML, DOCX) are looked at: only they show their columns.
 */
export function untranspose(lines: SourceLine[], table: TableId): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length;) {
    const header = lines[i++];
    out.push(header);
    if (!header.cells || !header.header) continue;
    // Each line is looked at once: as a header, or as the body under one.
    let end = i;
    while (end < lines.length && lines[end].cells && !lines[end].header) end++;
    const body = lines.slice(i, end);
    out.push(...(turn(header, body, table) ?? body));
    i = end;
  }
  return out;
}

/** The body rows are labelled by column names (at least two, more than by row labels) and the header is not column names. */
function turn(header: SourceLine, body: SourceLine[], table: TableId): SourceLine[] | undefined {
  if (body.length < 2) return undefined;
  const labels = body.map((l) => l.cells![0] ?? '');
  const columns = labels.filter((l) => isColumnName(l, table)).length;
  if (columns < 2 || columns <= labels.filter((l) => isRowName(l, table)).length || columns < body.length / 2) return undefined;
  const names = body[0].headers && body[0].headers.length === body[0].cells!.length ? body[0].headers : header.cells!;
  // A header of column names is an upright table's, whatever its body rows say.
  const columnNames = names.slice(1).filter((n) => isColumnName(n, table)).length;
  if (columnNames > 0 && columnNames >= names.slice(1).filter((n) => isRowName(n, table)).length) return undefined;
  const width = body.reduce((w, l) => Math.max(w, l.cells!.length), 0);
  const turned: SourceLine[] = [];
  for (let j = 1; j < width; j++) {
    const cells = [names[j] ?? '', ...body.map((l) => l.cells![j] ?? '')];
    turned.push({ text: cells.join(' '), cells, headers: ['', ...labels] });
  }
  return turned;
}

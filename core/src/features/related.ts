import type { CellRef, TableId } from '../formats';
import type { Cell, ReportModel, RowNode, Span } from '../model/types';
import type { Claim } from '../rules/text/claims';
import { metricPlace } from '../rules/text/metrics';
import { columnIndexOf } from '../rules/balance';
import { equationsFedBy, equationsTargeting } from './describe';
import { placeAt } from './locate';
import { proseClaims } from './proseClaims';

/**
 * How a piece of the report relates to the number under the cursor:
 * - `here`: the number itself (a table cell, or a count stated in the prose of section 一);
 * - `part`: a cell that adds up to it (a term of an equation whose total it is), or a cell the prose count is compared with;
 * - `total`: a cell it adds up to (the target of an equation it is a term of);
 * - `claim`: a count stated in the prose of section 一 that the checker compares with it.
 */
export type RelatedRole = 'here' | 'part' | 'total' | 'claim';
export interface RelatedSpan extends Span { role: RelatedRole }

/**
 * The numbers related to the one at `offset`, each once (in document order): what the statutory equations
 * (formats data) and the prose-claims rule connect, and nothing else. A prose count the rule stands down on
 * (it may count another scope, docs/rules.md `text.tableMismatch`) is connected to nothing: the checker does
 * not compare it, so the editor does not suggest that it should agree. Empty where no number is.
 */
export function relatedNumbers(model: ReportModel, offset: number): RelatedSpan[] {
  const place = placeAt(model, offset);
  if (place.kind === 'cell') return cellRelations(model, place.row, place.cell);
  if (place.kind === 'item' && place.item.kind === 'prose' && place.section.spec?.index === 1) {
    const claim = comparedClaims(model).find((c) => c.span.start <= offset && offset <= c.span.end);
    if (claim) return claimRelations(model, claim);
  }
  return [];
}

/** The table cells a prose count is compared with (what Go to Definition opens). */
export function claimedCells(model: ReportModel, offset: number): Span[] {
  return relatedNumbers(model, offset).filter((r) => r.role === 'part' && !isCellOf(model, offset)).map(spanOnly);
}

/** The prose counts compared with the cell at `offset` (what Find References lists, with the cell itself if asked). */
export function claimsAbout(model: ReportModel, offset: number, includeCell: boolean): Span[] {
  if (!isCellOf(model, offset)) return [];
  return relatedNumbers(model, offset).filter((r) => r.role === 'claim' || (includeCell && r.role === 'here')).map(spanOnly);
}

function cellRelations(model: ReportModel, row: RowNode, cell: Cell): RelatedSpan[] {
  // A row written twice: the checks read the first (structure.rowDuplicate), so only the first is connected.
  if (row.resolution.status !== 'ok' || model.tables[row.table].rows.get(row.resolution.row.id) !== row) return [];
  const column = row.resolution.subTable.columns[cell.index];
  if (!column) return [];
  const table = row.table;
  const ref: CellRef = { row: row.resolution.row.id, column: column.id };
  const found = new Collector();
  found.add(cellSpan(cell), 'here');
  for (const equation of equationsTargeting(model.format, table, ref)) {
    for (const term of [...equation.plus, ...equation.minus]) found.add(writtenCellSpan(model, table, term), 'part');
  }
  for (const equation of equationsFedBy(model.format, table, ref)) found.add(writtenCellSpan(model, table, equation.target), 'total');
  for (const claim of comparedClaims(model)) {
    const place = metricPlace(model.format, claim.metric, claim.parent);
    if (place?.table === table && place.refs.some(([r, c]) => r === ref.row && c === ref.column)) found.add(claim.span, 'claim');
  }
  return found.list();
}

function claimRelations(model: ReportModel, claim: Claim): RelatedSpan[] {
  const found = new Collector();
  found.add(claim.span, 'here');
  const place = metricPlace(model.format, claim.metric, claim.parent);
  if (place) for (const [row, column] of place.refs) found.add(writtenCellSpan(model, place.table, { row, column }), 'part');
  return found.list();
}

/** Claims the rule compares with the tables: those it stands down on say nothing about these cells. */
function comparedClaims(model: ReportModel): Claim[] {
  return proseClaims(model).filter((c) => c.status !== 'standDown');
}

/** A cell's text, or for a blank cell the pipe before it (the span hover uses): never an empty range. */
function cellSpan(cell: Cell): Span {
  return cell.raw === '' ? { start: cell.pipeOffset, end: cell.pipeOffset + 1 } : { start: cell.start, end: cell.end };
}

/** The cell of `ref` where its row is written (first occurrence, as the rules read it); undefined if it is not. */
function writtenCellSpan(model: ReportModel, table: TableId, ref: CellRef): Span | undefined {
  const row = model.tables[table].rows.get(ref.row);
  if (!row || row.resolution.status !== 'ok') return undefined;
  const cell = row.cells[columnIndexOf(row.resolution.subTable, ref.column)];
  return cell ? cellSpan(cell) : undefined;
}

function isCellOf(model: ReportModel, offset: number): boolean {
  return placeAt(model, offset).kind === 'cell';
}

function spanOnly(span: RelatedSpan): Span {
  return { start: span.start, end: span.end };
}

/** Spans once each (the first role given wins: here, then parts, totals, claims), sorted by offset. */
class Collector {
  private readonly spans = new Map<number, RelatedSpan>();
  add(span: Span | undefined, role: RelatedRole): void {
    if (span && !this.spans.has(span.start)) this.spans.set(span.start, { start: span.start, end: span.end, role });
  }
  list(): RelatedSpan[] {
    return [...this.spans.values()].sort((a, b) => a.start - b.start);
  }
}

import type { CellRef, TableId } from '../formats';
import type { AnalysisMemo } from '../memo';
import type { Cell, ReportModel, RowNode, Span } from '../model/types';
import { equationApplies, lookupCell } from '../rules/arithmetic';
import { equationsFedBy, equationsTargeting } from './describe';
import { placeAt, type Place } from './locate';
import { claimAt, isCompared, proseClaims, type ComparedClaim } from './proseClaims';

/**
 * How a piece of the report relates to the number under the cursor:
 * - `here`: the number itself (a table cell, or a count stated in the prose of section 一);
 * - `part`: a term of an equation whose target it is (the cells a total sums; for 结转下年度, the balance's terms),
 *   or a cell the prose count is compared with;
 * - `total`: the target of an equation it is a term of (a total it adds to, or the 结转下年度 the balance gives);
 * - `claim`: a count stated in the prose of section 一 that the checker compared with it.
 */
export type RelatedRole = 'here' | 'part' | 'total' | 'claim';
export interface RelatedSpan extends Span { role: RelatedRole }

/**
 * The numbers related to the one at `offset`, each once (in document order): what the statutory equations
 * (formats data) and the prose-claims rule connect, and nothing else — an equation only where the checks apply
 * it (a group row with nothing written is not checked), a prose count only when the rule compared it with the
 * tables. A count it stands down on (it may count another scope, docs/rules.md `text.tableMismatch`) or could not
 * compare (a cell it needs is blank, unreadable or not written) is connected to nothing: the editor must not
 * suggest a comparison the checker did not make. Empty where no number is. `memo`: the document's (analysis.memo).
 */
export function relatedNumbers(model: ReportModel, offset: number, memo?: AnalysisMemo): RelatedSpan[] {
  return relatedAt(model, placeAt(model, offset), offset, memo);
}

/** The table cells a prose count was compared with (what Go to Definition opens); none on a table cell. */
export function claimedCells(model: ReportModel, offset: number, memo?: AnalysisMemo): Span[] {
  const place = placeAt(model, offset);
  if (place.kind === 'cell') return [];
  return relatedAt(model, place, offset, memo).filter((r) => r.role === 'part').map(spanOnly);
}

/** The prose counts compared with the cell at `offset` (what Find References lists, with the cell itself if asked). */
export function claimsAbout(model: ReportModel, offset: number, includeCell: boolean, memo?: AnalysisMemo): Span[] {
  const place = placeAt(model, offset);
  if (place.kind !== 'cell') return [];
  return relatedAt(model, place, offset, memo).filter((r) => r.role === 'claim' || (includeCell && r.role === 'here')).map(spanOnly);
}

function relatedAt(model: ReportModel, place: Place, offset: number, memo: AnalysisMemo | undefined): RelatedSpan[] {
  if (place.kind === 'cell') return cellRelations(model, place.row, place.cell, memo);
  if (place.kind === 'item' && place.item.kind === 'prose' && place.section.spec?.index === 1) {
    // The same claim the hover describes (claimAt), connected only if it was compared.
    const claim = claimAt(model, offset, memo);
    if (claim && isCompared(claim)) return claimRelations(claim);
  }
  return [];
}

function cellRelations(model: ReportModel, row: RowNode, cell: Cell, memo: AnalysisMemo | undefined): RelatedSpan[] {
  // A row written twice: the checks read the first (structure.rowDuplicate), so only the first is connected.
  if (row.resolution.status !== 'ok' || model.tables[row.table].rows.get(row.resolution.row.id) !== row) return [];
  const column = row.resolution.subTable.columns[cell.index];
  if (!column) return [];
  const table = row.table;
  const ref: CellRef = { row: row.resolution.row.id, column: column.id };
  const found = new Collector();
  found.add(cellSpan(cell), 'here');
  for (const equation of equationsTargeting(model.format, table, ref)) {
    if (!equationApplies({ model }, equation)) continue;
    for (const term of [...equation.plus, ...equation.minus]) found.add(writtenCellSpan(model, table, term), 'part');
  }
  for (const equation of equationsFedBy(model.format, table, ref)) {
    if (equationApplies({ model }, equation)) found.add(writtenCellSpan(model, table, equation.target), 'total');
  }
  for (const claim of proseClaims(model, memo)) {
    if (isCompared(claim) && claim.table.cells.some((c) => c.cell === cell)) found.add(claim.span, 'claim');
  }
  return found.list();
}

/** The count and the cells the rule compared it with (the same cell objects as the model's: claims are per model). */
function claimRelations(claim: ComparedClaim): RelatedSpan[] {
  const found = new Collector();
  found.add(claim.span, 'here');
  for (const { cell } of claim.table.cells) found.add(cellSpan(cell), 'part');
  return found.list();
}

/** A cell's text, or for a blank cell the pipe before it (the span hover uses): never an empty range. */
function cellSpan(cell: Cell): Span {
  return cell.raw === '' ? { start: cell.pipeOffset, end: cell.pipeOffset + 1 } : { start: cell.start, end: cell.end };
}

/** The cell of `ref` as the rules read it (a row's first occurrence); undefined where its row or cell is not written. */
function writtenCellSpan(model: ReportModel, table: TableId, ref: CellRef): Span | undefined {
  const lookup = lookupCell({ model }, table, ref);
  return lookup.status !== 'noRow' && lookup.cell ? cellSpan(lookup.cell) : undefined;
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

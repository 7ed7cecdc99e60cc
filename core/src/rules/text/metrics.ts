import type { FormatSpec, TableId } from '../../formats';
import type { Cell, ReportModel, RowNode } from '../../model/types';
import { lookupCell } from '../arithmetic';
import { columnIndexOf } from '../balance';

/** What a number in the prose is compared with: one table cell or the sum of a few. */
export interface TableValue {
  value: number;
  table: TableId;
  cells: Array<{ cell: Cell; row: RowNode; label: string; value: number }>;
}

export type MetricId =
  | 'new' | 'carriedIn' | 'answered' | 'carriedOver' | 'grantedOrPartial' | 'granted' | 'partial' | 'refused' | 'unable'
  | 'notProcessed' | 'otherHandled' | 'review' | 'litigation' | 'upheld' | 'corrected' | 'otherResult' | 'pending';

export interface Metric {
  id: MetricId;
  /** Keyword(s) written right before the number (only the fillers of FILLER may stand between). */
  keyword: string;
  /** Also accept the number first: "另有 12 件顺延至下年度答复". */
  after?: string;
  /** A result of 行政复议/行政诉讼: needs such a number earlier in the sentence. */
  result?: 'upheld' | 'corrected' | 'otherResult' | 'pending';
}

/** Order matters: the combined 予以公开及部分公开 before its parts. */
export const METRICS: Metric[] = [
  { id: 'carriedIn', keyword: '上一?年度?结转(?:申请|至本年度?)?|结转上一?年度?' },
  { id: 'carriedOver', keyword: '结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?|(?:转|顺延)(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?',
    after: '(?:结转|顺延|转)(?:至|到)?下一?年度?' },
  { id: 'new', keyword: '受理|新收|收到' },
  { id: 'answered', keyword: '答复|办结' },
  { id: 'grantedOrPartial', keyword: '予以公开(?:及|和|与|、)部分公开' },
  { id: 'granted', keyword: '予以公开' },
  { id: 'partial', keyword: '部分公开' },
  { id: 'refused', keyword: '不予公开' },
  { id: 'unable', keyword: '无法提供' },
  { id: 'notProcessed', keyword: '不予处理' },
  { id: 'otherHandled', keyword: '作?其他处理(?:[（(]含[^）)]{0,20}[）)])?' },
  { id: 'review', keyword: '行政复议' },
  { id: 'litigation', keyword: '行政诉讼' },
  { id: 'upheld', keyword: '(?:结果)?维持', result: 'upheld' },
  { id: 'corrected', keyword: '(?:结果)?纠正', result: 'corrected' },
  { id: 'otherResult', keyword: '其他结果', result: 'otherResult' },
  { id: 'pending', keyword: '尚未审结|未审结|未结', result: 'pending' },
];

const TABLE3_ROW: Partial<Record<MetricId, string>> = {
  new: 'new', carriedIn: 'carriedIn', answered: 'total', carriedOver: 'carriedOver', granted: 'granted', partial: 'partial',
  refused: 'refused', unable: 'unable', notProcessed: 'notProcessed', otherHandled: 'other',
};

/** The table's value for a metric, or undefined when any cell it needs is not a known number. */
export function tableValue(model: ReportModel, metric: MetricId, parent?: 'review' | 'litigation'): TableValue | undefined {
  const place = metricPlace(model.format, metric, parent);
  return place ? sum(model, place.table, place.refs) : undefined;
}

/** `tableValue(…)?.value`, without building the cells (most claims agree: only their number is needed). */
export function tableNumber(model: ReportModel, metric: MetricId, parent?: 'review' | 'litigation'): number | undefined {
  const place = metricPlace(model.format, metric, parent);
  if (!place) return undefined;
  let value = 0;
  for (const [rowId, columnId] of place.refs) {
    const row = model.tables[place.table].rows.get(rowId);
    if (!row || row.resolution.status !== 'ok') return undefined;
    const cell = row.cells[columnIndexOf(row.resolution.subTable, columnId)];
    if (cell?.value === undefined) return undefined;
    value += cell.value;
  }
  return value;
}

interface Place { table: TableId; refs: Array<[string, string]> }

/**
 * The cells (row id, column id) each metric sums, whatever they hold, per format (format data is immutable: found
 * once, not per claim); the hover names them when a count could not be compared.
 */
const PLACES = new WeakMap<FormatSpec, Map<MetricId, Partial<Record<'none' | 'review' | 'litigation', Place | null>>>>();

export function metricPlace(format: FormatSpec, metric: MetricId, parent?: 'review' | 'litigation'): Place | undefined {
  let places = PLACES.get(format);
  if (!places) { places = new Map(); PLACES.set(format, places); }
  let byParent = places.get(metric);
  if (!byParent) { byParent = {}; places.set(metric, byParent); }
  const key = parent ?? 'none';
  let place = byParent[key];
  if (place === undefined) place = byParent[key] = findCells(format, metric, parent) ?? null;
  return place ?? undefined;
}

function findCells(format: FormatSpec, metric: MetricId, parent: 'review' | 'litigation' | undefined): Place | undefined {
  if (metric === 'grantedOrPartial') return { table: 'table3', refs: [['granted', 'total'], ['partial', 'total']] };
  const table3Row = TABLE3_ROW[metric];
  if (table3Row) {
    const spec = format.tables.table3.subTables[0].rows.find((r) => r.id === table3Row);
    if (!spec) return undefined;
    if (spec.kind !== 'group') return { table: 'table3', refs: [[table3Row, 'total']] };
    // A group row's value is the sum of its items (the group row itself may be empty).
    const items = format.tables.table3.subTables[0].rows.filter((r) => r.parent === table3Row);
    return { table: 'table3', refs: items.map((r) => [r.id, 'total'] as [string, string]) };
  }
  const column = metric === 'review' || metric === 'litigation' ? 'total' : metric;
  const group = metric === 'review' || metric === 'litigation' ? metric : parent;
  if (group === 'review') return { table: 'table4', refs: [['review', column]] };
  if (group === 'litigation') return { table: 'table4', refs: [['directSuit', column], ['suitAfterReview', column]] };
  return undefined;
}

function sum(model: ReportModel, table: TableId, refs: Array<[string, string]>): TableValue | undefined {
  const cells: TableValue['cells'] = [];
  let value = 0;
  for (const [row, column] of refs) {
    const lookup = lookupCell({ model }, table, { row, column });
    if (lookup.status !== 'known') return undefined;
    cells.push({ cell: lookup.cell, row: lookup.row, label: `${lookup.row.label.text} · ${lookup.column.label}`, value: lookup.value });
    value += lookup.value;
  }
  return { value, table, cells };
}

import type { Locale, TableId } from '../formats';
import { say } from '../i18n/text';
import { decimalToString, type Decimal } from '../model/decimal';
import type { Cell, ReportModel } from '../model/types';
import { lookupCell } from '../rules/arithmetic';

import { placeAt } from './locate';
import type { Hover, InlayHint } from './types';

/**
 * Last year's numbers at hand (issue 15 item 5): the same cell of last year's report of the same agency
 * (the workspace index's `previous`, exactly one report: ambiguity stands down) and the change, exact.
 * Cells are matched by table, row id and column id; a row or column of the other format version has no
 * counterpart and shows nothing (2019 对外公开总数量 is not 2021 现行有效).
 */
export function withLastYear(
  hover: Hover | undefined, model: ReportModel, previous: ReportModel | undefined, offset: number, locale: Locale,
): Hover | undefined {
  if (!hover || !previous) return hover;
  const line = lastYearLine(model, previous, offset, locale);
  return line ? { ...hover, contents: { kind: 'markdown', value: `${hover.contents.value}\n\n${line}` } } : hover;
}

/** `上年（2024）：34 · 变化 +69`, or undefined when the cell has no counterpart or last year's is not a number. */
export function lastYearLine(model: ReportModel, previous: ReportModel, offset: number, locale: Locale): string | undefined {
  const place = placeAt(model, offset);
  if (place.kind !== 'cell' || place.row.resolution.status !== 'ok') return undefined;
  const column = place.row.resolution.subTable.columns[place.cell.index];
  if (!column) return undefined;
  const there = lookupCell({ model: previous }, place.row.table as TableId, { row: place.row.resolution.row.id, column: column.id });
  if (there.status === 'noRow' || there.status === 'blank') return undefined;
  const last = valueOf(there.cell);
  if (!last) return undefined;
  const year = previous.year ?? (model.year !== undefined ? model.year - 1 : undefined);
  const head = `${say(locale, '上年', 'Last year')}${year !== undefined ? `（${year}）` : ''}：${last.text}`;
  const here = valueOf(place.cell);
  if (!here) return head;
  const change = difference(here, last);
  return `${head} · ${say(locale, '变化', 'change')} ${change}`;
}

/** A blank 现行有效 (2021 format, both years): `上年 11 + 制发 − 废止`, or the sum once both are filled. */
export function inForceHints(model: ReportModel, previous: ReportModel, start: number, end: number, locale: Locale): InlayHint[] {
  if (model.format.version !== '2021' || previous.format.version !== '2021') return [];
  const hints: InlayHint[] = [];
  for (const row of ['rules', 'normative']) {
    const found = lookupCell({ model }, 'table2', { row, column: 'inForce' });
    const last = lookupCell({ model: previous }, 'table2', { row, column: 'inForce' });
    if (found.status !== 'blank' || last.status !== 'known' || found.row.end < start || found.row.start >= end) continue;
    const issued = lookupCell({ model }, 'table2', { row, column: 'issued' });
    const repealed = lookupCell({ model }, 'table2', { row, column: 'repealed' });
    const label = issued.status === 'known' && repealed.status === 'known'
      ? `= ${last.value} + ${issued.value} − ${repealed.value} = ${last.value + issued.value - repealed.value}`
      : say(locale, `上年 ${last.value} + 制发 − 废止`, `last year ${last.value} + issued − repealed`);
    const offset = found.cell ? found.cell.pipeOffset + 1 : found.row.contentEnd;
    hints.push({
      position: model.index.positionAt(offset), label, kind: 1, paddingLeft: true,
      tooltip: say(locale, `现行有效件数 = 上年现行有效（${previous.year ?? ''} 年报告：${last.value}）+ 本年制发 − 本年废止（格式说明）`,
        `In force = last year's in force (${previous.year ?? ''} report: ${last.value}) + issued − repealed`),
    });
  }
  return hints;
}

interface Value { text: string; scaled: bigint; scale: number }

/** A count (integer) or a money cell (exact decimal); nothing for blanks and unreadable cells. */
function valueOf(cell: Cell | undefined): Value | undefined {
  if (!cell || cell.problem) return undefined;
  if (cell.value !== undefined) return { text: String(cell.value), scaled: BigInt(cell.value), scale: 0 };
  if (cell.decimal) return { text: decimalToString(cell.decimal), ...cell.decimal };
  return undefined;
}

function difference(a: Value, b: Value): string {
  const scale = Math.max(a.scale, b.scale);
  const scaled = a.scaled * 10n ** BigInt(scale - a.scale) - b.scaled * 10n ** BigInt(scale - b.scale);
  const text = decimalToString({ scaled: scaled < 0n ? -scaled : scaled, scale } as Decimal);
  return scaled === 0n ? '±0' : `${scaled < 0n ? '−' : '+'}${text}`;
}

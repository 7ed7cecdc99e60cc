import { toHalfWidth } from '../text/normalize';
import type { ColumnSpec } from '../formats';
import { parseDecimal, shiftDecimal, type Decimal } from './decimal';

/** What a cell's text says, before the column's kind is considered. */
export type CellReading =
  | { kind: 'blank'; marker: string }
  | { kind: 'number'; negative: boolean; digits: string; fraction: string; grouped: boolean; unit: '' | '元' | '万元' | '件' | '项' }
  | { kind: 'invalid' };

const BLANK_MARKERS = new Set(['', '/', '\\', '-', '--', '—', '——', '–', '−', '无', '空', '/ /', 'x', 'X', '×']);
const NUMBER = /^([+\-−])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|元|件|项)?$/;

export function readCell(raw: string): CellReading {
  // Fast path: a plain run of ASCII digits, what nearly every cell holds.
  if (isPlainDigits(raw)) return { kind: 'number', negative: false, digits: raw, fraction: '', grouped: false, unit: '' };
  const text = toHalfWidth(raw).trim();
  if (BLANK_MARKERS.has(text)) return { kind: 'blank', marker: text };
  const match = NUMBER.exec(text);
  if (!match) return { kind: 'invalid' };
  const [, sign, digits, fraction, unit] = match;
  return {
    kind: 'number', negative: sign === '-' || sign === '−', digits: digits.replace(/,/g, ''), fraction: fraction ?? '',
    grouped: digits.includes(','), unit: (unit ?? '') as '' | '元' | '万元' | '件' | '项',
  };
}

function isPlainDigits(raw: string): boolean {
  if (raw.length === 0) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Why a cell's value cannot be used by the arithmetic. */
export type CellProblem = 'blank' | 'missing' | 'invalid' | 'negative' | 'notInteger' | 'tooLarge' | 'unitYuan' | 'unitWanYuan' | 'unitWrong';

export type MoneyUnit = '元' | '万元';

/**
 * The unit a money column is in (docs/rules.md, `cell.unit`): what the report's own header declares, else what the
 * statutory column label declares (2021: 本年收费金额（单位：万元）), else none — the 2019 national template
 * prints no unit for 采购总金额.
 */
export type ColumnUnit = MoneyUnit | 'undeclared';

const DECLARED_UNIT = /单位\s*[:：]?\s*(万元|元)|[（(]\s*(万元|元)\s*[，,;；)）]/;

/** "采购总金额（单位：万元，保留4位小数）" → 万元; "采购总金额(元)" → 元; "采购总金额" → undefined. */
export function declaredUnitOf(text: string): MoneyUnit | undefined {
  const match = DECLARED_UNIT.exec(toHalfWidth(text).replace(/（/g, '(').replace(/）/g, ')'));
  return match ? ((match[1] ?? match[2]) as MoneyUnit) : undefined;
}

export interface CellInterpretation {
  /** Integer value of a count cell, when it is a valid number. */
  value?: number;
  /** Exact value of a money cell, in 万元 whatever unit it was written in (元 is normalised); as written when `problem` is a unit one. */
  decimal?: Decimal;
  /** Money: the unit the amount was read in, and why (its own suffix, the header, or assumed: no unit anywhere). */
  money?: { unit: MoneyUnit; basis: 'suffix' | 'header' | 'assumed' };
  problem?: CellProblem;
}

/**
 * `columnUnit`: the money column's unit (`ColumnUnit`); omitted, 万元 as declared (the statutory default
 * of callers that know no header).
 */
export function interpretCell(reading: CellReading, column: ColumnSpec | undefined, columnUnit: ColumnUnit = '万元'): CellInterpretation {
  return interpretInto({}, reading, column, columnUnit);
}

/** `interpretCell` written into `target` (a cell being built: no object in between). */
export function interpretInto<T extends CellInterpretation>(target: T, reading: CellReading, column: ColumnSpec | undefined, columnUnit: ColumnUnit = '万元'): T {
  if (reading.kind === 'blank') { target.problem = 'blank'; return target; }
  if (reading.kind === 'invalid') { target.problem = 'invalid'; return target; }
  if (!column) return target;
  if (column.kind === 'money') {
    if (reading.unit === '件' || reading.unit === '项') { target.problem = 'unitWrong'; return target; }
    const written = parseDecimal(reading.digits, reading.fraction, reading.negative);
    const suffix = reading.unit === '元' || reading.unit === '万元' ? reading.unit : undefined;
    const unit: MoneyUnit = suffix ?? (columnUnit === 'undeclared' ? '万元' : columnUnit);
    const money = { unit, basis: suffix ? 'suffix' as const : columnUnit === 'undeclared' ? 'assumed' as const : 'header' as const };
    // A suffix that contradicts the declared unit: the author's slip, kept as written for the message.
    if (suffix === '元' && columnUnit === '万元') { target.decimal = written; target.money = money; target.problem = 'unitYuan'; return target; }
    if (suffix === '万元' && columnUnit === '元') { target.decimal = written; target.money = money; target.problem = 'unitWanYuan'; return target; }
    const decimal = unit === '元' ? shiftDecimal(written, 4) : written;
    target.decimal = decimal;
    target.money = money;
    if (reading.negative && decimal.scaled !== 0n) target.problem = 'negative';
    return target;
  }
  if (reading.unit === '元' || reading.unit === '万元') { target.problem = 'unitWrong'; return target; }
  if (reading.fraction !== '' && /[^0]/.test(reading.fraction)) { target.problem = 'notInteger'; return target; }
  const value = Number(reading.digits);
  if (!Number.isSafeInteger(value)) { target.problem = 'tooLarge'; return target; }
  if (reading.negative && value !== 0) {
    if (column.kind === 'count') { target.problem = 'negative'; return target; }
    target.value = -value;
    return target;
  }
  target.value = value;
  return target;
}

import { toHalfWidth } from '../text/normalize';
import type { ColumnSpec } from '../formats';
import { parseDecimal, shiftDecimal, type Decimal } from './decimal';
import type { Cell } from './types';

/** What a cell's text says, before the column's kind is considered. */
export type CellReading =
  | { kind: 'blank'; marker: string }
  | { kind: 'number'; negative: boolean; digits: string; fraction: string; grouped: boolean; unit: '' | '元' | '万元' | '件' | '项' }
  | { kind: 'invalid' };

const BLANK_MARKERS = new Set(['', '/', '\\', '-', '--', '—', '——', '–', '−', '无', '空', '/ /', 'x', 'X', '×']);
const NUMBER = /^([+\-−])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|元|件|项)?$/;

export function readCell(raw: string): CellReading {
  // Fast path: a plain run of ASCII digits, what nearly every cell holds.
  if (isPlainDigits(raw)) return plainDigitsReading(raw);
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

/** The reading of one digit, shared: the commonest cells (0 above all); readings are never changed. */
// Frozen: a consumer that changed one would change every cell that shares it (strict mode throws instead).
const DIGIT_READINGS: CellReading[] = Array.from({ length: 10 }, (_, d) => Object.freeze({
  kind: 'number', negative: false, digits: String(d), fraction: '', grouped: false, unit: '',
} as const));

/** The reading of `raw`, a non-empty run of ASCII digits. */
function plainDigitsReading(raw: string): CellReading {
  return raw.length === 1 ? DIGIT_READINGS[raw.charCodeAt(0) - 48] : { kind: 'number', negative: false, digits: raw, fraction: '', grouped: false, unit: '' };
}

/**
 * The cell of plain ASCII digits (at most 15: a safe integer) at [start, end) of `source` (which starts at
 * document offset `offset`) in a count or signed count column, whose `value` the caller computed while
 * checking the digits: what `cellOf` gives it, without reading the text again. A count below SHARED_COUNTS
 * written without a leading zero — most cells of most reports — gets the one text and reading of its value,
 * shared and never built again (a cell's text is a new string per slice, its reading an object): others are
 * read from the source.
 */
export function countCellAt(source: string, offset: number, start: number, end: number, index: number, pipeOffset: number, value: number): Cell {
  if (value < SHARED_COUNTS && (end - start === 1 || source.charCodeAt(start - offset) !== 48)) {
    const shared = SHARED_COUNT[value] ??= sharedCount(value);
    return { start, end, raw: shared.raw, reading: shared.reading, index, pipeOffset, value };
  }
  const raw = source.slice(start - offset, end - offset);
  return { start, end, raw, reading: plainDigitsReading(raw), index, pipeOffset, value };
}

/** Counts below this share their text and reading (made on first use, ≈ 100 bytes each). */
const SHARED_COUNTS = 10000;
// Filled, not sparse: an array written at scattered indices would turn into a dictionary.
const SHARED_COUNT = new Array<{ raw: string; reading: CellReading } | undefined>(SHARED_COUNTS).fill(undefined);

function sharedCount(value: number): { raw: string; reading: CellReading } {
  const raw = String(value);
  return { raw, reading: Object.freeze(plainDigitsReading(raw)) };
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
  // Both units end in 元, which toHalfWidth leaves as it is: most labels are answered by one search.
  if (!text.includes('元')) return undefined;
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

/** What `interpretInto` wrote for the cell being read: one object for every cell (nothing keeps it). */
const SCRATCH: CellInterpretation = { value: undefined, decimal: undefined, money: undefined, problem: undefined };

/**
 * A table cell: its place and text, and what it means in `column`. Built as one object literal per
 * outcome, never grown field by field: a growing object changes shape (hidden class) at each new
 * field and its later fields go to a separate store — slower to build and to read for every rule.
 */
export function cellOf(
  start: number, end: number, raw: string, reading: CellReading, index: number, pipeOffset: number,
  column: ColumnSpec | undefined, columnUnit: ColumnUnit | undefined,
): Cell {
  const meaning = SCRATCH;
  meaning.value = undefined; meaning.decimal = undefined; meaning.money = undefined; meaning.problem = undefined;
  interpretInto(meaning, reading, column, columnUnit);
  const { value, decimal, money, problem } = meaning;
  if (value !== undefined) return { start, end, raw, reading, index, pipeOffset, value };
  if (decimal !== undefined) {
    return problem === undefined
      ? { start, end, raw, reading, index, pipeOffset, decimal, money }
      : { start, end, raw, reading, index, pipeOffset, decimal, money, problem };
  }
  if (problem !== undefined) return { start, end, raw, reading, index, pipeOffset, problem };
  return { start, end, raw, reading, index, pipeOffset };
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

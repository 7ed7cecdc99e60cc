import { toHalfWidth } from '../text/normalize';
import type { ColumnSpec } from '../formats';
import { parseDecimal, type Decimal } from './decimal';

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
export type CellProblem = 'blank' | 'missing' | 'invalid' | 'negative' | 'notInteger' | 'tooLarge' | 'unitYuan' | 'unitWrong';

export interface CellInterpretation {
  /** Integer value of a count cell, when it is a valid number. */
  value?: number;
  /** Exact value of a money cell (万元). */
  decimal?: Decimal;
  problem?: CellProblem;
}

export function interpretCell(reading: CellReading, column: ColumnSpec | undefined): CellInterpretation {
  if (reading.kind === 'blank') return { problem: 'blank' };
  if (reading.kind === 'invalid') return { problem: 'invalid' };
  if (!column) return {};
  if (column.kind === 'money') {
    if (reading.unit === '件' || reading.unit === '项') return { problem: 'unitWrong' };
    const decimal = parseDecimal(reading.digits, reading.fraction, reading.negative);
    if (reading.negative && decimal.scaled !== 0n) return { decimal, problem: 'negative' };
    if (reading.unit === '元') return { decimal, problem: 'unitYuan' };
    return { decimal };
  }
  if (reading.unit === '元' || reading.unit === '万元') return { problem: 'unitWrong' };
  if (reading.fraction !== '' && /[^0]/.test(reading.fraction)) return { problem: 'notInteger' };
  const value = Number(reading.digits);
  if (!Number.isSafeInteger(value)) return { problem: 'tooLarge' };
  if (reading.negative && value !== 0) {
    if (column.kind === 'count') return { problem: 'negative' };
    return { value: -value };
  }
  return { value };
}

import { SEVERITY_ORDER } from '../config/severity';
import type { Severity } from '../i18n/catalog';
import type { Span } from '../model/types';
import type { ReportDiagnostic } from '../rules';
import type { Mark } from './types';

const rank = (severity: Severity) => SEVERITY_ORDER.indexOf(severity);

/**
 * Finds the diagnostics that fall on a rendered span (cell, label, heading, paragraph).
 * Diagnostics are sorted by start once; a query costs O((1 + found) · log n): binary search for
 * those starting inside the span, and a max-end segment tree for those starting before it and
 * reaching in. (A linear scan per cell made rendering quadratic: 20,000 broken rows took 25 s,
 * issue 14 F7.)
 */
export class MarkIndex {
  private readonly sorted: ReportDiagnostic[];
  private readonly size: number;
  /** tree[size + i] = end of sorted[i]; tree[k] = max of its children; -1 where empty. */
  private readonly tree: Float64Array;
  /** Steps taken by all queries so far: tests assert it grows linearly with the input. */
  work = 0;

  constructor(diagnostics: readonly ReportDiagnostic[]) {
    this.sorted = [...diagnostics].sort((a, b) => a.span.start - b.span.start);
    let size = 1;
    while (size < this.sorted.length) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-1);
    this.sorted.forEach((d, i) => { this.tree[size + i] = d.span.end; });
    for (let k = size - 1; k >= 1; k--) this.tree[k] = Math.max(this.tree[2 * k], this.tree[2 * k + 1]);
  }

  /**
   * Diagnostics overlapping [start, end]. Both ends are inclusive so that a zero-width
   * diagnostic (an empty cell between two pipes, a missing value at the end of a row) marks
   * the element it touches.
   */
  at(span: Span): Mark | undefined {
    const found: ReportDiagnostic[] = [];
    // Starting before the span: they overlap when they reach past its start (or touch a zero-width span).
    const before = this.firstStartingAtOrAfter(span.start);
    this.reaching(1, 0, this.size, before, span.start === span.end ? span.start : span.start + 1, found);
    // Starting inside the span: every one overlaps.
    for (let i = before; i < this.sorted.length && this.sorted[i].span.start <= span.end; i++) {
      this.work++;
      found.push(this.sorted[i]);
    }
    if (found.length === 0) return undefined;
    const severity = found.reduce<Severity>((worst, d) => (rank(d.severity) < rank(worst) ? d.severity : worst), 'hint');
    return { severity, messages: [...new Set(found.map((d) => d.message))] };
  }

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      this.work++;
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid].span.start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Diagnostics among sorted[0, limit) whose end is ≥ minEnd, in order, from tree node k covering [lo, hi). */
  private reaching(k: number, lo: number, hi: number, limit: number, minEnd: number, out: ReportDiagnostic[]): void {
    if (lo >= limit || this.tree[k] < minEnd) return;
    this.work++;
    if (hi - lo === 1) { out.push(this.sorted[lo]); return; }
    const mid = (lo + hi) >>> 1;
    this.reaching(2 * k, lo, mid, limit, minEnd, out);
    this.reaching(2 * k + 1, mid, hi, limit, minEnd, out);
  }
}

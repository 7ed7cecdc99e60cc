import type { Severity } from '../i18n/catalog';
import type { Span } from '../model/types';
import type { ReportDiagnostic } from '../rules';
import type { DiagnosticsSummary, Mark } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Finds the diagnostics that fall on a rendered span (cell, label, heading, paragraph). */
export class MarkIndex {
  private readonly sorted: ReportDiagnostic[];

  constructor(diagnostics: readonly ReportDiagnostic[]) {
    this.sorted = [...diagnostics].sort((a, b) => a.span.start - b.span.start);
  }

  /**
   * Diagnostics overlapping [start, end]. Both ends are inclusive so that a zero-width
   * diagnostic (an empty cell between two pipes, a missing value at the end of a row) marks
   * the element it touches.
   */
  at(span: Span): Mark | undefined {
    const found: ReportDiagnostic[] = [];
    for (const d of this.sorted) {
      if (d.span.start > span.end) break;
      const overlaps = d.span.end > span.start || (d.span.start === d.span.end && d.span.start >= span.start)
        || (span.start === span.end && d.span.start <= span.start && d.span.end >= span.start);
      if (overlaps) found.push(d);
    }
    if (found.length === 0) return undefined;
    const severity = found.reduce<Severity>((worst, d) => (RANK[d.severity] < RANK[worst] ? d.severity : worst), 'hint');
    return { severity, messages: [...new Set(found.map((d) => d.message))] };
  }
}

export function summarize(diagnostics: readonly ReportDiagnostic[]): DiagnosticsSummary {
  const summary: DiagnosticsSummary = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else if (d.severity === 'information') summary.information++;
    else summary.hints++;
  }
  return summary;
}

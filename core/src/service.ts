import type { Locale } from './formats';
import type { AnalysisMemo } from './memo';
import { buildModel } from './model/build';
import type { ReportModel } from './model/types';
import { applySuppressions, CROSS_YEAR_UNITS, RULE_UNITS, RuleContext, type OtherReport, type ReportDiagnostic, type Rule, type SeverityOverrides } from './rules';

export interface AnalyzeOptions {
  locale?: Locale;
  /** Per-code severity, or 'off'. */
  severities?: SeverityOverrides;
  /** Last year's report of the same agency (from a ReportIndex): enables the cross-year rules. */
  previous?: OtherReport;
  /** What the previous analysis of the same document kept (memo.ts); the result is the same with or without. */
  memo?: AnalysisMemo;
}

export interface Analysis {
  model: ReportModel;
  diagnostics: ReportDiagnostic[];
  /** The language of the messages; the editing features answer in it too. */
  locale: Locale;
  /** Last year's report the cross-year rules read (hover and inlay hints show its numbers). */
  previous?: OtherReport;
  /** The document's memo the analysis used, if any: the editing features read the line results it keeps. */
  memo?: AnalysisMemo;
}

/** The one entry point for checking: text → model → rules → diagnostics. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = buildModel(text, options.memo);
  const locale = options.locale ?? 'zh-cn';
  const context = new RuleContext(model, locale, options.severities, options.previous, options.memo);
  runRules(context, options.previous ? [...RULE_UNITS, ...CROSS_YEAR_UNITS] : RULE_UNITS);
  applySuppressions(context);
  context.diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  options.memo?.sweep();
  return {
    model, diagnostics: context.diagnostics, locale,
    ...(options.previous ? { previous: options.previous } : {}), ...(options.memo ? { memo: options.memo } : {}),
  };
}

/** Runs the units in order; one that throws becomes an `internal.ruleFailed` diagnostic and the rest still run. */
export function runRules(context: RuleContext, units: readonly Rule[]): void {
  for (const rule of units) {
    try {
      rule.check(context);
    } catch (error) {
      // A bug in one rule must not take the others down; surface it where it can be seen.
      context.report('internal.ruleFailed', { start: 0, end: 0 }, { rule: rule.name, error: String((error as Error)?.stack ?? error) });
    }
  }
}

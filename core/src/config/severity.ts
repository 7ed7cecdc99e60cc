import type { Severity } from '../i18n/catalog';

/**
 * The severity levels, most severe first: the one list behind the config file, the editor
 * settings, `--rule CODE=LEVEL` and `--min-severity` (LSP DiagnosticSeverity 1–4 in this order).
 */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A level a rule can be set to: a severity, or 'off'. */
export type SeverityLevel = Severity | 'off';

export function isSeverity(value: string): value is Severity {
  return (SEVERITY_ORDER as readonly string[]).includes(value);
}

export function isSeverityLevel(value: unknown): value is SeverityLevel {
  return typeof value === 'string' && (value === 'off' || isSeverity(value));
}

/** At or above the threshold (like ESLint's --quiet): error ≥ warning ≥ information ≥ hint. */
export function atLeast(severity: Severity, min: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(min);
}

/**
 * How many diagnostics of each severity: the one count type of the preview's summary, the
 * render request and the client (LSP names in the plural).
 */
export interface DiagnosticCounts { errors: number; warnings: number; information: number; hints: number }

const COUNT_KEY: Record<Severity, keyof DiagnosticCounts> = { error: 'errors', warning: 'warnings', information: 'information', hint: 'hints' };

export function countBySeverity(diagnostics: Iterable<{ severity: Severity }>): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const d of diagnostics) counts[COUNT_KEY[d.severity]]++;
  return counts;
}

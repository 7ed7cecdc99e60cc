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

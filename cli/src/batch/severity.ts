import type { Severity } from '../../../core/src';
import type { FileResult } from './analyze';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

export function isSeverity(value: string): value is Severity {
  return (SEVERITY_ORDER as string[]).includes(value);
}

/** At or above the threshold (like ESLint's --quiet): error ≥ warning ≥ information ≥ hint. */
export function atLeast(severity: Severity, min: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(min);
}

/** The files with only the diagnostics at or above `min` (places kept in step). */
export function filterBySeverity(files: FileResult[], min: Severity): FileResult[] {
  if (min === 'hint') return files;
  return files.map((file) => {
    const keep = file.diagnostics.map((d) => atLeast(d.severity, min));
    return { ...file, diagnostics: file.diagnostics.filter((_, i) => keep[i]), places: file.places?.filter((_, i) => keep[i]) };
  });
}

import { atLeast, type Severity } from '../../../core/src';
import type { FileResult } from './analyze';

/** The files with only the diagnostics at or above `min` (places kept in step). */
export function filterBySeverity(files: FileResult[], min: Severity): FileResult[] {
  if (min === 'hint') return files;
  return files.map((file) => {
    const keep = file.diagnostics.map((d) => atLeast(d.severity, min));
    return { ...file, diagnostics: file.diagnostics.filter((_, i) => keep[i]), places: file.places?.filter((_, i) => keep[i]) };
  });
}

import { analyze, ReportIndex, scanIdentity, type Locale, type ReportDiagnostic, type SeverityOverrides } from '../../../core/src';
import { placesOf, type CellPlace } from './places';

/**
 * One file to check, with its text and its severities (config file and --rule flags applied).
 * `imported`: the import kind when the text was imported in memory from a published file.
 */
export interface FileJob { path: string; text: string; severities: SeverityOverrides; imported?: string }
/** `places[i]`: the table row and column of `diagnostics[i]`, if it lies in a table. */
export interface FileResult { path: string; diagnostics: ReportDiagnostic[]; places?: Array<CellPlace | undefined>; imported?: string }

/**
 * Check a set of files with the same index and rules as the language server: every file
 * sees last year's report of its agency when the set holds exactly one.
 */
export function analyzeFiles(jobs: FileJob[], locale: Locale): FileResult[] {
  const index = new ReportIndex(64);
  for (const job of jobs) index.update(job.path, job.text);
  return jobs.map((job) => {
    const { model, diagnostics } = analyze(job.text, { locale, severities: job.severities, previous: index.previousReport(job.path) });
    return { path: job.path, diagnostics, places: placesOf(model, diagnostics), imported: job.imported };
  });
}

/**
 * Split the files into groups that can be checked independently: all years of one agency
 * stay together (a report and its last year's), reports without 机关 or 年度 stand alone.
 */
export function groupByAgency(jobs: FileJob[]): FileJob[][] {
  const groups = new Map<string, FileJob[]>();
  const alone: FileJob[][] = [];
  for (const job of jobs) {
    const identity = scanIdentity(job.text);
    if (!identity.agencyKey || identity.year === undefined) { alone.push([job]); continue; }
    if (!groups.has(identity.agencyKey)) groups.set(identity.agencyKey, []);
    groups.get(identity.agencyKey)!.push(job);
  }
  return [...groups.values(), ...alone];
}

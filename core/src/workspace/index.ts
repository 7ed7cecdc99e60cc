import { buildModel } from '../model/build';
import type { ReportModel } from '../model/types';
import type { OtherReport } from '../rules/context';
import { scanHeader, type ReportIdentity } from './identity';

export { agencyKey, identityOf, scanHeader, scanIdentity, type ReportIdentity } from './identity';
export { ReadError, unreadableOf, type AsyncFileOperations, type FileOperations, type FileSystem, type ReadReason, type Unreadable } from './fileSystem';
export { isReportFileName, isSkippedName, type FoundFiles, type ReportFile } from './files';
export { MemoryFileSystem } from './memory';
export { fileNameOf } from './uris';
export { unreadableMessage } from './reasons';
export { decodeReport, inMemoryWorkspace, nodeWorkspace, Workspace, type ConfigFile, type TextRead, type Turns } from './workspace';

/** One report known to the index. The model is built only when a rule needs it. */
export interface IndexedReport {
  uri: string;
  identity: ReportIdentity;
  text: string;
  /** Increases on every change of the text: part of the cache key of reports that depend on it. */
  revision: number;
  /** How much of the text the identity was read from (scanHeader): an edit after it keeps the identity. */
  headerEnd?: number;
}

/**
 * Last year's report of a report, as the workspace index finds it: the one report of the same agency (机关,
 * compared by agencyKey) for the year before; none; more than one (copies: the cross-year checks stand down);
 * or no search at all when the report names no agency or no readable year.
 */
export type LastYearLookup =
  | { state: 'found'; year: number; uri: string }
  | { state: 'none'; year: number }
  | { state: 'ambiguous'; year: number; uris: string[] }
  /** `missing`: what the report does not give readably, in that order. */
  | { state: 'noIdentity'; missing: Array<'机关' | '年度'> };

const keyOf = (agencyKey: string, year: number) => `${year}\u0000${agencyKey}`;

/**
 * The reports of a workspace (or a directory given to the CLI) keyed by (机关, 年度).
 * Pure and synchronous: callers feed it texts (open editors, files read from disk) one
 * file at a time and learn which other reports are affected by each change.
 */
export class ReportIndex {
  private readonly reports = new Map<string, IndexedReport>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly models = new Map<string, { revision: number; model: ReportModel }>();
  private revisionCounter = 0;

  /** How many models of other reports are kept (least recently used are dropped). */
  constructor(private readonly modelCacheSize = 256) {}

  get size(): number { return this.reports.size; }
  get(uri: string): IndexedReport | undefined { return this.reports.get(uri); }
  all(): IndexedReport[] { return [...this.reports.values()]; }

  /**
   * Add or replace a report. Returns the uris whose cross-year checks may now differ:
   * next year's reports of the old and the new identity (and the report itself when its
   * identity changed, since its own last year changed).
   */
  update(uri: string, text: string): string[] {
    const old = this.reports.get(uri);
    if (old && old.text === text) return [];
    // Typing in the body (every keystroke of an open document) leaves the header, and so the identity, as it was.
    const header = old?.headerEnd !== undefined && text.startsWith(old.text.slice(0, old.headerEnd)) ? old : scanHeader(text);
    const report: IndexedReport = { uri, identity: header.identity, text, revision: ++this.revisionCounter, headerEnd: header.headerEnd };
    if (old && sameIdentity(old.identity, report.identity)) {
      this.reports.set(uri, report);
      this.models.delete(uri);
      return this.dependantsOf(uri).map((r) => r.uri);
    }
    const affected = new Set<string>();
    if (old) {
      for (const dependant of this.dependantsOf(uri)) affected.add(dependant.uri);
      this.unlink(old);
      affected.add(uri); // its own last year changed
    } else {
      affected.add(uri);
    }
    this.reports.set(uri, report);
    this.models.delete(uri);
    const { agencyKey, year } = report.identity;
    if (agencyKey && year !== undefined) {
      const key = keyOf(agencyKey, year);
      if (!this.byKey.has(key)) this.byKey.set(key, new Set());
      this.byKey.get(key)!.add(uri);
    }
    for (const dependant of this.dependantsOf(uri)) affected.add(dependant.uri);
    return [...affected];
  }

  /** Forget a report; returns the reports that depended on it. */
  remove(uri: string): string[] {
    const old = this.reports.get(uri);
    if (!old) return [];
    const affected = this.dependantsOf(uri).map((r) => r.uri);
    this.unlink(old);
    this.reports.delete(uri);
    this.models.delete(uri);
    return affected;
  }

  /** Every report of (agency, year). More than one means duplicates (copies of a file). */
  find(agencyKey: string, year: number): IndexedReport[] {
    return [...(this.byKey.get(keyOf(agencyKey, year)) ?? [])].map((uri) => this.reports.get(uri)!).filter(Boolean);
  }

  /**
   * Last year's report of the same agency, when exactly one exists. Two candidates are
   * ambiguous: the checks stand down rather than guess.
   */
  previousOf(uri: string, identity: ReportIdentity | undefined = this.reports.get(uri)?.identity): IndexedReport | undefined {
    const lookup = this.lastYearLookup(uri, identity);
    return lookup.state === 'found' ? this.reports.get(lookup.uri) : undefined;
  }

  /** What the search for last year's report found, and so whether the cross-year checks run (previousOf). */
  lastYearLookup(uri: string, identity: ReportIdentity | undefined = this.reports.get(uri)?.identity): LastYearLookup {
    if (!identity?.agencyKey || identity.year === undefined) {
      const missing: Array<'机关' | '年度'> = [];
      if (!identity?.agencyKey) missing.push('机关');
      if (identity?.year === undefined) missing.push('年度');
      return { state: 'noIdentity', missing };
    }
    const year = identity.year - 1;
    const candidates = this.find(identity.agencyKey, year).filter((r) => r.uri !== uri).map((r) => r.uri).sort();
    if (candidates.length === 1) return { state: 'found', year, uri: candidates[0] };
    return candidates.length === 0 ? { state: 'none', year } : { state: 'ambiguous', year, uris: candidates };
  }

  /** Next year's reports of the same agency (whose cross-year checks read this one). */
  dependantsOf(uri: string): IndexedReport[] {
    const identity = this.reports.get(uri)?.identity;
    if (!identity?.agencyKey || identity.year === undefined) return [];
    return this.find(identity.agencyKey, identity.year + 1).filter((r) => r.uri !== uri);
  }

  /** The model of an indexed report, built on first use and cached by revision. */
  model(uri: string): ReportModel | undefined {
    const report = this.reports.get(uri);
    if (!report) return undefined;
    const cached = this.models.get(uri);
    if (cached && cached.revision === report.revision) {
      this.models.delete(uri);
      this.models.set(uri, cached); // most recently used last
      return cached.model;
    }
    const model = buildModel(report.text);
    this.models.set(uri, { revision: report.revision, model });
    while (this.models.size > this.modelCacheSize) this.models.delete(this.models.keys().next().value as string);
    return model;
  }

  /** Last year's report as the rules take it, with a key that changes whenever it does. */
  previousReport(uri: string, identity?: ReportIdentity): (OtherReport & { key: string }) | undefined {
    const previous = this.previousOf(uri, identity);
    if (!previous) return undefined;
    const model = this.model(previous.uri);
    return model ? { uri: previous.uri, model, key: `${previous.uri}@${previous.revision}` } : undefined;
  }

  private unlink(report: IndexedReport): void {
    const { agencyKey, year } = report.identity;
    if (!agencyKey || year === undefined) return;
    const key = keyOf(agencyKey, year);
    const set = this.byKey.get(key);
    set?.delete(report.uri);
    if (set && set.size === 0) this.byKey.delete(key);
  }
}

function sameIdentity(a: ReportIdentity, b: ReportIdentity): boolean {
  return a.agencyKey === b.agencyKey && a.year === b.year;
}

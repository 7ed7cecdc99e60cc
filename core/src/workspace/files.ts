import * as path from 'path';
import { PUBLISHED_PREFERENCE, publishedKindForFile } from '../import/kinds';
import type { FileSystem } from './fileSystem';
import { unreadableOf, type Unreadable } from './fileSystem';

/** A file to check: a report in the language, or (`published`) a published file to import in memory. */
export interface ReportFile { path: string; published: boolean }
export interface FoundFiles { files: ReportFile[]; unreadable: Unreadable[] }
export interface FindOptions {
  /** Also take the importable published kinds (PDF, DOCX, HTML, Markdown, text) found in folders. */
  published?: boolean;
  /** A name the caller reads itself (the CLI's `-`, stdin): passed through as given, in its place. */
  passThrough?: string;
}

/**
 * Names never searched, below a root the user named (the root itself always is):
 * - names starting with '.': tool state, not reports (.git, .vscode, .cache, .e2e, …);
 * - node_modules: dependencies, thousands of folders and none of them the user's reports;
 * - out, dist: build output (compiled tests, bundles); a report there is a copy of one elsewhere
 *   and would be a second claimant of its (机关, 年度), making the cross-year checks stand down.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

/** Entries of a searched folder left alone, files and folders alike (as both walkers did). */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

export function isReportFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.zfxxgk');
}

/**
 * The report files under `inputs`, one folder at a time (a caller that must stay responsive,
 * the language server, may yield between folders). Files are taken as given (a published kind
 * is marked so); folders are searched for *.zfxxgk — and, with `published`, for the importable
 * kinds, where a report and its own exports (same name, another extension) count once. Symbolic
 * links are followed, each real folder walked once (no cycles), each real file taken once. A
 * path that cannot be read is reported and the rest is still found.
 */
export function* walkReportFiles(fs: FileSystem, inputs: string[], options: FindOptions = {}): Generator<FoundFiles> {
  const seen = { files: new Set<string>(), folders: new Set<string>() };
  for (const input of inputs) {
    if (input === options.passThrough) { yield { files: [{ path: input, published: false }], unreadable: [] }; continue; }
    let kind: string;
    try { kind = fs.stat(input).kind; } catch (error) { yield { files: [], unreadable: [unreadableOf(input, error)] }; continue; }
    if (kind === 'directory') yield* walkFolder(fs, input, seen, options);
    else if (kind !== 'file') yield { files: [], unreadable: [{ path: input, reason: 'notRegular' }] };
    else yield { files: firstSight(fs, [{ path: input, published: publishedKindForFile(input) !== undefined }], seen.files), unreadable: [] };
  }
}

/** Every report file under `inputs` (walkReportFiles, all at once). */
export function findReportFiles(fs: FileSystem, inputs: string[], options: FindOptions = {}): FoundFiles {
  const all: FoundFiles = { files: [], unreadable: [] };
  for (const found of walkReportFiles(fs, inputs, options)) {
    all.files.push(...found.files);
    all.unreadable.push(...found.unreadable);
  }
  return all;
}

/** Subfolders first (depth first, in name order), then the folder's own files. */
function* walkFolder(fs: FileSystem, folder: string, seen: { files: Set<string>; folders: Set<string> }, options: FindOptions): Generator<FoundFiles> {
  const found: FoundFiles = { files: [], unreadable: [] };
  let entries;
  try {
    const real = fs.realPath(folder);
    if (seen.folders.has(real)) return; // a symlink cycle or a folder reached twice
    seen.folders.add(real);
    entries = fs.readDirectory(folder);
  } catch (error) { yield { files: [], unreadable: [unreadableOf(folder, error)] }; return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const candidates: Array<{ full: string; name: string; published: boolean }> = [];
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const full = path.join(folder, entry.name);
    const isReport = isReportFileName(entry.name);
    const published = !isReport && options.published === true && publishedKindForFile(entry.name) !== undefined;
    let kind = entry.kind;
    if (kind === 'symlink') {
      try { kind = fs.stat(full).kind; } catch (error) { if (isReport || published) found.unreadable.push(unreadableOf(full, error)); continue; }
    }
    if (kind === 'directory') {
      // Reasons found so far come first, as they were met.
      if (found.unreadable.length > 0) { yield { files: [], unreadable: found.unreadable }; found.unreadable = []; }
      yield* walkFolder(fs, full, seen, options);
      continue;
    }
    if (!isReport && !published) continue;
    if (kind !== 'file') { found.unreadable.push({ path: full, reason: 'notRegular' }); continue; }
    candidates.push({ full, name: entry.name, published });
  }
  found.files = firstSight(fs, oncePerReport(candidates).map((c) => ({ path: c.full, published: c.published })), seen.files);
  yield found;
}

/** Each real file once (a symbolic link to a file already taken is not taken again). */
function firstSight(fs: FileSystem, files: ReportFile[], seen: Set<string>): ReportFile[] {
  return files.filter((file) => {
    let real: string;
    try { real = fs.realPath(file.path); } catch { real = path.resolve(file.path); }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** Of files that share a name in one folder (report.zfxxgk, report.docx, report.pdf), keep the first by preference. */
function oncePerReport<T extends { name: string }>(candidates: T[]): T[] {
  const best = new Map<string, T>();
  const rank = (name: string) => {
    const i = PUBLISHED_PREFERENCE.indexOf(path.extname(name).toLowerCase());
    return i < 0 ? PUBLISHED_PREFERENCE.length : i;
  };
  for (const candidate of candidates) {
    const stem = path.basename(candidate.name, path.extname(candidate.name)).toLowerCase();
    const current = best.get(stem);
    if (!current || rank(candidate.name) < rank(current.name)) best.set(stem, candidate);
  }
  const kept = new Set(best.values());
  return candidates.filter((c) => kept.has(c));
}

import * as path from 'path';
import { PUBLISHED_PREFERENCE, publishedKindForFile } from '../import/kinds';
import { unreadableOf, type AsyncFileOperations, type FileOperations, type Unreadable } from './fileSystem';

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
export function* walkReportFiles(fs: FileOperations, inputs: string[], options: FindOptions = {}): Generator<FoundFiles> {
  const steps = walkSteps(inputs, options);
  for (let step = steps.next(); !step.done;) {
    if ('found' in step.value) { yield step.value.found; step = steps.next(); continue; }
    const { call, path: file } = step.value;
    let result: unknown;
    try { result = fs[call](file); } catch (error) { step = steps.throw(error); continue; }
    step = steps.next(result);
  }
}

/** walkReportFiles without blocking the thread: the same walk, each operation awaited (the language server's). */
export async function* walkReportFilesAsync(fs: AsyncFileOperations, inputs: string[], options: FindOptions = {}): AsyncGenerator<FoundFiles> {
  const steps = walkSteps(inputs, options);
  for (let step = steps.next(); !step.done;) {
    if ('found' in step.value) { yield step.value.found; step = steps.next(); continue; }
    const { call, path: file } = step.value;
    let result: unknown;
    try { result = await fs[call](file); } catch (error) { step = steps.throw(error); continue; }
    step = steps.next(result);
  }
}

/** Every report file under `inputs` (walkReportFiles, all at once). */
export function findReportFiles(fs: FileOperations, inputs: string[], options: FindOptions = {}): FoundFiles {
  const all: FoundFiles = { files: [], unreadable: [] };
  for (const found of walkReportFiles(fs, inputs, options)) {
    all.files.push(...found.files);
    all.unreadable.push(...found.unreadable);
  }
  return all;
}

/**
 * The walk is written once, as steps: it asks for a file operation (and is given its result, or
 * its error thrown in) or hands over what it found. The two walkers above only carry the
 * operations out, one blocking, one awaiting.
 */
type Call = 'stat' | 'readDirectory' | 'realPath';
type Step = { found: FoundFiles } | { call: Call; path: string };
type Steps<T = void> = Generator<Step, T, unknown>;

function* perform<K extends Call>(call: K, file: string): Steps<ReturnType<FileOperations[K]>> {
  return (yield { call, path: file }) as ReturnType<FileOperations[K]>;
}

function* walkSteps(inputs: string[], options: FindOptions): Steps {
  const seen = { files: new Set<string>(), folders: new Set<string>() };
  for (const input of inputs) {
    if (input === options.passThrough) { yield { found: { files: [{ path: input, published: false }], unreadable: [] } }; continue; }
    let kind: string;
    try { kind = (yield* perform('stat', input)).kind; } catch (error) { yield { found: { files: [], unreadable: [unreadableOf(input, error)] } }; continue; }
    if (kind === 'directory') yield* walkFolder(input, seen, options);
    else if (kind !== 'file') yield { found: { files: [], unreadable: [{ path: input, reason: 'notRegular' }] } };
    else yield { found: { files: yield* firstSight([{ path: input, published: publishedKindForFile(input) !== undefined }], seen.files), unreadable: [] } };
  }
}

/** Subfolders first (depth first, in name order), then the folder's own files. */
function* walkFolder(folder: string, seen: { files: Set<string>; folders: Set<string> }, options: FindOptions): Steps {
  const found: FoundFiles = { files: [], unreadable: [] };
  let entries, real: string;
  try {
    real = yield* perform('realPath', folder);
    if (seen.folders.has(real)) return; // a symlink cycle or a folder reached twice
    seen.folders.add(real);
    entries = yield* perform('readDirectory', folder);
  } catch (error) { yield { found: { files: [], unreadable: [unreadableOf(folder, error)] } }; return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const candidates: Array<{ full: string; name: string; published: boolean; real?: string }> = [];
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const full = path.join(folder, entry.name);
    const isReport = isReportFileName(entry.name);
    const published = !isReport && options.published === true && publishedKindForFile(entry.name) !== undefined;
    let kind = entry.kind;
    if (kind === 'symlink') {
      try { kind = (yield* perform('stat', full)).kind; } catch (error) { if (isReport || published) found.unreadable.push(unreadableOf(full, error)); continue; }
    }
    if (kind === 'directory') {
      // Reasons found so far come first, as they were met.
      if (found.unreadable.length > 0) { yield { found: { files: [], unreadable: found.unreadable } }; found.unreadable = []; }
      yield* walkFolder(full, seen, options);
      continue;
    }
    if (!isReport && !published) continue;
    if (kind !== 'file') { found.unreadable.push({ path: full, reason: 'notRegular' }); continue; }
    // A file that is not a link is where its real folder says: no need to ask the file system.
    candidates.push({ full, name: entry.name, published, real: entry.kind === 'symlink' ? undefined : path.join(real, entry.name) });
  }
  found.files = yield* firstSight(oncePerReport(candidates).map((c) => ({ path: c.full, published: c.published, real: c.real })), seen.files);
  yield { found };
}

/** Each real file once (a symbolic link to a file already taken is not taken again); `real` when already known. */
function* firstSight(files: Array<ReportFile & { real?: string }>, seen: Set<string>): Steps<ReportFile[]> {
  const first: ReportFile[] = [];
  for (const { real: known, ...file } of files) {
    let real = known;
    if (real === undefined) {
      try { real = yield* perform('realPath', file.path); } catch { real = path.resolve(file.path); }
    }
    if (seen.has(real)) continue;
    seen.add(real);
    first.push(file);
  }
  return first;
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

import * as fs from 'fs';
import * as path from 'path';
import { decodeReportBytes, type Locale } from '../../core/src';
import { cliText, type CliText } from './messages';
import { importKindForFile, PUBLISHED_PREFERENCE } from './published';

/** What the CLI reads: a report in the language, a published file to import in memory, or stdin. */
export interface InputFile { path: string; published: boolean }

/** Why a path could not be read; shown in the user's language (issue 14 F13). */
export type ReadReason = 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTDIR' | 'ELOOP' | 'notRegular' | 'tooLarge' | 'binary' | 'unknownEncoding' | 'other';

export class ReadError extends Error {
  constructor(readonly reason: ReadReason, readonly code = '') { super(reason); }
}

export interface Unreadable { path: string; reason: ReadReason; code?: string }

export const STDIN = '-';
const DEFAULT_LIMIT_MB = 64;

/** The input size limit in bytes: 64 MB unless ZFXXGK_MAX_INPUT_MB says otherwise (no report comes near it). */
export function inputLimitMb(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ZFXXGK_MAX_INPUT_MB);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_LIMIT_MB;
}

export function inputLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Math.floor(inputLimitMb(env) * 1024 * 1024));
}

const REASON_KEYS: Record<ReadReason, CliText> = {
  ENOENT: 'readENOENT', EACCES: 'readEACCES', EISDIR: 'readEISDIR', ENOTDIR: 'readENOTDIR', ELOOP: 'readELOOP',
  notRegular: 'readNotRegular', tooLarge: 'readTooLarge', binary: 'readBinary', unknownEncoding: 'readUnknownEncoding', other: 'readOther',
};

/** `无法读取：PATH（reason）`. */
export function unreadableMessage(item: Unreadable, locale: Locale): string {
  const reason = cliText(REASON_KEYS[item.reason], locale, { limit: inputLimitMb(), code: item.code ?? '?' });
  const name = item.path === STDIN ? cliText('stdinName', locale) : item.path;
  return cliText('unreadable', locale) + name + (locale === 'zh-cn' ? `（${reason}）` : ` (${reason})`);
}

export function reasonOf(error: unknown): Unreadable['reason'] {
  if (error instanceof ReadError) return error.reason;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ELOOP') return code;
  if (code === 'EPERM') return 'EACCES';
  return 'other';
}

export function unreadableOf(file: string, error: unknown): Unreadable {
  return { path: file, reason: reasonOf(error), code: (error as NodeJS.ErrnoException)?.code ?? (error instanceof ReadError ? error.code : undefined) };
}

/**
 * Expand the command line's paths. Files are taken as given (a published kind is imported);
 * directories are searched for *.zfxxgk — and, with `published`, for the importable kinds,
 * where a report and its own exports (same name, another extension) count once. Symbolic
 * links are followed, each real folder walked once (no cycles), each real file taken once.
 * A path that cannot be read is reported and the rest is still collected.
 */
export function collectReportFiles(inputs: string[], options: { published?: boolean } = {}): { files: InputFile[]; unreadable: Unreadable[] } {
  const files: InputFile[] = [];
  const unreadable: Unreadable[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const add = (file: string, published: boolean) => {
    let real: string;
    try { real = fs.realpathSync(file); } catch { real = path.resolve(file); }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path: file, published });
  };
  const walk = (directory: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(directory);
      if (seenFolders.has(real)) return; // a symlink cycle or a folder reached twice
      seenFolders.add(real);
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) { unreadable.push(unreadableOf(directory, error)); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const candidates: Array<{ full: string; name: string; published: boolean }> = [];
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      const isZfxxgk = entry.name.toLowerCase().endsWith('.zfxxgk');
      const published = !isZfxxgk && options.published === true && importKindForFile(entry.name) !== undefined;
      let stat: fs.Stats | fs.Dirent = entry;
      if (entry.isSymbolicLink()) {
        try { stat = fs.statSync(full); } catch (error) { if (isZfxxgk || published) unreadable.push(unreadableOf(full, error)); continue; }
      }
      if (stat.isDirectory()) { walk(full); continue; }
      if (!isZfxxgk && !published) continue;
      if (!stat.isFile()) { unreadable.push({ path: full, reason: 'notRegular' }); continue; }
      candidates.push({ full, name: entry.name, published });
    }
    for (const candidate of oncePerReport(candidates)) add(candidate.full, candidate.published);
  };
  for (const input of inputs) {
    if (input === STDIN) { files.push({ path: STDIN, published: false }); continue; }
    let stat: fs.Stats;
    try { stat = fs.statSync(input); } catch (error) { unreadable.push(unreadableOf(input, error)); continue; }
    if (stat.isDirectory()) walk(input);
    else if (!stat.isFile()) unreadable.push({ path: input, reason: 'notRegular' });
    else add(input, importKindForFile(input) !== undefined);
  }
  return { files, unreadable };
}

/** Of files that share a name in one folder (report.zfxxgk, report.docx, report.pdf), keep the first by preference. */
function oncePerReport<T extends { name: string }>(candidates: T[]): T[] {
  const best = new Map<string, T>();
  const rank = (name: string) => {
    const extension = path.extname(name).toLowerCase();
    const i = PUBLISHED_PREFERENCE.indexOf(extension);
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

/**
 * The bytes of a file, refusing what is not a regular file (a FIFO or a device would block or
 * never end) and stopping at the size limit: never read forever.
 */
export function readBytes(file: string, limitBytes = inputLimitBytes()): Uint8Array {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new ReadError('EISDIR');
    if (!stat.isFile()) throw new ReadError('notRegular');
    if (stat.size > limitBytes) throw new ReadError('tooLarge');
    // Read in chunks even for a regular file: /proc-like files report size 0 and may not end.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limitBytes + 1 - total) || 1);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limitBytes) throw new ReadError('tooLarge');
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally { fs.closeSync(fd); }
}

/** Standard input, up to the size limit. */
export function readStdin(stream: NodeJS.ReadableStream = process.stdin, limitBytes = inputLimitBytes()): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limitBytes) { (stream as NodeJS.ReadStream).destroy?.(); reject(new ReadError('tooLarge')); return; }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks, total)));
    stream.on('error', reject);
  });
}

/** Report bytes as text with THE decoding function (BOM, UTF-16, GB18030); undecidable bytes are refused. */
export function decodeReport(bytes: Uint8Array): string {
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) throw new ReadError(decoded.reason);
  return decoded.text;
}

/** Read a report in the language: size-limited, decoded like every other reader. */
export function readReport(file: string): string {
  return decodeReport(readBytes(file));
}

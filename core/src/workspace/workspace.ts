import * as path from 'path';
import { CONFIG_FILE, parseConfig, type ZfxxgkConfig } from '../config/config';
import type { Locale } from '../formats';
import { decodeReportBytes } from '../text/decode';
import { ReadError, unreadableOf, type FileSystem, type Unreadable } from './fileSystem';
import { findReportFiles, walkReportFiles, walkReportFilesAsync, type FindOptions, type FoundFiles } from './files';
import { MemoryFileSystem } from './memory';
import { inputLimitMb, megabytes, nodeFileSystem } from './node';

/** A report's text, or why it could not be read. */
export type TextRead = { text: string } | { unreadable: Unreadable };

/** When a caller that must stay responsive lets its other work run: after `bytes` of files read, `next()` (a turn of its event loop). */
export interface Turns { bytes: number; next(): Promise<unknown> }

/** What a file costs besides its bytes (opening, looking up, indexing): many small files count too. */
export const COST_PER_FILE = 1024;

/** A config file read and parsed; `unreadable` when it could not be read (`missing`: it does not exist). */
export interface ConfigFile { file: string; config?: ZfxxgkConfig; problems: string[]; unreadable?: Unreadable; missing?: boolean }

/**
 * What the language server and the CLI need of the files around the reports: finding report
 * files, reading and decoding them within the size limit, the config file. One implementation
 * over a FileSystem: Node's (nodeWorkspace) or one in memory (inMemoryWorkspace, for tests).
 */
export class Workspace {
  constructor(readonly fs: FileSystem, readonly limitMb: number) {}

  get limitBytes(): number { return megabytes(this.limitMb); }

  /** The report files under files and folders, one folder at a time (files.ts). */
  walk(inputs: string[], options: FindOptions = {}): Generator<FoundFiles> { return walkReportFiles(this.fs, inputs, options); }

  find(inputs: string[], options: FindOptions = {}): FoundFiles { return findReportFiles(this.fs, inputs, options); }

  /** walk without blocking the thread (the language server's). */
  walkAsync(inputs: string[], options: FindOptions = {}): AsyncGenerator<FoundFiles> { return walkReportFilesAsync(this.fs.promises, inputs, options); }

  /** A regular file's bytes within the size limit; throws a ReadError or the system's error. */
  readBytes(file: string): Uint8Array { return this.fs.readFile(file, this.limitBytes); }

  /** A report's text, decoded by THE decoding function (BOM, UTF-16, GB18030); undecidable bytes are refused. */
  readText(file: string): string { return decodeReport(this.readBytes(file)); }

  /** readText, or why not: never throws. */
  tryReadText(file: string): TextRead {
    try { return { text: this.readText(file) }; } catch (error) { return { unreadable: unreadableOf(file, error) }; }
  }

  /** tryReadText without blocking the thread while the bytes are read. */
  async tryReadTextAsync(file: string): Promise<TextRead> {
    return (await this.readCounted(file)).read;
  }

  /**
   * tryReadText of each of `files` in order, without blocking: the reads are awaited, and once
   * `turns.bytes` have been read and handed over since the last turn, `turns.next()` lets the
   * caller answer what waits (one large file is handed over alone). `wanted` is asked just before
   * each read (a file opened in the editor meanwhile is not read).
   */
  async *readEach(files: string[], turns: Turns, wanted: (file: string) => boolean = () => true): AsyncGenerator<{ file: string } & TextRead> {
    let spent = 0;
    for (const file of files) {
      if (!wanted(file)) continue;
      const { read, bytes } = await this.readCounted(file);
      yield { file, ...read };
      spent += bytes + COST_PER_FILE;
      if (spent >= turns.bytes) { spent = 0; await turns.next(); }
    }
  }

  private async readCounted(file: string): Promise<{ read: TextRead; bytes: number }> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.fs.promises.readFile(file, this.limitBytes);
      return { read: { text: decodeReport(bytes) }, bytes: bytes.length };
    } catch (error) { return { read: { unreadable: unreadableOf(file, error) }, bytes: bytes?.length ?? 0 }; }
  }

  /** The nearest zfxxgk.config.json in `folder` or above it. */
  findConfig(folder: string): string | undefined {
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
      const candidate = path.join(current, CONFIG_FILE);
      if (this.exists(candidate)) return candidate;
      if (path.dirname(current) === current) return undefined;
    }
  }

  /** Read and parse a config file; problems in the locale, never thrown. */
  loadConfig(file: string, locale: Locale): ConfigFile {
    const read = this.tryReadText(file);
    if ('unreadable' in read) return { file, problems: [], unreadable: read.unreadable, missing: read.unreadable.reason === 'ENOENT' };
    return { file, ...parseConfig(read.text, locale) };
  }

  /** The folder a path names, or the folder of the file it names (the start of the config lookup). */
  folderOf(input: string): string | undefined {
    const resolved = path.resolve(input);
    try { return this.fs.stat(resolved).kind === 'directory' ? resolved : path.dirname(resolved); } catch { return undefined; }
  }

  private exists(file: string): boolean {
    try { this.fs.stat(file); return true; } catch { return false; }
  }
}

/** Report bytes as text with THE decoding function; a ReadError ('binary', 'unknownEncoding') when they are not text. */
export function decodeReport(bytes: Uint8Array): string {
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) throw new ReadError(decoded.reason);
  return decoded.text;
}

/** The machine's files; the size limit from ZFXXGK_MAX_INPUT_MB (64 MB by default). */
export function nodeWorkspace(env: NodeJS.ProcessEnv = process.env): Workspace {
  return new Workspace(nodeFileSystem, inputLimitMb(env));
}

/** Files in memory for tests: absolute path → text or bytes. */
export function inMemoryWorkspace(files: Record<string, string | Uint8Array> = {}, limitMb = 64): Workspace & { fs: MemoryFileSystem } {
  return new Workspace(new MemoryFileSystem(files), limitMb) as Workspace & { fs: MemoryFileSystem };
}

export { inputLimitMb };

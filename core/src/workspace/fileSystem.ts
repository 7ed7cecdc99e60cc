/**
 * The few file operations the workspace needs (model: vscode-markdown-languageservice's
 * IWorkspace): Node's file system for the server and the CLI, an in-memory one for tests.
 * Paths are the platform's; errors carry Node's `code` (ENOENT, EACCES, …) or are a ReadError.
 */
export interface FileOperations {
  /** Follows symbolic links. */
  stat(file: string): FileStat;
  /** Entries of a folder, unsorted; a symbolic link is reported as such. */
  readDirectory(folder: string): DirectoryEntry[];
  /** The path with every symbolic link resolved (the identity of a file or folder). */
  realPath(file: string): string;
  /** The bytes of a regular file, never more than `limitBytes` (ReadError 'tooLarge'). */
  readFile(file: string, limitBytes: number): Uint8Array;
}

/** The same operations without blocking the thread: the language server's, which must keep answering the editor. */
export type AsyncFileOperations = { [K in keyof FileOperations]: (...args: Parameters<FileOperations[K]>) => Promise<ReturnType<FileOperations[K]>> };

/** Blocking operations for the CLI (one command, nothing else to answer), `promises` for the server. */
export interface FileSystem extends FileOperations {
  readonly promises: AsyncFileOperations;
}

/** Asynchronous forms of synchronous operations (an in-memory file system's): errors become rejections. */
export function promisesOf(fs: FileOperations): AsyncFileOperations {
  return {
    stat: async (file) => fs.stat(file),
    readDirectory: async (folder) => fs.readDirectory(folder),
    realPath: async (file) => fs.realPath(file),
    readFile: async (file, limitBytes) => fs.readFile(file, limitBytes),
  };
}

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';
export interface DirectoryEntry { name: string; kind: EntryKind }
export interface FileStat { kind: Exclude<EntryKind, 'symlink'>; size: number }

/** Why a path could not be read; shown in the user's language (issue 14 F13; reasons.ts). */
export type ReadReason = 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTDIR' | 'ELOOP' | 'notRegular' | 'tooLarge' | 'binary' | 'unknownEncoding' | 'other';

export class ReadError extends Error {
  constructor(readonly reason: ReadReason, readonly code = '') { super(reason); }
}

/** A path that could not be read, with the reason and the system's error code if any. */
export interface Unreadable { path: string; reason: ReadReason; code?: string }

export function reasonOf(error: unknown): ReadReason {
  if (error instanceof ReadError) return error.reason;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ELOOP') return code;
  if (code === 'EPERM') return 'EACCES';
  return 'other';
}

export function unreadableOf(file: string, error: unknown): Unreadable {
  const code = (error as { code?: unknown } | undefined)?.code;
  return { path: file, reason: reasonOf(error), code: typeof code === 'string' ? code : error instanceof ReadError ? error.code : undefined };
}

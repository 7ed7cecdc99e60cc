import * as fs from 'fs';
import { ReadError, type DirectoryEntry, type FileStat, type FileSystem } from './fileSystem';

const DEFAULT_LIMIT_MB = 64;

/** The input size limit in MB: 64 unless ZFXXGK_MAX_INPUT_MB says otherwise (no report comes near it). */
export function inputLimitMb(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ZFXXGK_MAX_INPUT_MB);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_LIMIT_MB;
}

export function inputLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  return megabytes(inputLimitMb(env));
}

/** A limit in MB (fractions allowed: tests use 0.001) as bytes, at least 1. */
export function megabytes(mb: number): number {
  return Math.max(1, Math.floor(mb * 1024 * 1024));
}

const kindOf = (stat: fs.Stats | fs.Dirent): FileStat['kind'] => (stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other');

/** The file system of the machine, for the language server and the CLI. */
export const nodeFileSystem: FileSystem = {
  stat(file) {
    const stat = fs.statSync(file);
    return { kind: kindOf(stat), size: stat.size };
  },
  readDirectory(folder) {
    return fs.readdirSync(folder, { withFileTypes: true }).map((entry): DirectoryEntry => ({ name: entry.name, kind: entry.isSymbolicLink() ? 'symlink' : kindOf(entry) }));
  },
  realPath: (file) => fs.realpathSync(file),
  readFile: readBytes,
};

/**
 * The bytes of a file, refusing what is not a regular file (a FIFO or a device would block or
 * never end) and stopping at the size limit: never read forever.
 */
export function readBytes(file: string, limitBytes = inputLimitBytes()): Uint8Array {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
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

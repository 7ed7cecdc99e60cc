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
    return fs.readdirSync(folder, { withFileTypes: true }).map(entryOf);
  },
  realPath: (file) => fs.realpathSync(file),
  readFile: readBytes,
  promises: {
    async stat(file) {
      const stat = await fs.promises.stat(file);
      return { kind: kindOf(stat), size: stat.size };
    },
    readDirectory: async (folder) => (await fs.promises.readdir(folder, { withFileTypes: true })).map(entryOf),
    realPath: (file) => fs.promises.realpath(file),
    readFile: readBytesAsync,
  },
};

function entryOf(entry: fs.Dirent): DirectoryEntry {
  return { name: entry.name, kind: entry.isSymbolicLink() ? 'symlink' : kindOf(entry) };
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What is not read at all: a folder, a FIFO or a device (would block or never end), a file over the limit. */
function refuse(stat: fs.Stats, limitBytes: number): void {
  if (stat.isDirectory()) throw new ReadError('EISDIR');
  if (!stat.isFile()) throw new ReadError('notRegular');
  if (stat.size > limitBytes) throw new ReadError('tooLarge');
}

/**
 * The bytes read so far, in one buffer: a regular file's size is known, so it is read into a buffer
 * of that size (plus one byte, where the end is seen) without copying; a file whose size is not
 * known (/proc reports 0, and such a file may not end) grows its buffer by doubling, up to the limit.
 */
class Filling {
  private buffer: Buffer;
  private length = 0;
  constructor(private readonly limitBytes: number, expectedBytes: number) {
    this.buffer = Buffer.allocUnsafe(Math.min(limitBytes, expectedBytes > 0 ? expectedBytes : 64 * 1024) + 1);
  }

  /** Where the next read goes: the free end of the buffer. */
  space(): [Buffer, number, number] {
    if (this.length === this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(this.limitBytes + 1, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    return [this.buffer, this.length, this.buffer.length - this.length];
  }

  /** `n` bytes came: false at the end (0), a ReadError past the limit. */
  took(n: number): boolean {
    this.length += n;
    if (this.length > this.limitBytes) throw new ReadError('tooLarge');
    return n > 0;
  }

  bytes(): Uint8Array { return this.buffer.subarray(0, this.length); }
}

/**
 * The bytes of a file, refusing what is not a regular file (a FIFO or a device would block or
 * never end) and stopping at the size limit: never read forever.
 */
export function readBytes(file: string, limitBytes = inputLimitBytes()): Uint8Array {
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    refuse(stat, limitBytes);
    const filling = new Filling(limitBytes, stat.size);
    while (filling.took(fs.readSync(fd, ...filling.space(), null)));
    return filling.bytes();
  } finally { fs.closeSync(fd); }
}

/** readBytes without blocking the thread: each read is done off it (the language server's). */
export async function readBytesAsync(file: string, limitBytes = inputLimitBytes()): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    refuse(stat, limitBytes);
    const filling = new Filling(limitBytes, stat.size);
    while (filling.took((await handle.read(...filling.space(), null)).bytesRead));
    return filling.bytes();
  } finally { await handle.close(); }
}

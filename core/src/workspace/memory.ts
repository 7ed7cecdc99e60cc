import * as path from 'path';
import { promisesOf, ReadError, type DirectoryEntry, type FileStat, type FileSystem } from './fileSystem';

type Node = { kind: 'file'; bytes: Uint8Array } | { kind: 'directory' } | { kind: 'symlink'; target: string } | { kind: 'other' };

const failure = (code: string, file: string) => Object.assign(new Error(`${code}: ${file}`), { code });

/**
 * A file system in memory, for tests (model: vscode-markdown-languageservice's InMemoryWorkspace):
 * absolute paths, folders made as needed, symbolic links and special files so that the walk's
 * skip list, cycle protection and refusals are tested without temp folders.
 */
export class MemoryFileSystem implements FileSystem {
  private readonly nodes = new Map<string, Node>([[path.resolve('/'), { kind: 'directory' }]]);
  readonly promises = promisesOf(this);

  /** `files`: absolute path → text (UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [file, content] of Object.entries(files)) this.write(file, content);
  }

  write(file: string, content: string | Uint8Array): this {
    this.add(file, { kind: 'file', bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
    return this;
  }

  mkdir(folder: string): this { this.add(folder, { kind: 'directory' }); return this; }
  symlink(target: string, link: string): this { this.add(link, { kind: 'symlink', target: path.resolve(path.dirname(link), target) }); return this; }
  /** A FIFO, a device or a socket: found, never read. */
  special(file: string): this { this.add(file, { kind: 'other' }); return this; }
  delete(file: string): this { this.nodes.delete(path.resolve(file)); return this; }

  stat(file: string): FileStat {
    const { node } = this.resolve(file);
    return { kind: node.kind === 'symlink' ? 'other' : node.kind, size: node.kind === 'file' ? node.bytes.length : 0 };
  }

  readDirectory(folder: string): DirectoryEntry[] {
    const { real, node } = this.resolve(folder);
    if (node.kind !== 'directory') throw failure('ENOTDIR', folder);
    const entries: DirectoryEntry[] = [];
    for (const [key, child] of this.nodes) {
      if (key !== real && path.dirname(key) === real) entries.push({ name: path.basename(key), kind: child.kind });
    }
    return entries;
  }

  realPath(file: string): string { return this.resolve(file).real; }

  readFile(file: string, limitBytes: number): Uint8Array {
    const { node } = this.resolve(file);
    if (node.kind === 'directory') throw new ReadError('EISDIR');
    if (node.kind !== 'file') throw new ReadError('notRegular');
    if (node.bytes.length > limitBytes) throw new ReadError('tooLarge');
    return node.bytes;
  }

  private add(file: string, node: Node): void {
    const full = path.resolve(file);
    for (let folder = path.dirname(full); !this.nodes.has(folder); folder = path.dirname(folder)) this.nodes.set(folder, { kind: 'directory' });
    this.nodes.set(full, node);
  }

  /** Follow symbolic links in every part of the path (at most 40, like Linux: then ELOOP). */
  private resolve(file: string): { real: string; node: Node } {
    let hops = 0;
    let real = path.resolve('/');
    const parts = path.resolve(file).split(path.sep).filter(Boolean);
    while (parts.length > 0) {
      const next = path.join(real, parts.shift()!);
      const node = this.nodes.get(next);
      if (!node) throw failure('ENOENT', file);
      if (node.kind === 'symlink') {
        if (++hops > 40) throw failure('ELOOP', file);
        parts.unshift(...node.target.split(path.sep).filter(Boolean));
        real = path.resolve('/');
        continue;
      }
      if (parts.length > 0 && node.kind !== 'directory') throw failure('ENOTDIR', file);
      real = next;
    }
    return { real, node: this.nodes.get(real)! };
  }
}

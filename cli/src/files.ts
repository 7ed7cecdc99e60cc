import { nodeWorkspace, ReadError, unreadableMessage as readableReason, type FoundFiles, type Locale, type Unreadable, type Workspace } from '../../core/src';
import { cliText } from './messages';

/**
 * The CLI's side of the workspace (core/src/workspace): the machine's files, the size limit from
 * ZFXXGK_MAX_INPUT_MB, and stdin (`-`), which only the command line has.
 */
export { decodeReport, ReadError, unreadableOf, type ReadReason, type ReportFile as InputFile, type Unreadable } from '../../core/src';

export const STDIN = '-';

/** The machine's files with the limit the environment sets now (read per command, as before). */
export function workspace(): Workspace { return nodeWorkspace(process.env); }

/** `无法读取：PATH（reason）`; `-` is named as standard input. */
export function unreadableMessage(item: Unreadable, locale: Locale): string {
  const ws = workspace();
  return readableReason(item, locale, ws.limitMb, item.path === STDIN ? cliText('stdinName', locale) : item.path);
}

/** Expand the command line's paths (core's walk: files.ts); `-`, stdin, is taken as given in its place. */
export function collectReportFiles(inputs: string[], options: { published?: boolean } = {}): FoundFiles {
  return workspace().find(inputs, { ...options, passThrough: STDIN });
}

/** The bytes of a file within the size limit (FIFOs and devices refused). */
export function readBytes(file: string, limitBytes?: number): Uint8Array {
  return limitBytes === undefined ? workspace().readBytes(file) : workspace().fs.readFile(file, limitBytes);
}

/** Standard input, up to the size limit. */
export function readStdin(stream: NodeJS.ReadableStream = process.stdin, limitBytes = workspace().limitBytes): Promise<Uint8Array> {
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

/** Read a report in the language: size-limited, decoded like every other reader. */
export function readReport(file: string): string {
  return workspace().readText(file);
}

import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../../core/src';
import { MemoryFileSystem } from '../../core/src/workspace';
import { promisesOf } from '../../core/src/workspace/fileSystem';
import { WorkspaceReports } from '../../server/src/workspace';

const report = (agency: string, year: number) => `标题：${agency}${year}年政府信息公开工作年度报告\n机关：${agency}\n年度：${year}\n格式：2021\n\n# 一、总体情况\n本年度我们按要求开展工作。\n`;

/** Files in memory whose reads finish when the test says: each read sees the bytes of when it began, like a real one. */
class HeldFiles extends MemoryFileSystem {
  readonly held: Array<() => void> = [];
  override readonly promises = {
    ...promisesOf(this),
    readFile: (file: string, limitBytes: number) => {
      const bytes = this.readFile(file, limitBytes);
      return new Promise<Uint8Array>((resolve) => this.held.push(() => resolve(bytes)));
    },
  };
}

/**
 * The server's workspace reads files without blocking: a read finishes after other events. The
 * newest truth wins whatever the order reads finish in: a later read of a file, the editor's text
 * of a file opened meanwhile, a deletion.
 */
describe('server workspace: reads that finish late never overwrite newer text', () => {
  const file = '/w/2023.zfxxgk';
  const uri = pathToFileURL(file).href;
  let files: HeldFiles;
  let open: Map<string, TextDocument>;
  let reports: WorkspaceReports;
  beforeEach(() => {
    files = new HeldFiles({ [file]: report('青石县审计局', 2023) });
    open = new Map();
    const documents = { get: (u: string) => open.get(u), all: () => [...open.values()] };
    const connection = { console: { warn: () => undefined }, window: { showWarningMessage: async () => undefined } };
    reports = new WorkspaceReports(connection as any, documents as any, () => 'zh-cn', () => undefined, new Workspace(files, 64));
  });
  const until = async (condition: () => boolean) => { while (!condition()) await new Promise((resolve) => setImmediate(resolve)); };
  const edit = (text: string) => { const document = TextDocument.create(uri, 'zfxxgk', 1, text); open.set(uri, document); reports.documentChanged(document); };

  it('a file changed twice on disk: the later read wins, even when the earlier one finishes last', async () => {
    const first = reports.filesChanged([{ uri, type: 2 }]);
    files.write(file, report('青石县审计局', 2022));
    const second = reports.filesChanged([{ uri, type: 2 }]);
    assert.strictEqual(files.held.length, 2);
    files.held[1]();
    await second;
    files.held[0]();
    await first;
    assert.strictEqual(reports.index.get(uri)?.identity.year, 2022);
  });

  it('a file opened in the editor while it was read keeps the editor\'s text', async () => {
    const closed = reports.documentClosed(uri);
    edit(report('青石县审计局', 2024));
    files.held[0]();
    await closed;
    assert.strictEqual(reports.index.get(uri)?.identity.year, 2024);
  });

  it('a file deleted while it was read stays out of the index', async () => {
    const changed = reports.filesChanged([{ uri, type: 2 }]);
    files.delete(file);
    await reports.filesChanged([{ uri, type: 3 }]);
    files.held[0]();
    await changed;
    assert.strictEqual(reports.index.get(uri), undefined);
  });

  it('the scan: a file opened while the scan reads it keeps the editor\'s text; the others are indexed', async () => {
    files.write('/w/2024.zfxxgk', report('青石县审计局', 2024));
    const scan = reports.start([pathToFileURL('/w').href]);
    await until(() => files.held.length === 1); // the scan reads 2023.zfxxgk, then 2024.zfxxgk
    edit(report('白鹭县财政局', 2023));
    files.held[0]();
    await until(() => files.held.length === 2);
    files.held[1]();
    await scan;
    assert.strictEqual(reports.index.get(uri)?.identity.agency, '白鹭县财政局');
    assert.strictEqual(reports.index.get(pathToFileURL('/w/2024.zfxxgk').href)?.identity.year, 2024);
  });
});

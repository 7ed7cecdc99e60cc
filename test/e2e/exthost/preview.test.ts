import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

/** Extension-host tests of the preview, run inside a real VS Code (code-server) on a copy of examples/. */

interface PreviewState { uri: string; version: number; documentVersion?: number; scrollLine: number; visible: boolean }

const previews = async () => (await vscode.commands.executeCommand<PreviewState[]>('zfxxgk.preview.state')) ?? [];

describe('preview in VS Code', function () {
  this.timeout(60000);
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '2024-qingshi-shi.zfxxgk'));
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.strictEqual(document.languageId, 'zfxxgk');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens to the side and renders the document at once', async () => {
    await vscode.commands.executeCommand('zfxxgk.showPreviewToSide');
    const state = await waitFor(async () => (await previews()).find((p) => p.uri === document.uri.toString() && p.version === document.version), 'the first render');
    assert.strictEqual(state.visible, true);
  });

  it('updates after an edit (a newer version, without reopening)', async () => {
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('（一）予以公开'));
    const start = document.lineAt(line).text.indexOf('1134');
    await editor.edit((edit) => edit.replace(new vscode.Range(line, start, line, start + 4), '1135'));
    const version = document.version;
    const state = await waitFor(async () => (await previews()).find((p) => p.version === version), `version ${version} in the preview`);
    assert.strictEqual(state.documentVersion, version);
    assert.strictEqual((await previews()).length, 1, 'still one preview');
    await vscode.commands.executeCommand('undo');
  });

  it('scroll sync: scrolling the editor moves the preview to the same source line', async () => {
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const before = (await previews())[0].scrollLine;
    const target = document.getText().split('\n').findIndex((l) => l.startsWith('# 三、'));
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    const seen: string[] = [];
    const state = await waitFor(async () => {
      const all = await previews();
      seen.push(JSON.stringify(all.map((p) => [p.scrollLine, p.version, p.documentVersion, editor.visibleRanges[0]?.start.line])));
      // The editor may stop short of the target near the end of the file: follow where it really is.
      const top = editor.visibleRanges[0]?.start.line ?? 0;
      return top > before + 5 ? all.find((p) => Math.abs(p.scrollLine - top) < 3) : undefined;
    }, `the preview at the editor's top line (target ${target}, was ${before})`).catch((e: Error) => { throw new Error(`${e.message}; seen ${[...new Set(seen)].join(' ')}`); });
    assert.ok(state.scrollLine > before);
  });

  it('exports HTML and Word next to the report, without a dialog when given a target', async () => {
    for (const to of ['Html', 'Docx'] as const) {
      const target = document.uri.with({ path: document.uri.path.replace(/\.zfxxgk$/, `.e2e.${to.toLowerCase()}`) });
      const result = await vscode.commands.executeCommand<{ target: string; errors: unknown[] }>(`zfxxgk.export${to}`, document.uri, target);
      assert.deepStrictEqual(result?.errors, []);
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.ok(bytes.byteLength > 5000, `${target.path}: ${bytes.byteLength} bytes`);
    }
  });
});

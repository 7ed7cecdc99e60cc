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
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    // From the top: the undo of the test before scrolled the editor, and so the preview, to the row it restored.
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(async () => editor.visibleRanges[0]?.start.line === 0 && ((await previews())[0]?.scrollLine ?? 99) < 3, 'the editor and the preview at the top');
    const target = document.getText().split('\n').findIndex((l) => l.startsWith('# 三、'));
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    const seen: string[] = [];
    const state = await waitFor(async () => {
      const all = await previews();
      seen.push(JSON.stringify(all.map((p) => [p.scrollLine, p.version, p.documentVersion, editor.visibleRanges[0]?.start.line])));
      // The editor's top line is not the target: sticky scroll's headers cover the lines above it. Follow where it is.
      const top = editor.visibleRanges[0]?.start.line ?? 0;
      return top > 5 ? all.find((p) => Math.abs(p.scrollLine - top) < 3) : undefined;
    }, `the preview at the editor's top line (target ${target})`).catch((e: Error) => { throw new Error(`${e.message}; seen ${[...new Set(seen)].join(' ')}`); });
    assert.ok(state.scrollLine > 5);
  });

  it('scroll sync while the preview is hidden: shown again, it is at the editor\'s line, not its old one', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const before = (await previews())[0].scrollLine;
    // Another file over the preview in its group: the preview's webview is discarded, messages to it are dropped.
    const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '2020-mengzhou-xiguozhen.zfxxgk'));
    await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.Two, preserveFocus: true });
    await waitFor(async () => (await previews())[0]?.visible === false, 'the preview hidden');
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const editorBefore = editor.visibleRanges[0]?.start.line ?? 0;
    const target = document.getText().split('\n').findIndex((l) => l.startsWith('# 二、'));
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    // Not exactly at the target: sticky scroll's headers cover the lines above it.
    await waitFor(() => Math.abs((editor.visibleRanges[0]?.start.line ?? 0) - editorBefore) > 5, `the editor scrolled from line ${editorBefore} towards ${target}`);
    await vscode.commands.executeCommand('zfxxgk.showPreviewToSide');
    let last: PreviewState | undefined;
    const state = await waitFor(async () => {
      last = (await previews())[0];
      const top = editor.visibleRanges[0]?.start.line ?? 0;
      return last?.visible && Math.abs(last.scrollLine - top) < 3 ? last : undefined;
    }, () => `the shown preview at the editor's line ${editor.visibleRanges[0]?.start.line} (was ${before}); last seen ${JSON.stringify(last)}`);
    assert.ok(Math.abs(state.scrollLine - before) > 5, `moved from ${before} to ${state.scrollLine}`);
  });

  it('scroll sync inside a wrapped paragraph: the preview is as far into it as the editor', async () => {
    const lines = document.getText().split('\n');
    const longest = lines.reduce((best, text, i) => (text.length > lines[best].length ? i : best), 0);
    const middle = Math.floor(lines[longest].length / 2);
    // From the top of the file, so that the editor's position before the reveal cannot be taken for its result.
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(() => editor.visibleRanges[0]?.start.line === 0, 'the editor at the top');
    editor.revealRange(new vscode.Range(longest, middle, longest, middle), vscode.TextEditorRevealType.AtTop);
    // The editor's top is then inside a wrapped line (sticky scroll's headers may cover a few screen lines above).
    let expected = NaN;
    let last: PreviewState | undefined;
    await waitFor(async () => {
      const start = editor.visibleRanges[0]?.start;
      if (!start || start.character === 0) return undefined;
      expected = start.line + start.character / (document.lineAt(start.line).text.length + 1);
      last = (await previews())[0];
      return last && Math.abs(last.scrollLine - expected) < 0.05;
    }, () => `the preview at the editor's top inside a wrapped line (revealed ${longest}:${middle}; top ${JSON.stringify(editor.visibleRanges[0]?.start)}, `
      + `${expected.toFixed(3)}); last seen ${JSON.stringify(last)}`);
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

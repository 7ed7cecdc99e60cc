import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

/**
 * Extension-host tests of the editing features, inside a real VS Code (code-server) whose
 * workspace is a copy of examples/: type into a report and see completions, hover text,
 * inlay hints, formatting and a quick fix applied.
 */

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
const inlayText = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join(''));

describe('editing a report in VS Code', function () {
  this.timeout(90000);
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  const lineOf = (prefix: string) => document.getText().split(/\r?\n/).findIndex((l) => l.startsWith(prefix));

  before(async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '2024-qingshi-shi.zfxxgk'));
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.strictEqual(document.languageId, 'zfxxgk');
    // The server is up once the (clean) report has been checked and hovers answer.
    await waitFor(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(lineOf('行政复议'), 1))), 'the language server');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('completes a row typed as pinyin initials, with its cells', async () => {
    const line = lineOf('（一）予以公开');
    const original = document.lineAt(line).text;
    await editor.edit((e) => e.replace(document.lineAt(line).range, 'yygk'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 4));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '（一）予以公开');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    assert.ok(item.filterText?.includes('yygk'));
    assert.ok(item.insertText instanceof vscode.SnippetString);
    assert.match((item.insertText as vscode.SnippetString).value, /^（一）予以公开 \| \$\{1:0\}/);
    await editor.edit((e) => e.replace(document.lineAt(line).range, original));
  });

  it('hovers a total with the sum that gives it', async () => {
    const line = lineOf('一、本年新收');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, document.lineAt(line).text.indexOf('2548') + 1));
    assert.match(hoverText(hovers), /2456 \+ 40 \+ 0 \+ 0 \+ 46 \+ 6 = 2548 ✓/);
  });

  it('shows column names as inlay hints, and the value of a blank total', async () => {
    const line = lineOf('行政复议');
    const range = new vscode.Range(line, 0, line, document.lineAt(line).text.length);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    assert.deepStrictEqual(hints.map(inlayText), ['维持:', '纠正:', '其他:', '未结:', '总计:']);
    const at = document.lineAt(line).text.lastIndexOf('261');
    await editor.edit((e) => e.replace(new vscode.Range(line, at, line, at + 3), '/'));
    const computed = await waitFor(async () => (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range)).find((h) => inlayText(h) === '= 261'), 'the computed total');
    assert.strictEqual(computed.position.line, line);
    await vscode.commands.executeCommand('undo');
  });

  it('applies the quick fix of a wrong total', async () => {
    const line = lineOf('（一）予以公开');
    const at = document.lineAt(line).text.indexOf('1134');
    await editor.edit((e) => e.replace(new vscode.Range(line, at, line, at + 4), '1135'));
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'table3.rowTotal'), 'the row-total diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === '改为 1134' || a.title === 'Set to 1134');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(document.lineAt(line).text.slice(at, at + 4), '1134');
    await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'table3.rowTotal'), 'the diagnostic to clear');
  });

  it('formats a table: aligned pipes, prose untouched', async () => {
    const line = lineOf('行政复议');
    const original = document.lineAt(line).text;
    await editor.edit((e) => e.replace(document.lineAt(line).range, '行政复议|58|41|133|29|261'));
    const prose = document.getText().split(/\r?\n/).filter((l) => !l.includes('|'));
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(document.lineAt(line).text, original);
    assert.deepStrictEqual(document.getText().split(/\r?\n/).filter((l) => !l.includes('|')), prose);
  });
});

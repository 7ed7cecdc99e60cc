/** Helpers shared by the extension-host tests (not a test file itself). */
import * as vscode from 'vscode';
import { waitFor } from '../wait';

export { waitFor };

export const EXTENSION_ID = 'zfxxgk.zfxxgk';
export const SEED = '2020-mengzhou-xiguozhen.zfxxgk';
export const QINGSHI = '2024-qingshi-shi.zfxxgk';

/** True when VS Code's display language is Chinese: our texts must then be Chinese. */
export function isChineseUi(): boolean {
  return /^zh/i.test(vscode.env.language);
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openExample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** Our diagnostics on a document once `accept` holds for them. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'zfxxgk');
    return accept(ours) && ours;
  }, what);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** Replace the first occurrence of `search` on the line starting with `linePrefix`. */
export async function replaceOnLine(editor: vscode.TextEditor, linePrefix: string, search: string, replacement: string): Promise<number> {
  const document = editor.document;
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (!text.startsWith(linePrefix)) continue;
    const column = text.indexOf(search, linePrefix.length);
    if (column < 0) break;
    const range = new vscode.Range(line, column, line, column + search.length);
    const ok = await editor.edit((edit) => edit.replace(range, replacement));
    if (!ok) throw new Error('edit was rejected');
    return line;
  }
  throw new Error(`no line "${linePrefix}…" containing "${search}"`);
}

/** Throw away unsaved edits of the active editor. */
export async function revertActive(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  // The command acts on whatever editor is active when it runs; on a loaded machine that can be a
  // moment off, so the document is brought forward first and the revert retried until it is clean.
  for (let attempt = 1; ; attempt++) {
    if (document && !document.isClosed) await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (!document || document.isClosed || !document.isDirty) return;
    try {
      await waitFor(() => !document.isDirty, `${document.uri.path} to be reverted`, 5_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

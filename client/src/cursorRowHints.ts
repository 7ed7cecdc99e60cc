import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';

/**
 * zfxxgk.inlayHints.columnNames = "cursorRow": the server sends every column name (it never sees the
 * cursor); the client keeps those of the rows holding a cursor and asks again when the cursor changes row.
 * Other hints (computed totals, 现行有效 from last year) always stay.
 */
/** A window-scoped setting: read without a resource. */
const isCursorRow = () =>
  vscode.workspace.getConfiguration('zfxxgk').get('inlayHints.columnNames') === 'cursorRow';

function cursorLines(document: vscode.TextDocument): Set<number> {
  const lines = new Set<number>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document !== document) continue;
    for (const selection of editor.selections) lines.add(selection.active.line);
  }
  return lines;
}

export const cursorRowMiddleware: Middleware = {
  async provideInlayHints(document, range, token, next) {
    const hints = await next(document, range, token);
    if (!hints || !isCursorRow()) return hints;
    const lines = cursorLines(document);
    return hints.filter((hint) => hint.kind !== vscode.InlayHintKind.Parameter || lines.has(hint.position.line));
  },
};

/** Ask for the hints again when a cursor moves to another row (not on every keystroke within a row). */
export function refreshOnCursorRow(client: LanguageClient): vscode.Disposable {
  const lastLines = new WeakMap<vscode.TextEditor, string>();
  return vscode.window.onDidChangeTextEditorSelection((event) => {
    const document = event.textEditor.document;
    if (document.languageId !== 'zfxxgk' || !isCursorRow()) return;
    const key = event.selections.map((s) => s.active.line).join(',');
    if (lastLines.get(event.textEditor) === key) return;
    lastLines.set(event.textEditor, key);
    client.getFeature('textDocument/inlayHint')?.getProvider(document)?.onDidChangeInlayHints.fire();
  });
}

import * as path from 'path';
import * as vscode from 'vscode';
import type { CellEditAnswer, CellEditParams, RenderParams, RenderResult } from '../../../protocol/src';
import type { Comparison, FromWebview, ToWebview } from './protocol';
import { makeNonce, previewShell } from './shell';
import { positionOfLine } from './sourceLine';

export type Renderer = (params: RenderParams) => Promise<RenderResult | null>;

/** What a panel needs beyond rendering: the server's cell edit, and the remembered comparison toggle. */
export interface PanelServices {
  editCell?: (params: CellEditParams) => Promise<CellEditAnswer | null>;
  comparison?: { get(): Comparison; set(mode: Comparison): void };
}

/**
 * After the preview reveals a line in the editor: for this long any editor scroll is the reveal's (with sticky
 * scroll the editor lands a few lines above the line), and for the longer one its arrival within a line of it.
 */
const REVEAL_REACTION_MS = 300;
const REVEALED_FOR_MS = 1500;

/** Throttle of updates while typing: the first render is immediate, then at most one per interval. */
const UPDATE_INTERVAL_MS = 150;

/** One preview panel showing one report document. */
export class PreviewPanel implements vscode.Disposable {
  /** Version of the document the preview shows (-1 before the first render). */
  renderedVersion = -1;
  /** Source line at the top of the preview, as the webview last reported it. */
  scrollLine = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;
  private pending = false;
  private lastRender = 0;
  private shellLoaded = false;
  private disposed = false;
  private pendingRefresh = false;
  /**
   * The line the preview last made the editor reveal, and when: editor scrolls caused by the preview must not
   * scroll the preview back. Only soon after: a remembered line would otherwise silence the author's own
   * scrolling back to it, however much later.
   */
  private revealed: { line: number; at: number } | undefined;
  /** The editor's last top line that could not reach the webview (hidden, or being loaded): sent after the next render. */
  private unsentLine: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly extensionUri: vscode.Uri,
    private readonly render: Renderer,
    initialLine = 0,
    private readonly services: PanelServices = {},
  ) {
    this.scrollLine = initialLine;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
    panel.title = vscode.l10n.t('Preview {0}', path.basename(uri.fsPath || uri.path));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      // A hidden webview is discarded and reloaded from its first HTML when shown again: bring it up to date.
      panel.onDidChangeViewState(() => { if (panel.visible) { this.pendingRefresh = true; this.update(); } }),
    );
    this.update();
  }

  /** Ask for a render: at once if the last one is old enough, otherwise at the end of the interval. */
  update(): void {
    if (this.inFlight) { this.pending = true; return; }
    if (this.timer) return;
    const wait = Math.max(0, this.lastRender + UPDATE_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => { this.timer = undefined; void this.renderNow(); }, wait);
  }

  /** The editor showing the document scrolled. */
  editorScrolled(line: number): void {
    if (this.revealed) {
      const since = Date.now() - this.revealed.at;
      if (since < REVEAL_REACTION_MS || (since < REVEALED_FOR_MS && Math.abs(line - this.revealed.line) < 1)) return;
      this.revealed = undefined;
    }
    // Before the first render the webview has no page yet: the line goes into its boot state.
    if (!this.shellLoaded) { this.scrollLine = line; return; }
    this.unsentLine = undefined;
    void this.post({ type: 'scrollToLine', line }).then((delivered) => { if (!delivered) this.unsentLine = line; });
  }

  /** A line the webview missed, sent once it has rendered (a dropped message is never delivered later). */
  private async sendUnsentLine(): Promise<void> {
    const line = this.unsentLine;
    if (line === undefined) return;
    this.unsentLine = undefined;
    if (!(await this.post({ type: 'scrollToLine', line }))) this.unsentLine ??= line;
  }

  private async renderNow(): Promise<void> {
    this.inFlight = true;
    this.lastRender = Date.now();
    try {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
      const result = await this.render({ uri: this.uri.toString(), version: document?.version });
      if (!result || result.version < this.renderedVersion) return; // stale: drop
      if (result.version === this.renderedVersion && !this.pendingRefresh) return; // nothing new
      this.pendingRefresh = false;
      this.renderedVersion = result.version;
      if (!this.shellLoaded) {
        this.shellLoaded = true;
        this.panel.webview.html = previewShell({
          cspSource: this.panel.webview.cspSource,
          nonce: makeNonce(),
          labels: {
            errors: vscode.l10n.t('Errors'), warnings: vscode.l10n.t('Warnings'), editCell: vscode.l10n.t('Value of the cell'),
            compare: { title: vscode.l10n.t('Last year {0}'), off: vscode.l10n.t('hidden'), previous: vscode.l10n.t('values'), change: vscode.l10n.t('change') },
          },
          previousYear: result.previousYear,
          scriptUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'preview.js')).toString(),
          html: result.html,
          version: result.version,
          summary: result.diagnosticsSummary,
          state: { uri: this.uri.toString(), line: this.scrollLine, comparison: this.services.comparison?.get() },
        });
      } else {
        await this.post({ type: 'update', html: result.html, version: result.version, summary: result.diagnosticsSummary, previousYear: result.previousYear });
      }
      await this.sendUnsentLine();
      // The server answered for an older text than the editor has now: go again.
      if (document && result.version < document.version) this.pending = true;
    } catch {
      // The server is restarting or the document closed: the next change renders again.
    } finally {
      this.inFlight = false;
      if (this.pending) { this.pending = false; this.update(); }
    }
  }

  /** False when the message was dropped: a webview that is not live (hidden) receives nothing. */
  private async post(message: ToWebview): Promise<boolean> {
    if (this.disposed) return false;
    return this.panel.webview.postMessage(message).then((delivered) => delivered, () => false);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'state':
        // Where the page is now, whichever version it shows: an update still on its way does not move it.
        this.scrollLine = message.scrollLine;
        return;
      case 'revealLine': {
        this.scrollLine = message.line;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        if (!editor) return;
        if (!(message.line >= 0 && message.line < editor.document.lineCount)) return;
        // Into a wrapped paragraph as far as the preview is into its rendering.
        const at = positionOfLine(message.line, editor.document.lineAt(Math.floor(message.line)).text.length);
        this.revealed = { line: message.line, at: Date.now() };
        editor.revealRange(new vscode.Range(at.line, at.character, at.line, at.character), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'editCell':
        this.edits = this.edits.then(() => this.editCell(message.cell, message.value));
        return;
      case 'comparison':
        this.services.comparison?.set(message.mode);
        return;
      case 'openSource': {
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        const position = new vscode.Position(message.line, message.character);
        const editor = await vscode.window.showTextDocument(this.uri, {
          viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(position, position),
          preserveFocus: message.preserveFocus === true,
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
    }
  }

  /** Edits typed in a row (Enter, Enter, …) are applied one after the other, each against the text the last one left. */
  private edits: Promise<void> = Promise.resolve();

  /** A value typed in the preview: the server computes the minimal source edit, applied as one undo step. */
  private async editCell(cell: string, value: string): Promise<void> {
    const [table, row, column] = cell.split('/');
    const refuse = (message: string) => this.post({ type: 'editResult', cell, ok: false, message });
    if (!this.services.editCell || !['table2', 'table3', 'table4'].includes(table)) { await refuse(vscode.l10n.t('This cell cannot be edited here.')); return; }
    try {
      // The server may not have seen the latest keystroke yet: ask again when the versions differ.
      for (let attempt = 0; attempt < 3; attempt++) {
        const document = await vscode.workspace.openTextDocument(this.uri);
        const answer = await this.services.editCell({ uri: this.uri.toString(), table: table as CellEditParams['table'], row, column: Number(column), value });
        if (!answer) { await refuse(vscode.l10n.t('This cell cannot be edited here.')); return; }
        if (!answer.ok) {
          await refuse(answer.reason === 'badValue'
            ? vscode.l10n.t('A cell takes a number (no “|”, line break or “%%”).')
            : vscode.l10n.t('This row is no longer in the report text.'));
          return;
        }
        if (answer.version !== document.version) { await new Promise((r) => setTimeout(r, 50)); continue; }
        if (answer.edits.length > 0) {
          const edit = new vscode.WorkspaceEdit();
          edit.set(this.uri, answer.edits.map((e) => vscode.TextEdit.replace(
            new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText)));
          // One WorkspaceEdit: one undo step in the editor.
          if (!(await vscode.workspace.applyEdit(edit))) { await refuse(vscode.l10n.t('The edit could not be applied.')); return; }
        }
        await this.post({ type: 'editResult', cell, ok: true });
        return;
      }
      await refuse(vscode.l10n.t('The report changed meanwhile: type the value again.'));
    } catch {
      await refuse(vscode.l10n.t('The edit could not be applied.'));
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CELL_EDIT_REQUEST, RENDER_REQUEST, type CellEditParams, type RenderParams,
} from '../../../protocol/src';
import { PreviewPanel, type PanelServices, type Renderer } from './panel';
import { PREVIEW_VIEW_TYPE, type Comparison, type PersistedState } from './protocol';
import { fractionalLine } from './sourceLine';

/** The comparison toggle (last year's values / change) is remembered for every preview. */
const COMPARISON_KEY = 'zfxxgk.preview.comparison';

export interface PreviewState { uri: string; version: number; documentVersion?: number; scrollLine: number; visible: boolean }

const isReport = (document: vscode.TextDocument | undefined): document is vscode.TextDocument => document?.languageId === 'zfxxgk';

/** The source line at the top of an editor, with the fraction of a wrapped line scrolled past. */
function editorTopLine(document: vscode.TextDocument, ranges: readonly vscode.Range[]): number | undefined {
  const start = ranges[0]?.start;
  if (!start || start.line >= document.lineCount) return start?.line;
  return fractionalLine(start.line, start.character, document.lineAt(start.line).text.length);
}

/** Every open preview: commands, document/editor events, and the serializer that restores panels after a reload. */
export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PersistedState> {
  private readonly previews = new Set<PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly render: Renderer;
  private readonly services: PanelServices;

  constructor(private readonly context: vscode.ExtensionContext, client: LanguageClient) {
    this.render = (params: RenderParams) => client.sendRequest(RENDER_REQUEST, params);
    this.services = {
      editCell: (params: CellEditParams) => client.sendRequest(CELL_EDIT_REQUEST, params),
      comparison: {
        get: () => context.globalState.get<Comparison>(COMPARISON_KEY, 'off'),
        set: (mode) => { void context.globalState.update(COMPARISON_KEY, mode); },
      },
    };
    this.disposables.push(
      vscode.commands.registerCommand('zfxxgk.showPreview', (uri?: vscode.Uri) => this.show(uri, false)),
      vscode.commands.registerCommand('zfxxgk.showPreviewToSide', (uri?: vscode.Uri) => this.show(uri, true)),
      vscode.commands.registerCommand('zfxxgk.preview.state', () => this.state()),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.workspace.onDidChangeTextDocument((event) => this.forDocument(event.document.uri, (p) => p.update())),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const top = editorTopLine(event.textEditor.document, event.visibleRanges);
        if (top !== undefined) this.forDocument(event.textEditor.document.uri, (p) => p.editorScrolled(top));
      }),
    );
  }

  /** The document a command acts on: the argument, else the active report editor, else the active preview's. */
  activeDocumentUri(uri?: vscode.Uri): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    const editor = vscode.window.activeTextEditor;
    if (isReport(editor?.document)) return editor!.document.uri;
    return [...this.previews].find((p) => p.panel.active)?.uri;
  }

  async show(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const target = this.activeDocumentUri(uri);
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report (.zfxxgk) file first.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    const existing = [...this.previews].find((p) => p.uri.toString() === target.toString());
    if (existing) { existing.panel.reveal(column, toSide); return; }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'zfxxgk', { viewColumn: column, preserveFocus: toSide },
      { enableScripts: true, retainContextWhenHidden: false, enableFindWidget: true });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const topLine = (editor && editorTopLine(editor.document, editor.visibleRanges)) ?? 0;
    this.track(new PreviewPanel(panel, target, this.context.extensionUri, this.render, topLine, this.services));
  }

  /** Restores a preview after a window reload, at the line it showed. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PersistedState | undefined): Promise<void> {
    if (!state?.uri) { panel.dispose(); return; }
    const uri = vscode.Uri.parse(state.uri);
    // The server renders open documents only.
    await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined);
    this.track(new PreviewPanel(panel, uri, this.context.extensionUri, this.render, state.line ?? 0, this.services));
  }

  state(): PreviewState[] {
    return [...this.previews].map((p) => ({
      uri: p.uri.toString(),
      version: p.renderedVersion,
      documentVersion: vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri.toString())?.version,
      scrollLine: p.scrollLine,
      visible: p.panel.visible,
    }));
  }

  private track(preview: PreviewPanel): void {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
  }

  private forDocument(uri: vscode.Uri, action: (preview: PreviewPanel) => void): void {
    for (const preview of this.previews) if (preview.uri.toString() === uri.toString()) action(preview);
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

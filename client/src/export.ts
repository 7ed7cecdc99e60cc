import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../server/src/features/renderProtocol';

const FILTERS: Record<ExportParams['to'], Record<string, string[]>> = {
  html: { [vscode.l10n.t('网页 (HTML)')]: ['html', 'htm'] },
  docx: { [vscode.l10n.t('Word 文档')]: ['docx'] },
};

/** Export commands. `target` (a Uri) skips the save dialog, for scripts and tests. Refuses nothing: errors only warn. */
export function registerExport(context: vscode.ExtensionContext, client: LanguageClient, documentUri: (uri?: vscode.Uri) => vscode.Uri | undefined): void {
  const run = async (to: ExportParams['to'], uri?: vscode.Uri, target?: vscode.Uri) => {
    const source = documentUri(uri);
    if (!source) { void vscode.window.showWarningMessage(vscode.l10n.t('请先打开一个年度报告（.zfxxgk）文件。')); return undefined; }
    await vscode.workspace.openTextDocument(source);
    const destination = target ?? await vscode.window.showSaveDialog({
      defaultUri: source.with({ path: source.path.replace(/\.[^./]*$/, '') + '.' + to }),
      filters: FILTERS[to],
      title: to === 'html' ? vscode.l10n.t('导出为网页') : vscode.l10n.t('导出为 Word 文档'),
    });
    if (!destination) return undefined;
    const result = await client.sendRequest<ExportResult | null>(EXPORT_REQUEST, { uri: source.toString(), to });
    if (!result) return undefined;
    const bytes = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
    await vscode.workspace.fs.writeFile(destination, bytes);
    const name = vscode.workspace.asRelativePath(destination);
    if (result.errors.length > 0) {
      const listed = result.errors.slice(0, 5).map((e) => `第 ${e.line + 1} 行：${e.message}`).join('；');
      const more = result.errors.length > 5 ? vscode.l10n.t('等') : '';
      const show = vscode.l10n.t('查看问题');
      void vscode.window.showWarningMessage(vscode.l10n.t('报告有 {0} 个错误，仍已导出到 {1}。{2}{3}', result.errors.length, name, listed, more), show)
        .then((choice) => { if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('已导出到 {0}', name));
    }
    return { target: destination.toString(), errors: result.errors };
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('zfxxgk.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => run('html', uri, target)),
    vscode.commands.registerCommand('zfxxgk.exportDocx', (uri?: vscode.Uri, target?: vscode.Uri) => run('docx', uri, target)),
  );
}

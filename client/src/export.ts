import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams } from '../../protocol/src';

const FILTERS: Record<ExportParams['to'], Record<string, string[]>> = {
  html: { [vscode.l10n.t('Web page (HTML)')]: ['html', 'htm'] },
  docx: { [vscode.l10n.t('Word document')]: ['docx'] },
};

/** Export commands. `target` (a Uri) skips the save dialog, for scripts and tests. Refuses nothing: errors only warn. */
export function registerExport(context: vscode.ExtensionContext, client: LanguageClient, documentUri: (uri?: vscode.Uri) => vscode.Uri | undefined): void {
  const run = async (to: ExportParams['to'], uri?: vscode.Uri, target?: vscode.Uri) => {
    const source = documentUri(uri);
    if (!source) { void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report (.zfxxgk) file first.')); return undefined; }
    await vscode.workspace.openTextDocument(source);
    const destination = target ?? await vscode.window.showSaveDialog({
      defaultUri: source.with({ path: source.path.replace(/\.[^./]*$/, '') + '.' + to }),
      filters: FILTERS[to],
      title: to === 'html' ? vscode.l10n.t('Export as web page') : vscode.l10n.t('Export as Word document'),
    });
    if (!destination) return undefined;
    const result = await client.sendRequest(EXPORT_REQUEST, { uri: source.toString(), to });
    if (!result) return undefined;
    const bytes = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
    await vscode.workspace.fs.writeFile(destination, bytes);
    const name = vscode.workspace.asRelativePath(destination);
    if (result.errors.length > 0) {
      const listed = result.errors.slice(0, 5).map((e) => vscode.l10n.t('line {0}: {1}', e.line + 1, e.message)).join(vscode.l10n.t('; '));
      const more = result.errors.length > 5 ? vscode.l10n.t(' and more') : '';
      const show = vscode.l10n.t('Show problems');
      void vscode.window.showWarningMessage(vscode.l10n.t('The report has {0} error(s); exported to {1} anyway. {2}{3}', result.errors.length, name, listed, more), show)
        .then((choice) => { if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', name));
    }
    return { target: destination.toString(), errors: result.errors };
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('zfxxgk.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => run('html', uri, target)),
    vscode.commands.registerCommand('zfxxgk.exportDocx', (uri?: vscode.Uri, target?: vscode.Uri) => run('docx', uri, target)),
  );
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_REQUEST, type ImportKind, type ImportParams, type ImportResult } from '../../server/src/features/importProtocol';

const KIND_BY_EXTENSION: Record<string, ImportKind> = { docx: 'docx', html: 'html', htm: 'html', shtml: 'html' };

/**
 * Import commands: a published report (file or clipboard) into a new, untitled zfxxgk editor.
 * The work is the server's (`zfxxgk/import`); this only moves bytes and shows the summary.
 */
export function registerImport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Annual report import'));
  context.subscriptions.push(output);

  const open = async (params: ImportParams, source: string) => {
    const result = await client.sendRequest<ImportResult | null>(IMPORT_REQUEST, params);
    if (!result) { void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: the content cannot be read.', source)); return undefined; }
    const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: result.text });
    await vscode.window.showTextDocument(document);
    output.appendLine(`${source}\n${result.summaryText}\n`);
    const { rows, unmapped, guesses } = result.summary;
    const show = vscode.l10n.t('Show import summary');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Imported: table rows {0}/{1}, {2} not mapped, {3} inferred.', rows.found, rows.expected, unmapped.length, guesses.length), show,
    ).then((choice) => { if (choice === show) output.show(true); });
    return { uri: document.uri.toString(), summary: result.summary };
  };

  const importFile = async (uri?: vscode.Uri) => {
    const file = uri ?? (await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: vscode.l10n.t('Import a published annual report'),
      filters: { [vscode.l10n.t('Annual report (text, web page, Word)')]: ['txt', 'html', 'htm', 'docx'], [vscode.l10n.t('All files')]: ['*'] },
    }))?.[0];
    if (!file) return undefined;
    const extension = file.path.split('.').pop()?.toLowerCase() ?? '';
    if (extension === 'pdf') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Convert a PDF to text with pdftotext -layout first (or run zfxxgk import file.pdf on the command line), then import the text.'));
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(file);
    return open({ content: Buffer.from(bytes).toString('base64'), encoding: 'base64', kind: KIND_BY_EXTENSION[extension] }, vscode.workspace.asRelativePath(file));
  };

  const importClipboard = async () => {
    const text = await vscode.env.clipboard.readText();
    if (text.trim() === '') { void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard holds no text. Copy the whole report in the web page or in Word first.')); return undefined; }
    return open({ content: text }, vscode.l10n.t('Clipboard'));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('zfxxgk.importFile', importFile),
    vscode.commands.registerCommand('zfxxgk.importClipboard', importClipboard),
  );
}

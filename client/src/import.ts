import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_EXTENSIONS, IMPORT_REQUEST, importKindForFile, type ImportParams, type ImportResult } from '../../protocol/src';

/**
 * Import commands: a published report (file or clipboard) into a new, untitled zfxxgk editor.
 * The work is the server's (`zfxxgk/import`); this only moves bytes and shows the summary.
 */
export function registerImport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Annual report import'));
  context.subscriptions.push(output);

  const open = async (params: ImportParams, source: string) => {
    let result: ImportResult | null;
    try {
      result = await client.sendRequest(IMPORT_REQUEST, params);
    } catch (error) {
      // A refusal (a zip bomb, a PDF that cannot be read): the server's message says why and what to do.
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', source, (error as Error).message));
      return undefined;
    }
    if (!result) { void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: the content cannot be read.', source)); return undefined; }
    const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: result.text });
    await vscode.window.showTextDocument(document);
    output.appendLine(`${source}\n${result.summaryText}\n`);
    const { rows, unmapped, guesses } = result.summary;
    const unplaced = result.summary.unplaced ?? [];
    const show = vscode.l10n.t('Show import summary');
    const message = vscode.l10n.t('Imported: table rows {0}/{1}, {2} not mapped, {3} inferred.', rows.found, rows.expected, unmapped.length, guesses.length);
    if (unplaced.length > 0) {
      // Numbers with no cell are the one thing the author must act on: a warning, naming them.
      const first = unplaced.slice(0, 3).join('；');
      void vscode.window.showWarningMessage(
        `${message} ${vscode.l10n.t('{0} group(s) of numbers could not be placed in a cell and are kept as %% comments: {1}', unplaced.length, first + (unplaced.length > 3 ? '…' : ''))}`, show,
      ).then((choice) => { if (choice === show) output.show(true); });
    } else {
      void vscode.window.showInformationMessage(message, show).then((choice) => { if (choice === show) output.show(true); });
    }
    return { uri: document.uri.toString(), summary: result.summary };
  };

  const importFile = async (uri?: vscode.Uri) => {
    const file = uri ?? (await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: vscode.l10n.t('Import a published annual report'),
      filters: { [vscode.l10n.t('Annual report (PDF, web page, Word, Markdown, text)')]: [...IMPORT_EXTENSIONS], [vscode.l10n.t('All files')]: ['*'] },
    }))?.[0];
    if (!file) return undefined;
    // Bytes for every kind (PDF and DOCX are binary; text is decoded by the core, GB18030 included).
    const bytes = await vscode.workspace.fs.readFile(file);
    return open({ content: Buffer.from(bytes).toString('base64'), encoding: 'base64', kind: importKindForFile(file.path) }, vscode.workspace.asRelativePath(file));
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

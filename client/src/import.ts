import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_REQUEST, type ImportKind, type ImportParams, type ImportResult } from '../../server/src/features/importProtocol';

const KIND_BY_EXTENSION: Record<string, ImportKind> = { docx: 'docx', html: 'html', htm: 'html', shtml: 'html' };

/**
 * Import commands: a published report (file or clipboard) into a new, untitled zfxxgk editor.
 * The work is the server's (`zfxxgk/import`); this only moves bytes and shows the summary.
 */
export function registerImport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('年度报告导入'));
  context.subscriptions.push(output);

  const open = async (params: ImportParams, source: string) => {
    const result = await client.sendRequest<ImportResult | null>(IMPORT_REQUEST, params);
    if (!result) { void vscode.window.showErrorMessage(vscode.l10n.t('无法导入 {0}：内容无法读取。', source)); return undefined; }
    const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: result.text });
    await vscode.window.showTextDocument(document);
    output.appendLine(`${source}\n${result.summaryText}\n`);
    const { rows, unmapped, guesses } = result.summary;
    const show = vscode.l10n.t('查看导入摘要');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('已导入：表格行 {0}/{1}，未能对应 {2} 处，推断 {3} 处。', rows.found, rows.expected, unmapped.length, guesses.length), show,
    ).then((choice) => { if (choice === show) output.show(true); });
    return { uri: document.uri.toString(), summary: result.summary };
  };

  const importFile = async (uri?: vscode.Uri) => {
    const file = uri ?? (await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: vscode.l10n.t('导入已发布的年度报告'),
      filters: { [vscode.l10n.t('年度报告（文本、网页、Word）')]: ['txt', 'html', 'htm', 'docx'], [vscode.l10n.t('所有文件')]: ['*'] },
    }))?.[0];
    if (!file) return undefined;
    const extension = file.path.split('.').pop()?.toLowerCase() ?? '';
    if (extension === 'pdf') {
      void vscode.window.showWarningMessage(vscode.l10n.t('PDF 请先用 pdftotext -layout 转为文本（或在命令行运行 zfxxgk import 文件.pdf），再导入文本。'));
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(file);
    return open({ content: Buffer.from(bytes).toString('base64'), encoding: 'base64', kind: KIND_BY_EXTENSION[extension] }, vscode.workspace.asRelativePath(file));
  };

  const importClipboard = async () => {
    const text = await vscode.env.clipboard.readText();
    if (text.trim() === '') { void vscode.window.showWarningMessage(vscode.l10n.t('剪贴板中没有文本。请先在网页或 Word 中复制整篇报告。')); return undefined; }
    return open({ content: text }, vscode.l10n.t('剪贴板'));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('zfxxgk.importFile', importFile),
    vscode.commands.registerCommand('zfxxgk.importClipboard', importClipboard),
  );
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatusResult } from '../../protocol/src';

type StatusLine = DocumentStatusResult['format'];

/**
 * The language status (the `{}` beside the language mode) of a report: the format version the checks applied and
 * why, and last year's report the cross-year checks read — or why they do not run. The server words both; this
 * asks again when another report comes to the front and when the front report's diagnostics change (every check
 * of it, and of last year's report when that changes on disk).
 */
export function registerLanguageStatus(client: LanguageClient): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: 'zfxxgk' };
  const format = vscode.languages.createLanguageStatusItem('zfxxgk.format', selector);
  format.name = vscode.l10n.t('Report format');
  const lastYear = vscode.languages.createLanguageStatusItem('zfxxgk.lastYear', selector);
  lastYear.name = vscode.l10n.t('Last year\'s report');
  let timer: NodeJS.Timeout | undefined;
  /** Answers of an older request are dropped: the front report may have changed meanwhile. */
  let asked = 0;

  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'zfxxgk') return;
    const ticket = ++asked;
    const status = await client.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: document.uri.toString() }).catch(() => null);
    if (ticket !== asked || !status) return;
    show(format, status.format);
    show(lastYear, status.lastYear);
    lastYear.command = status.lastYear.uri
      ? { title: vscode.l10n.t('Open'), tooltip: vscode.l10n.t('Open last year\'s report'), command: 'vscode.open', arguments: [vscode.Uri.parse(status.lastYear.uri)] }
      : undefined;
  };
  const soon = () => { clearTimeout(timer); timer = setTimeout(() => void update(), 150); };

  void update();
  return vscode.Disposable.from(
    format, lastYear,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const front = vscode.window.activeTextEditor?.document.uri.toString();
      if (front && event.uris.some((uri) => uri.toString() === front)) soon();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}

function show(item: vscode.LanguageStatusItem, line: StatusLine): void {
  item.text = line.text;
  item.detail = line.detail;
  item.severity = line.severity === 'warning' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

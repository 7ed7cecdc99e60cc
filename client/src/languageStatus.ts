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
  /** The request under way: cancelled when a newer one starts (the front report changed meanwhile). */
  let pending: vscode.CancellationTokenSource | undefined;

  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'zfxxgk') return;
    pending?.cancel();
    const request = (pending = new vscode.CancellationTokenSource());
    const status = await client.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: document.uri.toString() }, request.token).catch(() => null);
    if (request.token.isCancellationRequested) return;
    request.dispose();
    pending = undefined;
    if (!status) { clear(format); clear(lastYear); return; } // the server is restarting, or the document closed: nothing stale
    show(format, status.format);
    show(lastYear, status.lastYear);
    lastYear.command = status.lastYear.uri
      ? { title: vscode.l10n.t('Open'), tooltip: vscode.l10n.t('Open last year\'s report'), command: 'vscode.open', arguments: [vscode.Uri.parse(status.lastYear.uri)] }
      : undefined;
  };
  /** Asked after a short pause: typing and switching ask once. */
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  };
  /** Another report came to the front: busy at once, so that the previous report's status never shows as its own. */
  const switched = () => {
    clear(format);
    clear(lastYear);
    format.busy = lastYear.busy = true;
    soon();
  };

  switched();
  return vscode.Disposable.from(
    format, lastYear,
    vscode.window.onDidChangeActiveTextEditor(switched),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const front = vscode.window.activeTextEditor?.document.uri.toString();
      if (front && event.uris.some((uri) => uri.toString() === front)) soon();
    }),
    { dispose: () => { clearTimeout(timer); pending?.cancel(); } },
  );
}

function show(item: vscode.LanguageStatusItem, line: StatusLine): void {
  item.busy = false;
  item.text = line.text;
  item.detail = line.detail;
  item.severity = line.severity === 'warning' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

function clear(item: vscode.LanguageStatusItem): void {
  item.busy = false;
  item.text = '';
  item.detail = undefined;
  item.command = undefined;
  item.severity = vscode.LanguageStatusSeverity.Information;
}

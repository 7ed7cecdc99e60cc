import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEW_REPORT_REQUEST, type NewReportParams, type NewReportResult } from '../../../protocol/src';

export interface NewReportArgs { year?: number; agency?: string }

/**
 * zfxxgk.newReport: an untitled zfxxgk document filled with the statutory skeleton, inserted as a
 * snippet (tab through the agency and the prose sections). The server generates it (the client bundles
 * no format data). The year defaults to last year: annual reports are written in January for the year before.
 */
export async function newReport(client: LanguageClient, args: NewReportArgs = {}): Promise<vscode.TextEditor | undefined> {
  const result = await ask(client, { year: args.year, agency: args.agency, snippet: true });
  if (!result) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  const inserted = await editor.insertSnippet(new vscode.SnippetString(result.text), new vscode.Position(0, 0));
  if (!inserted) void vscode.window.showWarningMessage(vscode.l10n.t('Could not insert the report skeleton.'));
  return editor;
}

/**
 * zfxxgk.newNextYearReport: next year's report from last year's (the given file, else the active
 * report, else one picked in a dialog), opened in an untitled editor: nothing on disk is written or
 * overwritten; the author saves it where they like.
 */
export async function newNextYearReport(client: LanguageClient, uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const source = uri ?? activeReport() ?? (await pickReport());
  if (!source) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
  const result = await ask(client, { from: open ? { uri: source.toString(), text: open.getText() } : { uri: source.toString() } });
  if (!result) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: result.text });
  const editor = await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(vscode.l10n.t('Report for {0} created from last year\'s: carried-over requests filled in, every other number blank.', result.year));
  return editor;
}

async function ask(client: LanguageClient, params: NewReportParams): Promise<(NewReportResult & { ok: true }) | undefined> {
  const result = await client.sendRequest(NEW_REPORT_REQUEST, params);
  if (result.ok) return result;
  void vscode.window.showErrorMessage(result.message);
  return undefined;
}

function activeReport(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'zfxxgk' ? document.uri : undefined;
}

async function pickReport(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false, openLabel: vscode.l10n.t('Use as last year\'s report'),
    filters: { [vscode.l10n.t('Annual report')]: ['zfxxgk'] },
  });
  return picked?.[0];
}

import * as vscode from 'vscode';
import { reportSkeleton } from '../../../core/src/skeleton';

export interface NewReportArgs { year?: number; agency?: string }

/**
 * zfxxgk.newReport: an untitled zfxxgk document filled with the statutory skeleton, inserted as a
 * snippet (tab through the agency and the prose sections). The year defaults to last year: annual
 * reports are written in January for the year before.
 */
export async function newReport(args: NewReportArgs = {}): Promise<vscode.TextEditor> {
  const year = args.year ?? new Date().getFullYear() - 1;
  const document = await vscode.workspace.openTextDocument({ language: 'zfxxgk', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  const body = reportSkeleton({ year, agency: args.agency, snippet: true });
  const inserted = await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  if (!inserted) void vscode.window.showWarningMessage(vscode.l10n.t('Could not insert the report skeleton.'));
  return editor;
}

import * as path from 'path';
import * as vscode from 'vscode';
import { registerExport } from './export';
import { PreviewManager } from './preview/manager';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** A thin extension: start the language server for zfxxgk documents; everything else is the server's. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'zfxxgk' }],
    synchronize: { configurationSection: 'zfxxgk', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.zfxxgk') },
    initializationOptions: { locale: vscode.env.language, settings: vscode.workspace.getConfiguration('zfxxgk') },
  };
  client = new LanguageClient('zfxxgk', vscode.l10n.t('政府信息公开年度报告语言服务'), serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(previews);
  registerExport(context, client, (uri) => previews.activeDocumentUri(uri));
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

import * as path from 'path';
import * as vscode from 'vscode';
import { newReport } from './commands/newReport';
import { registerExport } from './export';
import { registerImport } from './import';
import { PreviewManager } from './preview/manager';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import SERVER_V8_FLAGS from '../../server/v8-flags.json';

let client: LanguageClient | undefined;

/** A thin extension: start the language server for zfxxgk documents; everything else is the server's. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // V8 flags chosen with the bench (docs/benchmarks.md), which starts its server with the same file.
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_V8_FLAGS.execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'zfxxgk' }],
    synchronize: { configurationSection: 'zfxxgk', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.zfxxgk') },
    initializationOptions: { locale: vscode.env.language, settings: vscode.workspace.getConfiguration('zfxxgk') },
  };
  client = new LanguageClient('zfxxgk', vscode.l10n.t('Annual report (zfxxgk) language server'), serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('zfxxgk.newReport', newReport));
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(previews);
  registerExport(context, client, (uri) => previews.activeDocumentUri(uri));
  registerImport(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

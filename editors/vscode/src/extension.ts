// copydesk for VS Code: starts `copydesk lsp` for Markdown and plain-text documents.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const INSTALL_URL = 'https://github.com/copydesk/copydesk#install';
let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

function serverCommand(): string {
  const configured = vscode.workspace.getConfiguration('copydesk').get<string>('server.path');
  return configured || process.env.COPYDESK_BIN || 'copydesk';
}

async function start(): Promise<void> {
  const command = serverCommand();
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const settings = vscode.workspace.getConfiguration('copydesk');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'copydesk' },
    initializationOptions: { debounceMs: settings.get('debounceMs'), rules: settings.get('rules') },
    outputChannel: output,
  };
  client = new LanguageClient('copydesk', 'copydesk', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const choice = await vscode.window.showErrorMessage(
      `copydesk: could not start \`${command} lsp\` (${error}). Install copydesk or set copydesk.server.path.`,
      'Install instructions',
      'Open settings',
    );
    if (choice === 'Install instructions') {
      await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
    } else if (choice === 'Open settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.server.path');
    }
  }
}

async function stop(): Promise<void> {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('copydesk', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await stop();
      await start();
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output?.show()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('copydesk.server.path')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

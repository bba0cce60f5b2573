// Test-only extension: opens the article, waits for copydesk's diagnostics, asks VS Code
// for hover, symbols and code actions through its own commands, and writes what it saw.
const vscode = require('vscode');
const fs = require('fs');

const within = (ms, what, promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing in ${ms} ms`)), ms))]);

async function activate() {
  const doc = process.env.COPYDESK_E2E_DOC;
  const out = process.env.COPYDESK_E2E_OUT;
  if (!doc || !out) return;
  const result = { vscode: vscode.version };
  try {
    const uri = vscode.Uri.file(doc);
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
    const diagnostics = within(90000, 'copydesk diagnostics', new Promise((resolve) => {
      const check = () => { if (ours().length) resolve(ours()); };
      vscode.languages.onDidChangeDiagnostics(check);
      check();
    }));
    const td = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(td);
    const diags = await diagnostics;
    result.languageId = td.languageId;
    result.diagnostics = diags.map((d) => ({
      line: d.range.start.line, character: d.range.start.character, severity: d.severity,
      code: typeof d.code === 'object' ? d.code.value : d.code, message: d.message,
    }));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(8, 42));
    result.hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    const names = (list) => (list || []).flatMap((s) => [s.name, ...names(s.children)]);
    result.symbols = names(symbols);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diags[0].range);
    result.actions = (actions || []).map((a) => a.title);
    // The entity dictionary through VS Code's own command plumbing: the action on
    // "Ruiz" runs copydesk.addEntity on the server, which writes the workspace file.
    const onRuiz = new vscode.Range(new vscode.Position(8, 42), new vscode.Position(8, 42));
    const entityActions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, onRuiz);
    const add = (entityActions || []).find((a) => a.title === 'Add “Ana Ruiz” to the entity dictionary as a person');
    result.entityActions = (entityActions || []).map((a) => a.title);
    if (add && add.command) {
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments || []));
      const file = require('path').join(require('path').dirname(doc), '.copydesk-entities.toml');
      result.dictionary = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    }
    result.copydeskActive = vscode.extensions.getExtension('copydesk.copydesk')?.isActive ?? false;
  } catch (e) {
    result.error = String((e && e.stack) || e);
  }
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
}

module.exports = { activate, deactivate() {} };

// Drives the built copydesk server with the wire library inside vscode-languageclient,
// declaring the capabilities VS Code declares (UTF-16, pull diagnostics).
// Run: COPYDESK_BIN=../../target/debug/copydesk npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest,
  DocumentSymbolRequest, CodeActionRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';

const BIN = process.env.COPYDESK_BIN ?? fileURLToPath(new URL('../../../target/debug/copydesk', import.meta.url));
const DOC = fileURLToPath(new URL('../../../tests/editors/fixtures/story.md', import.meta.url));

function startServer() {
  const proc = spawn(BIN, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  return { proc, conn };
}

const codes = (items) => items.map((d) => [d.code, d.range.start.line, d.range.start.character]);

test('diagnostics, hover, symbols, code actions, edit, shutdown', { timeout: 30000 }, async () => {
  const { proc, conn } = startServer();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  assert.equal(init.capabilities.positionEncoding, 'utf-16');
  assert.equal(init.capabilities.diagnosticProvider.identifier, 'copydesk');
  await conn.sendNotification(InitializedNotification.type, {});

  const uri = pathToFileURL(DOC).href;
  await conn.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(DOC, 'utf8') } });
  const report = await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  assert.deepEqual(codes(report.items), [['unattributed-claim', 2, 38], ['vague-source', 4, 0]]);
  assert.equal(report.items[0].source, 'copydesk');

  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 42 } });
  assert.match(hover.contents.value, /^\*\*Ana Ruiz\*\*/);
  const symbols = await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['Dock Strike Spreads']);
  assert.deepEqual(symbols[0].children.map((s) => s.name), ['Reaction']);

  const actions = await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: report.items[0].range, context: { diagnostics: [report.items[0]] } });
  assert.equal(actions[0].title, 'Add an attribution (“…, according to …”)');
  assert.equal(actions[0].edit.changes[uri][0].newText, ', according to …');

  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 11 } }, text: 'Ruiz said' }],
  });
  const after = await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.deepEqual(codes(after.items), [['unattributed-claim', 2, 38]]);

  await conn.sendRequest(ShutdownRequest.type);
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  await conn.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0);
  conn.dispose();
});

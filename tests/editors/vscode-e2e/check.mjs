// Asserts on what the probe saw in VS Code. Usage: node check.mjs result.json
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const r = JSON.parse(readFileSync(process.argv[2], 'utf8'));
assert.equal(r.error, undefined, r.error);
assert.equal(r.languageId, 'markdown');
assert.equal(r.copydeskActive, true);
assert.deepEqual(r.diagnostics.map((d) => [d.code, d.line, d.character]), [['unattributed-claim', 2, 38], ['vague-source', 4, 0]]);
assert.equal(r.diagnostics[0].severity, 1); // vscode.DiagnosticSeverity.Warning
assert.ok(r.hover.some((h) => h.startsWith('**Ana Ruiz**')), JSON.stringify(r.hover));
assert.ok(r.symbols.includes('Dock Strike Spreads') && r.symbols.includes('Reaction'), JSON.stringify(r.symbols));
assert.ok(r.actions.includes('Add an attribution (“…, according to …”)'), JSON.stringify(r.actions));
assert.ok(r.entityActions.includes('Add “Ana Ruiz” to the entity dictionary as a person'), JSON.stringify(r.entityActions));
assert.match(r.dictionary ?? '', /name = "Ana Ruiz"\nkind = "person"/, String(r.dictionary));
console.log(`PASS: VS Code ${r.vscode}: ${r.diagnostics.length} diagnostics, hover, symbols, code actions, entity dictionary`);

// Diagnostics, quick fixes, hovers and CodeLens on the example files, through VS Code's own commands.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, discardCopies, nnspecDiagnostics, open, openCopy, until } from './helpers';

/** The 0-based range of `needle` on the first line containing `lineHas`, found in the text itself. */
function rangeOf(doc: vscode.TextDocument, lineHas: string, needle: string): vscode.Range {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (text.includes(lineHas)) {
      const at = text.indexOf(needle);
      return new vscode.Range(i, at, i, at + needle.length);
    }
  }
  throw new Error(`no line contains ${lineHas}`);
}

suite('nnspec editor features', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);

  test('broken-shapes.nnspec: the W[2] mismatch is in the Problems panel at the matrix, with the course message', async () => {
    const doc = await open('broken-shapes.nnspec');
    const [d] = await until(() => {
      const ds = nnspecDiagnostics(doc.uri);
      return ds.length > 0 && ds;
    }, 'nnspec diagnostics');
    assert.equal(nnspecDiagnostics(doc.uri).length, 1);
    assert.equal(
      d.message,
      'W[2] must be (1, 4) = (n[2], n[1]), but is (1, 3): its 3 columns should be n[1] = 4, the units of layer 1. Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4.',
    );
    // Where n[1] and n[2] are set, as related information the student can click.
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.message, r.location.range.start.line]),
      [
        ['n[1] = 4 from layers[1].units', rangeOf(doc, 'units: 4', '4').start.line],
        ['n[2] = 1 from layers[2].units', rangeOf(doc, 'units: 1', '1').start.line],
      ],
    );
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.code, 'shape-mismatch-W');
    const expected = rangeOf(doc, 'W: [[0.1, -0.2, 0.3]]', '[[0.1, -0.2, 0.3]]');
    assert.ok(d.range.isEqual(expected), `range ${JSON.stringify(d.range)} vs ${JSON.stringify(expected)}`);
  });

  test('the mismatch offers a quick fix that sets layer 1 to 3 units', async () => {
    const doc = await openCopy('broken-shapes.nnspec');
    const [d] = await until(() => nnspecDiagnostics(doc.uri).length > 0 && nnspecDiagnostics(doc.uri), 'diagnostics');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === "Set layer 1's units to 3");
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(doc.lineAt(rangeOf(doc, 'units: 3', 'units').start.line).text.trim(), '- units: 3');
    await until(() => nnspecDiagnostics(doc.uri).length === 0, 'the problem to go away after the fix');
  });

  test('a misspelled activation gets "Did you mean" and a fix that replaces the word', async () => {
    const doc = await openCopy('typo-activation.nnspec');
    const d = await until(
      () => nnspecDiagnostics(doc.uri).find((x) => x.message.includes('rellu')),
      () =>
        `the rellu diagnostic; ${doc.uri.toString()} has ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map((x) => x.message))}, language ${doc.languageId}, text ${JSON.stringify(doc.getText().slice(0, 80))}`,
    );
    assert.equal(d.message, "Unknown activation 'rellu'. Did you mean 'relu'?");
    assert.ok(d.range.isEqual(rangeOf(doc, 'activation: rellu', 'rellu')));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
    );
    const fix = actions.find((a) => a.title === "Change to 'relu'");
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.workspace.applyEdit(fix.edit!);
    assert.ok(doc.getText().includes('activation: relu\n'));
    // With the activation fixed, the next mistake shows: input 3 against 2-D data.
    await until(() => {
      const ds = nnspecDiagnostics(doc.uri);
      return !ds.some((x) => x.message.includes('rellu')) && ds.some((x) => x.message.includes('input'));
    }, 'the input mismatch to be reported');
  });

  test('hovering a layer shows its shapes and equations', async () => {
    const doc = await open('planar-flower.nnspec');
    const pos = rangeOf(doc, '- units: 4', 'units').start;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Layer 1\*\* — 4 units, tanh, 12 parameters/);
    assert.match(text, /W\[1\] +\(4, 2\)/);
    assert.match(text, /b\[1\] +\(4, 1\)/);
    assert.ok(text.includes('Z[1] = W[1] A[0] + b[1]'), text);
    assert.ok(text.includes('(4, 2)(2, m) + (4, 1) -> (4, m)'), text);
    // The activation line of the second entry belongs to layer 2.
    const pos2 = rangeOf(doc, 'activation: sigmoid', 'sigmoid').start;
    const hovers2 = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos2);
    const text2 = hovers2.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text2, /\*\*Layer 2\*\* — 1 unit, sigmoid, 5 parameters/);
  });

  test('CodeLens: totals, Train and Show Shapes above network:, and W/b shapes above each layer', async () => {
    const doc = await open('planar-flower.nnspec');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      doc.uri,
      10,
    );
    const at = (title: string) => lenses.find((l) => l.command?.title === title);
    const networkLine = rangeOf(doc, 'network:', 'network').start.line;
    for (const title of ['17 parameters in 2 layers', '▶ Train Network', 'Show Shapes']) {
      assert.equal(
        at(title)?.range.start.line,
        networkLine,
        `${title} in ${lenses.map((l) => l.command?.title).join(' | ')}`,
      );
    }
    assert.equal(at('▶ Train Network')?.command?.command, 'nnspec.train');
    assert.equal(
      at('W[1] (4, 2) · b[1] (4, 1) · 12 parameters')?.range.start.line,
      rangeOf(doc, '- units: 4', 'units').start.line,
    );
    assert.equal(
      at('W[2] (1, 4) · b[2] (1, 1) · 5 parameters')?.range.start.line,
      rangeOf(doc, '- units: 1', 'units').start.line,
    );
  });
});

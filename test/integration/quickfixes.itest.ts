// Student mistakes from the unit corpus, fixed through VS Code's own code actions: each cause is in the
// Problems panel on its line with its related places, and applying the offered fixes leaves a valid spec.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MISTAKES, type Mistake } from '../unit/shapes/corpus';
import { api, discardCopies, nnspecDiagnostics, openText, until } from './helpers';

const CASES = [
  'X written one example per row in a columns file',
  'the whole file written in rows without a layout key',
  'units changed after W[1], b[1] and W[2] were written',
  'three one-hot penguin species into one sigmoid unit',
  'a 2-way softmax with cross_entropy on one row of 0/1 targets',
  'rows file with b[1] written as a column',
  'X as rows, W[2] one column short and cross_entropy on one unit: three mistakes, three errors',
];

function mistake(name: string): Mistake {
  const m = MISTAKES.find((x) => x.name === name);
  if (!m) throw new Error(`no corpus mistake named '${name}'`);
  return m;
}

/** Errors and warnings: what a fix must clear. */
const blocking = (uri: vscode.Uri) =>
  nnspecDiagnostics(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);

const key = (d: vscode.Diagnostic) =>
  `${typeof d.code === 'object' ? String(d.code.value) : String(d.code)}|${d.range.start.line}|${d.message}`;

/** Applies the first quick fix of the first error or warning that has one; returns what it fixed. */
async function applyFirstFix(doc: vscode.TextDocument): Promise<vscode.Diagnostic | undefined> {
  for (const d of blocking(doc.uri)) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const action = actions.find((a) => a.diagnostics?.some((x) => key(x) === key(d)));
    if (!action?.edit) continue;
    assert.ok(await vscode.workspace.applyEdit(action.edit), action.title);
    return d;
  }
  return undefined;
}

suite('quick fixes on student mistakes', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);

  test('a transposed X is one error on the X line, with the other places as related information', async () => {
    const m = mistake(CASES[0]);
    const doc = await openText(m.text);
    const d = await until(() => blocking(doc.uri).find((x) => x.code === 'x-transposed'), 'the x-transposed error');
    assert.equal(blocking(doc.uri).length, 1);
    assert.equal(doc.lineAt(d.range.start.line).text.trim().slice(0, 3), 'X: ');
    assert.ok(d.message.startsWith(m.expect[0].words), d.message);
    const related = (d.relatedInformation ?? []).map((r) => [
      doc.lineAt(r.location.range.start.line).text.trim(),
      r.message,
    ]);
    assert.deepEqual(related, [
      ['Y: [[0, 1, 1, 0]]', 'Y holds m = 4 examples, one column each'],
      ['input: 2', 'network.input is 2, the n[0] the network is built for'],
    ]);
    assert.equal(d.relatedInformation?.[0].location.uri.toString(), doc.uri.toString());
  });

  for (const name of CASES) {
    test(`${name}: the offered fixes, applied in turn, leave a valid spec`, async () => {
      const m = mistake(name);
      assert.ok(m.fixable);
      const doc = await openText(m.text);
      await until(() => blocking(doc.uri).length === m.expect.length, `${m.expect.length} problems`);
      for (let round = 0; round < 8 && blocking(doc.uri).length > 0; round++) {
        const fixed = await applyFirstFix(doc);
        assert.ok(fixed, `no quick fix for ${blocking(doc.uri).map(key).join('; ')}`);
        // The diagnostics refresh after the debounce: wait until the fixed one is gone.
        await until(() => !blocking(doc.uri).some((x) => key(x) === key(fixed)), `'${fixed.message}' to go away`);
      }
      assert.deepEqual(blocking(doc.uri).map(key), []);
    });
  }
});

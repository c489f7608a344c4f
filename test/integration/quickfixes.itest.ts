// Student mistakes from the unit corpus, fixed through VS Code's own code actions: each cause is in the
// Problems panel on its line with its related places, and for every fixable mistake applying the offered
// fixes in turn leaves a valid spec.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { diskIO } from '../../src/node/dataFiles';
import { MISTAKES, type Mistake } from '../unit/shapes/corpus';
import { api, discardCopies, example, nnspecDiagnostics, openText, until } from './helpers';

/** Every corpus mistake a certain fix can mend (the others have no fix to apply). */
const FIXABLE = MISTAKES.filter((m) => m.fixable);

function mistake(name: string): Mistake {
  const m = MISTAKES.find((x) => x.name === name);
  if (!m) throw new Error(`no corpus mistake named '${name}'`);
  return m;
}

/** Errors and warnings: what a fix must clear. */
const blocking = (uri: vscode.Uri) =>
  nnspecDiagnostics(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const key = (d: vscode.Diagnostic) => `${codeOf(d)}|${d.range.start.line}|${d.message}`;
/** The same problem again: its code on its line (a fix that only rewords it is no fix). */
const same = (a: vscode.Diagnostic, b: vscode.Diagnostic) =>
  codeOf(a) === codeOf(b) && a.range.start.line === b.range.start.line;

/** The titles of the core's fixes of `d`, from the core's own analysis of the text (code and place agree). */
function coreFixTitles(doc: vscode.TextDocument, d: vscode.Diagnostic): string[] {
  const a = analyze(doc.getText(), diskIO({ baseDir: example('.').fsPath }));
  const r = d.range;
  const core = a.diagnostics.find(
    (c) =>
      c.code === codeOf(d) &&
      c.range.line === r.start.line + 1 &&
      c.range.column === r.start.character + 1 &&
      c.range.endLine === r.end.line + 1 &&
      c.range.endColumn === r.end.character + 1,
  );
  return core?.fixes?.map((f) => f.title) ?? [];
}

/**
 * The editor's quick fixes of `d`: those offered at its range with the titles of its own fixes. The
 * command's results do not say which diagnostic each fixes (VS Code drops CodeAction.diagnostics when it
 * hands them back), and other problems at the same place may have fixes of their own.
 */
async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const titles = coreFixTitles(doc, d);
  const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return offered.filter((a) => titles.includes(a.title));
}

/** Applies the first quick fix of the first error or warning that has one; returns what it fixed. */
async function applyFirstFix(doc: vscode.TextDocument): Promise<vscode.Diagnostic | undefined> {
  for (const d of blocking(doc.uri)) {
    const action = (await quickFixes(doc, d))[0];
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
  teardown(discardCopies);

  test('a transposed X is one error on the X line, with the other places as related information', async () => {
    const m = mistake('X written one example per row in a columns file');
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

  test('every fixable mistake of the corpus is applied here', () => {
    assert.ok(FIXABLE.length >= 30, String(FIXABLE.length));
  });

  for (const m of FIXABLE) {
    test(`${m.name}: the offered fixes, applied in turn, leave a valid spec`, async () => {
      const doc = await openText(m.text);
      await until(() => blocking(doc.uri).length === m.expect.length, `${m.expect.length} problems`);
      for (let round = 0; round < 8 && blocking(doc.uri).length > 0; round++) {
        const fixed = await applyFirstFix(doc);
        assert.ok(fixed, `no quick fix for ${blocking(doc.uri).map(key).join('; ')}`);
        // The diagnostics refresh after the debounce: wait until the fixed one is gone, and not back reworded.
        await until(() => !blocking(doc.uri).some((x) => same(x, fixed)), `'${fixed.message}' to go away`);
      }
      assert.deepEqual(blocking(doc.uri).map(key), []);
    });
  }
});

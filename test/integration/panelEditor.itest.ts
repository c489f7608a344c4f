// What the panel asks of the editor, in a real extension host: a fix pressed under Shapes is applied to
// the spec (and refused when the spec changed), Go to line selects the place, and hovering what sets a
// size says which dimension it sets and what disagrees with it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelReadout } from '../../src/extension/specPanel';
import type { ApplyFixMessage } from '../../src/protocol';
import { api, discardCopies, nnspecDiagnostics, openCopy, until } from './helpers';

async function closeAllPanels(): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview);
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

/** The core's 1-based, end-exclusive range of an editor range. */
const oneBased = (r: vscode.Range) => ({
  line: r.start.line + 1,
  column: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** The position of `needle` on the first line holding it. */
function at(doc: vscode.TextDocument, needle: string): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `no '${needle}' in the spec`);
  return doc.positionAt(offset);
}

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Opens the broken example's copy in a panel that has heard its analysis. */
async function brokenInPanel(): Promise<{ doc: vscode.TextDocument; view: PanelReadout; d: vscode.Diagnostic }> {
  const doc = await openCopy('broken-shapes.nnspec');
  const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
  await until(() => view.ready && (view.posted.analysis ?? 0) > 0, 'the panel to be ready with the analysis', 20_000);
  const d = await until(() => nnspecDiagnostics(doc.uri).find((x) => x.code === 'shape-mismatch-W'), 'the W[2] error');
  return { doc, view, d };
}

suite('the panel and the editor', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);
  teardown(closeAllPanels);

  test('a fix pressed in the panel is applied to the spec; one of another version or title is refused', async () => {
    const { doc, view, d } = await brokenInPanel();
    const nn = await api();
    const before = doc.getText();
    const fix = (requestId: number, o: Partial<ApplyFixMessage> = {}): ApplyFixMessage => ({
      type: 'applyFix',
      requestId,
      version: doc.version,
      code: 'shape-mismatch-W',
      range: oneBased(d.range),
      title: "Set layer 1's units to 3",
      ...o,
    });
    const answer = (requestId: number) =>
      until(() => view.lastFixResult?.inReplyTo === requestId && view.lastFixResult, `the answer to fix ${requestId}`);

    // The panel showed an older version: nothing is applied.
    assert.ok(nn.fromWebview(doc.uri.toString(), fix(1, { version: doc.version - 1 })));
    let r = await answer(1);
    assert.equal(r.applied, false);
    assert.match(r.message, /^The spec changed after “Set layer 1's units to 3” was shown, so nothing was applied/);
    // A title the diagnostic does not offer, or another diagnostic: nothing is applied.
    nn.fromWebview(doc.uri.toString(), fix(2, { title: 'Delete the network' }));
    assert.match((await answer(2)).message, /^“Delete the network” is not a fix of this spec any more/);
    nn.fromWebview(doc.uri.toString(), fix(3, { code: 'x-transposed' }));
    assert.equal((await answer(3)).applied, false);
    assert.equal(doc.getText(), before);
    // A message that fails the protocol check is ignored.
    await until(() => view.posted.fixResult === 3, 'three answers to reach the panel');
    nn.fromWebview(doc.uri.toString(), { ...fix(4), range: { line: 0 } });
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(view.lastFixResult?.inReplyTo, 3);

    // The fix of the version shown is applied, as the quick fix would be.
    const analysesBefore = view.posted.analysis ?? 0;
    nn.fromWebview(doc.uri.toString(), fix(5));
    r = await answer(5);
    assert.equal(r.message, "Applied “Set layer 1's units to 3”. The spec has no errors now.");
    assert.equal(r.applied, true);
    assert.equal(r.version, doc.version);
    assert.equal(doc.getText(), before.replace('- units: 4', '- units: 3'));
    await until(() => nnspecDiagnostics(doc.uri).length === 0, 'the squiggle to go');
    // The panel heard the new analysis before the answer that speaks of it.
    await until(() => (view.posted.analysis ?? 0) > analysesBefore, 'the new analysis to reach the panel');
    await until(() => view.posted.fixResult === 4, 'the answer to reach the panel');
    // Now it trains.
    await vscode.commands.executeCommand('nnspec.train', doc.uri);
    await until(() => view.stepsRun > 0, `the fixed spec to train (status ${view.status})`);
  });

  test('Go to line in the panel selects that place of the spec in its editor', async () => {
    const { doc, d } = await brokenInPanel();
    const nn = await api();
    // The panel has the focus, as after a click in it.
    await vscode.commands.executeCommand('workbench.action.focusNextGroup');
    const related = d.relatedInformation![0].location.range; // n[1] = 4 from layers[1].units
    assert.ok(nn.fromWebview(doc.uri.toString(), { type: 'reveal', range: oneBased(related) }));
    await until(
      () =>
        vscode.window.activeTextEditor?.document === doc && vscode.window.activeTextEditor.selection.isEqual(related),
      () => `the units of layer 1 to be selected (${JSON.stringify(vscode.window.activeTextEditor?.selection)})`,
    );
    // A range past the end of the file is clamped to it, not refused.
    nn.fromWebview(doc.uri.toString(), { type: 'reveal', range: { line: 999, column: 1, endLine: 999, endColumn: 5 } });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await until(
      () => vscode.window.activeTextEditor?.selection.isEqual(new vscode.Range(end, end)),
      'the end of the file to be selected',
    );
  });

  test('hovering what sets a size says which one, to what, what it sizes and what the file writes otherwise', async () => {
    const doc = await openCopy('broken-shapes.nnspec');
    await until(() => nnspecDiagnostics(doc.uri).length > 0, 'the analysis');
    const line = (needle: string) => at(doc, needle).line + 1;
    const units = await hoverText(doc, at(doc, 'units: 4').translate(0, 'units: '.length));
    assert.ok(units.includes(`**n[1] = 4 from layers[1].units** (line ${line('units: 4')})`), units);
    assert.ok(units.includes('Sizes W[1] (4, 2) · b[1] (4, 1) · Z[1] (4, m) · A[1] (4, m) · W[2] (1, 4)'), units);
    assert.ok(units.includes(`⚠ Not n[1] = 4: W[2] (1, 3) (line ${line('W: [[0.1')})`), units);
    assert.match(units, /\*\*Layer 1\*\* — 4 units, tanh/, 'the layer hover is still there');
    // Inline X sets n[0] and m; network.input must agree with n[0].
    const x = await hoverText(doc, at(doc, '[[0, 0, 1, 1]'));
    assert.ok(x.includes(`**n[0] = 2 from X, one row per feature** (line ${line('X: [[0')})`), x);
    assert.ok(x.includes('**m = 4 from X, one column per example**'), x);
    assert.ok((await hoverText(doc, at(doc, 'input: 2').translate(0, 7))).includes('**n[0] = 2 from X'));
    // Elsewhere (the loss) there is no such hover.
    assert.ok(!(await hoverText(doc, at(doc, 'binary_cross_entropy'))).includes('Sizes'));
  });
});

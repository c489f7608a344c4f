// Restricted Mode: specs are checked from their text (diagnostics, shapes, hovers, CodeLens), their data
// files are not read, nothing trains; trusting the workspace checks every spec again. The editor here
// runs with workspace trust disabled, so the tests act through the trust nnspec itself follows.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelReadout } from '../../src/extension/specPanel';
import { english } from '../../src/core/messages/message';
import { RESTRICTED_READ } from '../../src/extension/trust';
import { api, discardCopies, nnspecDiagnostics, open, openCopy, until } from './helpers';

async function lensTitles(doc: vscode.TextDocument): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  return lenses.map((l) => l.command?.title ?? '');
}

suite('Restricted Mode', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(async () => {
    (await api()).trust.simulate(undefined);
    await discardCopies();
  });

  test('a CSV spec is checked without reading its file, with Manage Workspace Trust as the quick fix', async () => {
    const nnspec = await api();
    nnspec.trust.simulate(false);
    assert.equal(nnspec.trust.trusted, false);
    const doc = await openCopy('house-prices.nnspec');
    const d = await until(
      () => nnspecDiagnostics(doc.uri).find((x) => x.code === 'data-csv-missing'),
      'the data file to be reported unread',
    );
    assert.equal(d.message, `Cannot read data.csv.path 'data/houses.csv': ${english(RESTRICTED_READ)}`);
    assert.equal(doc.lineAt(d.range.start.line).text.trim(), 'path: data/houses.csv');
    assert.equal(nnspecDiagnostics(doc.uri).length, 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const trust = actions.find((a) => a.title === 'Manage Workspace Trust');
    assert.equal(trust?.command?.command, 'workbench.trust.manage');
    // The shapes that do not depend on the data are still there.
    assert.ok(
      (await lensTitles(doc)).some((t) => t.startsWith('W[2] (8, 1)')),
      (await lensTitles(doc)).join(' | '),
    );

    nnspec.trust.simulate(true);
    await until(() => nnspecDiagnostics(doc.uri).length === 0, 'trusting the workspace to check the spec again');
    assert.ok((await lensTitles(doc)).includes('W[1] (2, 8) · b[1] (1, 8) · 24 parameters'));
  });

  test('a spec with inline data keeps its hovers and CodeLens, but does not train until the workspace is trusted', async () => {
    const nnspec = await api();
    nnspec.trust.simulate(false);
    const doc = await open('xor.nnspec');
    assert.ok((await lensTitles(doc)).includes('17 parameters in 2 layers'));
    assert.deepEqual(nnspecDiagnostics(doc.uri), []);
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.includes('- units: 4'))!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(line, 6),
    );
    assert.match(String((hovers[0]?.contents[0] as vscode.MarkdownString)?.value), /\*\*Layer 1\*\* — 4 units/);

    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => (view.posted.error ?? 0) > 0, 'the panel to be told that training is off');
    assert.equal(view.workerAlive, false);
    assert.equal(view.status, 'idle');

    nnspec.trust.simulate(true);
    const trained = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => trained.status === 'done', `the run to finish once trusted (status ${trained.status})`);
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview);
    await vscode.window.tabGroups.close(tabs);
  });
});

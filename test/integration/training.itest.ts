// Train Network and the panel, in a real extension host: the run reaches the webview, ends, stops
// when asked, goes stale on edits, and its worker ends with the panel.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PanelReadout } from '../../src/extension/specPanel';
import type { ShapeTable } from '../../src/core/shapes/types';
import type { GradCheckRow } from '../../src/protocol';
import { api, closePanelTab, discardCopies, example, nnspecDiagnostics, open, openCopy, until } from './helpers';

async function closeAllPanels(): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview);
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

suite('nnspec training', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);
  teardown(closeAllPanels);

  test('Train Network on xor.nnspec: the panel loads, receives the run, and the run ends done', async () => {
    const doc = await open('xor.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    assert.ok(view, 'nnspec.train returned no panel');
    assert.equal((await api()).panels.get(doc.uri.toString()), view);
    // The run waits for the webview: no step may run before the student can see the panel.
    await until(
      () => {
        assert.ok(view.ready || view.stepsRun === 0, `step ${view.stepsRun} ran before the webview said ready`);
        return view.ready;
      },
      'the webview to say ready',
      20_000,
    );
    await until(() => view.status === 'done', `the run to finish (status ${view.status})`);
    assert.equal(view.stepsRun, 1000);
    assert.equal(view.totalSteps, 1000);
    await until(
      () => (view.posted.progress ?? 0) > 0 && (view.posted.status ?? 0) > 0 && (view.posted.analysis ?? 0) > 0,
      'progress, status and analysis to reach the webview',
    );
    const tab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview);
    assert.equal(tab?.label, 'XOR with one hidden layer (2-4-1)');
  });

  test('closing the panel terminates the worker', async () => {
    const doc = await open('planar-flower.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'running' && view.stepsRun > 0, 'the run to start');
    assert.ok(view.workerAlive);
    await closePanelTab('Planar flower, 2-4-1 tanh/sigmoid');
    await until(() => view.disposed && !view.workerAlive, 'the panel and its worker to go');
    assert.equal((await api()).panels.get(doc.uri.toString()), undefined);
  });

  test('Stop Training stops a long run before its end', async () => {
    const doc = await open('planar-flower.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'running' && view.stepsRun > 0, 'the run to start');
    await vscode.commands.executeCommand('nnspec.stop', doc.uri);
    await until(() => view.status === 'stopped', `the run to stop (status ${view.status})`);
    assert.ok(view.stepsRun < 10000, `stopped at step ${view.stepsRun}`);
  });

  test('Pause/Resume and Step One Iteration drive the run', async () => {
    const doc = await open('planar-flower.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'running', 'the run to start');
    await vscode.commands.executeCommand('nnspec.togglePause', doc.uri);
    // Failed once in a full run (passing alone): the state it was in says which side lost the pause.
    await until(
      () => view.status === 'paused',
      () => `the run to pause (status ${view.status}, ${view.stepsRun} of ${view.totalSteps} steps)`,
      30_000,
    );
    const at = view.stepsRun;
    await vscode.commands.executeCommand('nnspec.step', doc.uri);
    await until(() => view.stepsRun === at + 1, `one more step (from ${at}, now ${view.stepsRun})`);
    await vscode.commands.executeCommand('nnspec.togglePause', doc.uri);
    await until(() => view.status === 'running' && view.stepsRun > at + 1, 'the run to resume');
  });

  test('a spec with errors never starts a run; the panel gets the analysis', async () => {
    const doc = await open('broken-shapes.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => (view.posted.analysis ?? 0) > 0, 'the analysis to reach the panel', 20_000);
    assert.equal(view.workerAlive, false);
    assert.equal(view.status, 'idle');
    // Once per open: neither the diagnostics' refresh, nor opening the panel again, nor training again
    // (the spec did not change) sends it another time.
    await until(() => nnspecDiagnostics(doc.uri).length > 0, 'the diagnostics');
    await vscode.commands.executeCommand('nnspec.showShapes', doc.uri);
    await vscode.commands.executeCommand('nnspec.train', doc.uri);
    await until(() => view.inFlight === 0, 'the messages to reach the panel');
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(view.posted.analysis, 1);
    // A reloaded webview starts again from the analysis written into its page, and has it once more.
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    await until(() => view.posted.analysis === 2, `the reloaded page's analysis (${view.posted.analysis})`);
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(view.posted.analysis, 2);
  });

  test('editing the spec marks an open run stale', async () => {
    const doc = await openCopy('planar-flower.nnspec');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'running', 'the run to start');
    const edit = new vscode.WorkspaceEdit();
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.includes('learning_rate: 1.2'))!;
    edit.replace(doc.uri, doc.lineAt(line).range, '  learning_rate: 0.5');
    await vscode.workspace.applyEdit(edit);
    await until(() => view.stale, `the run to go stale (status ${view.status})`);
    await until(() => view.status === 'paused', `a stale run to stop running (status ${view.status})`);
  });

  test('Show Shapes, Check Gradients and Export Parameters', async () => {
    const doc = await open('xor.nnspec');
    const shapes = await vscode.commands.executeCommand<ShapeTable>('nnspec.showShapes', doc.uri);
    assert.equal(shapes.totalParameters, 17); // W[1] (4, 2) + b[1] (4, 1) + W[2] (1, 4) + b[2] (1, 1)
    const rows = await vscode.commands.executeCommand<GradCheckRow[]>('nnspec.gradientCheck', doc.uri);
    assert.deepEqual(rows.map((r) => `${r.param}${r.layer}`).sort(), ['W1', 'W2', 'b1', 'b2']);
    for (const r of rows) assert.ok(r.relativeError < 1e-6, `d${r.param}[${r.layer}]: ${r.relativeError}`);
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'done', 'the run to finish');
    const path = await vscode.commands.executeCommand<string>('nnspec.exportParameters', doc.uri);
    try {
      assert.equal(path, example('xor.parameters.json').fsPath);
      const params = JSON.parse(readFileSync(path, 'utf8'));
      assert.deepEqual(Object.keys(params), ['W1', 'b1', 'W2', 'b2']);
      assert.deepEqual([params.W1.length, params.W1[0].length, params.b1.length, params.W2[0].length], [4, 2, 4, 4]);
    } finally {
      if (path && existsSync(path)) rmSync(path);
    }
  });

  test('New Network Spec from Example opens an untitled nnspec copy that analyses cleanly', async () => {
    const uri = await vscode.commands.executeCommand<string>(
      'nnspec.newFromExample',
      'house-prices.nnspec',
      'untitled',
    );
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(doc);
    assert.equal(doc.languageId, 'nnspec');
    assert.equal(doc.getText(), readFileSync(example('house-prices.nnspec').fsPath, 'utf8'));
    // Its CSV path resolves against the examples folder: the CodeLens appears and no error does.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(lenses.some((l) => l.command?.title === '▶ Train Network'));
    assert.deepEqual(
      vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
      [],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

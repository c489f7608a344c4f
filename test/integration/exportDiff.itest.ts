// Export as NumPy/PyTorch Script and Compare With My Trace…, through the commands a student runs.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import type { DiffResult } from '../../src/core/diff';
import { english } from '../../src/core/messages/message';
import { stepJson } from '../../src/core/report';
import { Trainer } from '../../src/core/training/trainer';
import { diskIO } from '../../src/node/dataFiles';
import { entryOf } from '../../src/extension/compareTrace';
import type { PanelReadout } from '../../src/extension/specPanel';
import { api, example, open, until } from './helpers';

/** What `nnspec train --json --steps K` prints of a spec file's first K steps: a trace nnspec itself made. */
function ownTrace(doc: vscode.TextDocument, steps: number) {
  const a = analyze(doc.getText(), diskIO({ baseDir: dirname(doc.uri.fsPath) }));
  assert.ok(a.runnable && a.parse.spec && a.dataset, 'the example trains');
  const trainer = new Trainer(a.parse.spec, a.dataset, { history: { first: 0, last: 0, thinned: 0 } });
  const out = [];
  for (let t = 0; t < steps; t++) out.push(stepJson(trainer.next(true)!.snapshot!, a.parse.spec.layout));
  return { steps: out };
}

/** Runs the export command on an example and hands the written script to `check`; the script is removed after. */
async function exported(command: string, file: string, script: string, check: (text: string) => void) {
  const doc = await open(file);
  const expected = example(script).fsPath;
  if (existsSync(expected)) rmSync(expected);
  const path = await vscode.commands.executeCommand<string | undefined>(command, doc.uri);
  try {
    assert.equal(path, expected);
    check(readFileSync(expected, 'utf8'));
    const active = vscode.window.activeTextEditor?.document.uri.fsPath;
    assert.equal(active, expected, 'the script is opened');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    if (existsSync(expected)) rmSync(expected);
  }
}

suite('nnspec export and compare', () => {
  let dir: string;
  suiteSetup(async () => {
    await api();
    dir = mkdtempSync(join(tmpdir(), 'nnspec-trace-'));
  });
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('Export as NumPy Script: planar-flower.py beside the spec, in the course style, opened', async () => {
    await exported('nnspec.exportNumpy', 'planar-flower.nnspec', 'planar-flower.py', (text) => {
      for (const f of ['initialize_parameters', 'forward_propagation', 'compute_cost', 'backward_propagation'])
        assert.match(text, new RegExp(`def ${f}\\(`), f);
      assert.match(text, /Network: 2 -> 4 tanh -> 1 sigmoid/);
      assert.match(text, /np\.tanh\(Z\)/);
    });
  });

  test('Export as PyTorch Script writes one nn.Linear per layer, and reads a CSV from beside the spec', async () => {
    await exported('nnspec.exportPytorch', 'planar-flower.nnspec', 'planar-flower_pytorch.py', (text) => {
      assert.match(text, /nn\.Linear\(2, 4\),\s+# layer 1/);
      assert.match(text, /nn\.Tanh\(\)/);
      assert.match(text, /nn\.Linear\(4, 1\),\s+# layer 2/);
    });
    await exported('nnspec.exportPytorch', 'penguins-softmax.nnspec', 'penguins-softmax_pytorch.py', (text) => {
      assert.match(text, /DATA_FILE = Path\(__file__\)\.resolve\(\)\.parent \/ "data\/penguins\.csv"/);
    });
  });

  test('a spec with errors is not exported', async () => {
    const doc = await open('broken-shapes.nnspec');
    const path = await vscode.commands.executeCommand<string | undefined>('nnspec.exportNumpy', doc.uri);
    assert.equal(path, undefined);
    assert.ok(!existsSync(example('broken-shapes.py').fsPath));
  });

  test("Compare With My Trace… agrees with a trace of nnspec's own run, with the counts", async () => {
    const doc = await open('xor.nnspec');
    const trace = join(dir, 'own.json');
    writeFileSync(trace, JSON.stringify(ownTrace(doc, 3)));
    const r = await vscode.commands.executeCommand<DiffResult>('nnspec.compareTrace', doc.uri, vscode.Uri.file(trace));
    assert.equal(r?.status, 'agree', JSON.stringify(r));
    assert.equal(r.compared.steps, 3);
    assert.equal(r.compared.matrices, 3 * 2 * 6); // 3 steps, 2 layers, Z A dA dZ dW db
    assert.equal(r.compared.costs, 3);
  });

  test('a tampered trace: the first difference is named, and the panel opens at its step', async () => {
    const doc = await open('xor.nnspec');
    const own = ownTrace(doc, 3);
    own.steps[1].layers[0].dW[2][1] = 0.5;
    const trace = join(dir, 'tampered.json');
    writeFileSync(trace, JSON.stringify(own));
    const r = await vscode.commands.executeCommand<DiffResult>('nnspec.compareTrace', doc.uri, vscode.Uri.file(trace));
    assert.equal(r?.status, 'differ', JSON.stringify(r));
    assert.equal(r.first.step, 1);
    assert.equal(r.first.entry, 'dW[1][3,2]');
    assert.equal(r.first.yours, 0.5);
    assert.match(english(r.first.formula), /dW\[1\] = \(1\/m\) dZ\[1\] A\[0\]ᵀ/);
    // Show Step in Panel opens the panel at step 1 with that entry selected (dW[1] row 3, column 2).
    const entry = entryOf(r.first);
    assert.deepEqual(entry, { matrix: 'dW', layer: 1, row: 2, col: 1 });
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.showStepInPanel', doc.uri, 1, entry);
    await until(
      () => view.stepsRun === 2 && view.status === 'paused',
      () => `step 1 (${view.status}, ${view.stepsRun})`,
    );
    await until(() => (view.posted.snapshotSteps ?? 0) > 0, 'the kept steps to reach the panel');
    await until(() => (view.posted.selectEntry ?? 0) === 1, 'the entry to be selected in the panel');
  });

  test('a trace whose cost differs: Show Step in Panel opens that step with J explained', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // a panel of its own
    const doc = await open('xor.nnspec');
    const own = ownTrace(doc, 3);
    own.steps[2].cost += 0.125;
    const trace = join(dir, 'cost.json');
    writeFileSync(trace, JSON.stringify(own));
    const r = await vscode.commands.executeCommand<DiffResult>('nnspec.compareTrace', doc.uri, vscode.Uri.file(trace));
    assert.equal(r?.status, 'differ', JSON.stringify(r));
    assert.equal(r.first.step, 2);
    assert.equal(r.first.kind, 'J');
    assert.equal(entryOf(r.first), 'J');
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.showStepInPanel', doc.uri, 2, 'J');
    await until(
      () => view.stepsRun === 3 && view.status === 'paused',
      () => `step 2 (${view.status}, ${view.stepsRun})`,
    );
    await until(() => (view.posted.selectEntry ?? 0) === 1, 'J to be explained in the panel');
  });

  test('a trace that is not JSON is reported, not compared', async () => {
    const doc = await open('xor.nnspec');
    const trace = join(dir, 'broken.json');
    writeFileSync(trace, '{"steps": [');
    const r = await vscode.commands.executeCommand<DiffResult>('nnspec.compareTrace', doc.uri, vscode.Uri.file(trace));
    assert.equal(r?.status, 'invalid');
    assert.match(english(r.problems[0]), /not valid JSON/);
  });
});

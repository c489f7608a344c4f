// Runs kept per spec, in a real extension host: Compare… adds variants (called with arguments that
// skip its questions), a compare: file trains the file and each variant from one seed, and the flower
// example trained 9 times keeps 8 runs labelled with what changed, at most two live workers, and grows
// the host's heap by no more than those runs' scalars.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { Trainer } from '../../src/core/training/trainer';
import type { PanelReadout } from '../../src/extension/specPanel';
import { diskIO } from '../../src/node/dataFiles';
import { LIVE_STARTS, MAX_RUNS } from '../../src/node/runHistory';
import { api, discardCopies, example, openCopy, until } from './helpers';

/** Prints a line in the suite's report (the extension host ignores console.log). */
const report = (line: string) => Mocha.reporters.Base.consoleLog(`      ${line}`);

/** Waits until the panel has taken in every message posted to it (a busy webview delays what the editor does next). */
async function drained(view: PanelReadout): Promise<void> {
  await until(
    () => view.inFlight === 0,
    () => `the panel to take in every message (${view.inFlight} on their way)`,
    60_000,
  );
}

async function closeAllPanels(): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview);
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

async function train(doc: vscode.TextDocument): Promise<PanelReadout> {
  const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
  await until(
    () => view.runs.length > 0 && view.runs[0].status === 'done',
    () => `the run to finish (${view.status})`,
    120_000,
  );
  return view;
}

async function setLearningRate(doc: vscode.TextDocument, lr: number): Promise<void> {
  const line = [...Array(doc.lineCount).keys()].find((i) => /^\s*learning_rate:/.test(doc.lineAt(i).text))!;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, doc.lineAt(line).range, `  learning_rate: ${lr}`);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/**
 * The host's JavaScript heap plus the array buffers it holds (a run's scalars are typed arrays, whose bytes
 * live outside the V8 heap), after a full collection when the host lets us force one, else the median of a
 * few readings.
 */
function heapUsed(): number {
  const read = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return read();
  } catch {
    const readings = Array.from({ length: 5 }, read).sort((a, b) => a - b);
    return readings[2];
  }
}

/**
 * heapUsed once it has settled: after 3 s (the connection to the workbench holds what it sent until the
 * other side acknowledges it, at the latest 2 s later), read every half second until two readings agree
 * within 256 KB (at most 10 s more).
 */
async function settledHeap(): Promise<number> {
  await new Promise((r) => setTimeout(r, 3000));
  let last = heapUsed();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = heapUsed();
    if (Math.abs(now - last) < 256 * 1024) return now;
    last = now;
  }
  return last;
}

const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

suite('nnspec runs', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);
  teardown(closeAllPanels);

  test('Compare… adds a variant per value; training then runs the file and each variant from one seed', async function () {
    this.timeout(120_000);
    const doc = await openCopy('xor.nnspec');
    const before = doc.getText();
    const names = await vscode.commands.executeCommand<string[]>(
      'nnspec.compare',
      doc.uri,
      'training.learning_rate',
      ['0.1', '3'],
      false,
    );
    assert.deepEqual(names, ['lr 0.1', 'lr 3']);
    assert.ok(doc.getText().startsWith(before), 'the edit only adds text at the end');
    const io = diskIO({ baseDir: example('.').fsPath });
    const a = analyze(doc.getText(), io);
    assert.deepEqual(
      a.variants.map((v) => [v.name, v.analysis.parse.spec?.training.learningRate]),
      [
        ['lr 0.1', 0.1],
        ['lr 3', 3],
      ],
    );
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(
      () => view.runs.length === 3 && view.runs.every((r) => r.status === 'done'),
      () => JSON.stringify(view.runs),
      60_000,
    );
    assert.deepEqual(
      view.runs.map((r) => [r.label, r.variant, r.overlaid, r.experiment === view.runs[2].runId]),
      [
        ['lr 3', 'lr 3', true, true],
        ['lr 0.1', 'lr 0.1', true, true],
        ['the file', undefined, false, true],
      ],
    );
    assert.equal(view.liveWorkers, 1, 'one worker trains the file and its variants in turn');
    // Each run's final figures are those of the same run trained here, from the same seed.
    const expected = [...a.variants.map((v) => v.analysis).reverse(), a].map((x) => {
      const t = new Trainer(x.parse.spec!, x.dataset!);
      while (t.next()) continue;
      return t.evaluate();
    });
    assert.deepEqual(
      view.runs.map((r) => r.final),
      expected,
    );
    await until(() => (view.posted.runs ?? 0) > 0, 'the run list to reach the panel');
    await drained(view);
  });

  test(`the flower example trained 9 times: ${MAX_RUNS} runs kept with what changed, ${LIVE_STARTS} live workers, and the host's heap grows by no more than their scalars`, async function () {
    this.timeout(300_000);
    const doc = await openCopy('planar-flower.nnspec');
    const view = await train(doc);
    await drained(view);
    // The panel goes behind the spec's editor: a hidden webview takes no messages, so what is measured is
    // what the host keeps, not the messages a busy webview has yet to take in (VS Code holds those).
    const group = vscode.window.tabGroups.all.find((g) =>
      g.tabs.some((t) => t.input instanceof vscode.TabInputWebview),
    );
    await vscode.window.showTextDocument(doc, { viewColumn: group?.viewColumn, preview: false });
    await until(() => view.inFlight === 0, 'the hidden panel to take nothing more');
    const rates = [1.2, 0.5, 1, 0.25, 0.8, 0.75, 0.3, 0.1, 0.6];
    const heaps = [await settledHeap()];
    report(`run 1: host heap and array buffers ${MB(heaps[0])} MB`);
    for (let k = 2; k <= rates.length; k++) {
      await setLearningRate(doc, rates[k - 1]);
      // Play on a finished run starts a new one from the edited text, without bringing the panel forward.
      await vscode.commands.executeCommand('nnspec.togglePause', doc.uri);
      await until(() => view.runs[0]?.number === k && view.runs[0].status === 'done', `run ${k} to finish`, 120_000);
      assert.ok(view.runs.length <= MAX_RUNS, `${view.runs.length} runs kept after run ${k}`);
      assert.ok(view.liveWorkers <= LIVE_STARTS, `${view.liveWorkers} workers alive after run ${k}`);
      heaps.push(await settledHeap());
      report(
        `run ${k}: host heap and array buffers ${MB(heaps.at(-1)!)} MB (${MB(heaps.at(-1)! - heaps[0])} MB over one run), ${view.runs.length} runs kept, ${view.liveWorkers} workers alive`,
      );
    }
    const runs = view.runs;
    assert.deepEqual(
      runs.map((r) => [r.number, r.label, r.live]),
      rates
        .slice(1)
        .map((lr, i) => [i + 2, `learning_rate ${rates[i]} → ${lr}`, i >= rates.length - 1 - LIVE_STARTS])
        .reverse(),
    );
    assert.ok(runs.every((r) => r.status === 'done' && r.final !== undefined));
    // A kept run's scalars: per step J, accuracy, the step and ||dW[l]|| per layer (8 bytes each, StepColumns),
    // and its last boundary's outputs (resolution² numbers, 60² by default).
    const layers = 2;
    const perRun = runs[0].totalSteps * (3 + layers) * 8 + 60 * 60 * 8;
    // The margin: once 8 runs are kept the measure still moves by up to 0.9 MB from one run to the next
    // (V8's code and inline caches of the paths later runs take, the extension host's own work); 4 MB is
    // four times that, and far below what the runs would cost as objects (about 250 bytes a step: 2.4 MB a run).
    const margin = 4 * 2 ** 20;
    heaps.forEach((h, i) => {
      const kept = Math.min(i + 1, MAX_RUNS) - 1;
      const bound = kept * perRun + margin;
      assert.ok(
        h - heaps[0] <= bound,
        `after run ${i + 1}: ${MB(h - heaps[0])} MB over one run, bound ${MB(bound)} MB`,
      );
    });
    report(`bound: ${MB(perRun)} MB of scalars per kept run + ${MB(margin)} MB`);
  });
});

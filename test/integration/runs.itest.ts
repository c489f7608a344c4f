// Runs kept per spec, in a real extension host: Compare… adds variants (called with arguments that
// skip its questions), a compare: file trains the file and each variant from one seed, at most 8 runs
// are kept with at most two live workers, and keeping 8 runs of the flower example grows the host's
// heap by no more than those runs' scalars.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { Trainer } from '../../src/core/training/trainer';
import type { PanelReadout } from '../../src/extension/specPanel';
import { LIVE_STARTS, MAX_RUNS } from '../../src/node/runHistory';
import { api, discardCopies, example, open, openCopy, until } from './helpers';

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
    const io = { baseDir: example('.').fsPath, readFile: (p: string) => readFileSync(p, 'utf8') };
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

  test(`each run is kept with what changed; at most ${MAX_RUNS} runs and ${LIVE_STARTS} live workers`, async function () {
    this.timeout(240_000);
    const doc = await openCopy('xor.nnspec');
    const rates = [1, 0.5, 2, 0.25, 1.5, 0.75, 3, 0.1, 1.25];
    let view: PanelReadout | undefined;
    for (const [k, lr] of rates.entries()) {
      if (k > 0) await setLearningRate(doc, lr);
      view = await train(doc);
      assert.ok(view.runs.length <= MAX_RUNS, `${view.runs.length} runs kept after run ${k + 1}`);
      assert.ok(view.liveWorkers <= LIVE_STARTS, `${view.liveWorkers} workers alive after run ${k + 1}`);
    }
    const runs = view!.runs;
    assert.equal(runs.length, MAX_RUNS);
    assert.deepEqual(
      runs.map((r) => r.number),
      [9, 8, 7, 6, 5, 4, 3, 2],
    );
    assert.deepEqual(
      runs.map((r) => r.label),
      rates
        .slice(1)
        .map((lr, i) => `learning_rate ${rates[i]} → ${lr}`)
        .reverse(),
    );
    assert.deepEqual(
      runs.map((r) => r.live),
      [true, true, false, false, false, false, false, false],
    );
    assert.ok(runs.every((r) => r.status === 'done' && r.final !== undefined));
    await drained(view!);
  });

  test(`keeping ${MAX_RUNS} runs of the flower example grows the host's heap by no more than their scalars`, async function () {
    this.timeout(300_000);
    const doc = await open('planar-flower.nnspec');
    const view = await train(doc);
    await drained(view);
    // The panel goes behind the spec's editor: a hidden webview takes no messages, so what is measured is
    // what the host keeps, not the messages a busy webview has yet to take in (VS Code holds those).
    const group = vscode.window.tabGroups.all.find((g) =>
      g.tabs.some((t) => t.input instanceof vscode.TabInputWebview),
    );
    await vscode.window.showTextDocument(doc, { viewColumn: group?.viewColumn, preview: false });
    await until(() => view.inFlight === 0, 'the hidden panel to take nothing more');
    const heaps: number[] = [];
    for (let k = 1; k <= MAX_RUNS + 1; k++) {
      if (k > 1) {
        // Play on a finished run starts a new one, without bringing the panel forward.
        await vscode.commands.executeCommand('nnspec.togglePause', doc.uri);
        await until(
          () => view.runs.length > 0 && view.runs[0].number === k && view.runs[0].status === 'done',
          `run ${k} to finish`,
          120_000,
        );
      }
      await new Promise((r) => setTimeout(r, 300)); // the last reports flushed
      heaps.push(heapUsed());
      report(
        `run ${k}: host heap and array buffers ${MB(heaps.at(-1)!)} MB (${MB(heaps.at(-1)! - heaps[0])} MB over one run), ${view.runs.length} runs kept, ${view.liveWorkers} workers alive`,
      );
    }
    // A kept run's scalars: per step J, accuracy, the step and ||dW[l]|| per layer (8 bytes each, StepColumns),
    // and its last boundary's outputs (resolution² numbers, 60² by default).
    const steps = view.runs[0].totalSteps;
    const layers = 2;
    const perRun = steps * (3 + layers) * 8 + 60 * 60 * 8;
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

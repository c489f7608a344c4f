// A long run in the real editor: 500,000 steps of XOR at the panel's default pace (about 3 minutes)
// with the panel open. The extension host's heap stays flat (the run's record is bounded), the panel
// keeps asking for and getting the newest snapshot (at least one every 10 s), and the host's requests to
// the worker keep being answered, all through the run.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelReadout, SpecPanel } from '../../src/extension/specPanel';
import { isFinished } from '../../src/core/training/runStatus';
import { api, discardCopies, example, openText, report, until } from './helpers';
import { median } from '../stats';

const STEPS = 500_000;
/**
 * How much the host's heap may grow from the first third of the run to the last. The record a run
 * keeps is bounded at 20,000 points of about 100 bytes (2 MB); a record of every step would add about
 * 33 MB from the first third to the last of 500,000 steps, twice this margin, while the medians of a
 * heap sampled without forcing garbage collection move by a few MB.
 */
const MARGIN_MB = 16;

interface Sample {
  seconds: number;
  steps: number;
  heapMB: number;
  /** Snapshots the webview asked for and got (each asked only once the previous one arrived). */
  snapshotsToPanel: number;
  progressToPanel: number;
  /** A request from the host to the worker and back, during the run. */
  roundTripMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sample(view: PanelReadout, started: number): Promise<Sample> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const t = performance.now();
  const reply = await (view as SpecPanel).run?.snapshot(Math.max(0, view.stepsRun - 1));
  const answered = reply !== undefined && (typeof reply !== 'string' || view.status !== 'running');
  assert.ok(answered, `the worker did not answer a snapshot request: ${JSON.stringify(reply)}`);
  return {
    seconds: (Date.now() - started) / 1000,
    steps: view.stepsRun,
    heapMB,
    snapshotsToPanel: view.posted.snapshot ?? 0,
    progressToPanel: view.posted.progress ?? 0,
    roundTripMs: performance.now() - t,
  };
}

suite('soak', () => {
  suiteSetup(async () => {
    await api();
  });
  suiteTeardown(discardCopies);

  test('500,000 steps of XOR with the panel open: a flat host heap and a panel that keeps answering', async function () {
    this.timeout(600_000);
    const text = (await vscode.workspace.fs.readFile(example('xor.nnspec'))).toString();
    const doc = await openText(text.replace('iterations: 1000', `iterations: ${STEPS}`));
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.ready && view.stepsRun > 0, 'the run to start in the panel', 30_000);
    const started = Date.now();
    const samples: Sample[] = [];
    while (!isFinished(view.status)) {
      await sleep(1000);
      samples.push(await sample(view, started));
    }
    const seconds = (Date.now() - started) / 1000;
    assert.equal(view.status, 'done');
    assert.equal(view.stepsRun, STEPS);
    assert.ok(samples.length >= 6, `only ${samples.length} samples in ${seconds} s`);
    const third = Math.floor(samples.length / 3);
    const [first, middle, last] = [samples.slice(0, third), samples.slice(third, -third), samples.slice(-third)];
    const heap = [first, middle, last].map((s) => median(s.map((x) => x.heapMB)));
    const trips = samples.map((s) => s.roundTripMs);
    report(
      `soak: ${STEPS} steps in ${seconds.toFixed(1)} s; host heap medians by third ${heap.map((h) => h.toFixed(1)).join(' / ')} MB ` +
        `(samples ${samples.map((s) => s.heapMB.toFixed(0)).join(' ')}); snapshots to the panel ${samples.at(-1)!.snapshotsToPanel}, ` +
        `progress messages ${samples.at(-1)!.progressToPanel}; host-worker round trip median ${median(trips).toFixed(0)} ms, max ${Math.max(...trips).toFixed(0)} ms`,
    );
    assert.ok(heap[2] - heap[0] < MARGIN_MB, `the host heap grew by ${(heap[2] - heap[0]).toFixed(1)} MB`);
    // The panel kept up: without flow control it fell minutes behind and got 3 to 6 snapshots in the whole run.
    const snapshots = samples.at(-1)!.snapshotsToPanel;
    assert.ok(snapshots >= seconds / 10, `${snapshots} snapshots reached the panel in ${seconds.toFixed(0)} s`);
    // The panel answered in every part of the run: its snapshot requests and the progress kept flowing.
    for (const part of [first, middle, last]) {
      const grew = (key: 'snapshotsToPanel' | 'progressToPanel') => part.at(-1)![key] > part[0][key];
      assert.ok(grew('snapshotsToPanel') && grew('progressToPanel'), `panel traffic: ${JSON.stringify(part)}`);
    }
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview);
    await vscode.window.tabGroups.close(tabs);
  });
});

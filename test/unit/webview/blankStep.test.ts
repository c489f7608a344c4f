// The step the matrix sections draw: the one on screen, else step 0 laid out blank from the analysis of a
// spec that can train (the same object while its sizes stay), else none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalysisMessage, SnapshotDTO } from '../../../src/protocol';
import { drawnExamples, drawnStep } from '../../../webview/blankStep';
import { initialState, reduce, type ViewState } from '../../../webview/state';

const analysis = (sizes: number[], m: number, runnable = true): AnalysisMessage => ({
  type: 'analysis',
  name: 'net',
  fileName: 'net.nnspec',
  uri: 'file:///net.nnspec',
  exampleAxis: 1,
  diagnostics: [],
  runnable,
  firstStep: { sizes, m },
});
const withAnalysis = (a: AnalysisMessage, s: ViewState = initialState()) => reduce(s, a).state;

describe('blank first step', () => {
  test('a spec that can train, with no step on screen, gets step 0 at its shapes and no values', () => {
    const step = drawnStep(withAnalysis(analysis([2, 4, 1], 400)));
    assert.ok(step?.blank);
    const s = step.snapshot;
    assert.deepEqual([s.X.rows, s.X.cols], [2, 400]);
    assert.deepEqual([s.layers[0].W.rows, s.layers[0].W.cols], [4, 2]);
    assert.deepEqual([s.layers[1].A.rows, s.layers[1].A.cols], [1, 400]);
    assert.equal(drawnExamples(withAnalysis(analysis([2, 4, 1], 400)), step).indices.length, 400);
  });

  test('a 784-256-10 step is laid out at its sample, as it will be sent', () => {
    const s = drawnStep(withAnalysis(analysis([784, 256, 10], 128)))!.snapshot;
    assert.deepEqual([s.layers[0].W.rows, s.layers[0].W.cols], [76, 76]); // as the worker samples a reply (test/unit/node/blankSnapshot.test.ts)
    assert.deepEqual([s.layers[0].W.of?.rows, s.layers[0].W.of?.cols], [256, 784]);
  });

  test('the same sizes give the same object; others a new one', () => {
    const a = drawnStep(withAnalysis(analysis([2, 4, 1], 400)))!.snapshot;
    assert.equal(drawnStep(withAnalysis(analysis([2, 4, 1], 400)))!.snapshot, a);
    assert.notEqual(drawnStep(withAnalysis(analysis([2, 5, 1], 400)))!.snapshot, a);
  });

  test('nothing for a spec that cannot train or without sizes', () => {
    assert.equal(drawnStep(withAnalysis(analysis([2, 4, 1], 400, false))), undefined);
    assert.equal(drawnStep(withAnalysis({ ...analysis([2, 4, 1], 400), firstStep: undefined })), undefined);
    assert.equal(drawnStep(initialState()), undefined);
  });

  test('a step on screen is drawn as it is, with the chosen examples', () => {
    const shown: SnapshotDTO = {
      ...drawnStep(withAnalysis(analysis([2, 4, 1], 3)))!.snapshot,
      step: 7,
      cost: 0.25,
    };
    let s = withAnalysis(analysis([2, 4, 1], 3));
    s = reduce(s, { type: 'status', runId: 1, status: 'paused', stale: false, stepsRun: 8, totalSteps: 10 }).state;
    s = reduce(s, { type: 'snapshotSteps', runId: 1, steps: [7] }).state;
    s = reduce(s, { type: 'snapshot', runId: 1, inReplyTo: 1, snapshot: shown }).state;
    const step = drawnStep(s);
    assert.ok(step);
    assert.equal(step.blank, false);
    assert.equal(step.snapshot, shown);
    s = reduce(s, { type: 'chooseExamples', choice: { by: 'range', first: 1, last: 2 } }).state;
    assert.deepEqual(drawnExamples(s, step).indices, [1, 2]);
  });
});

// The panel's run list in Node: the host's list, ticks, the other runs' series, the boundaries compared.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BoundaryDTO, HostMessage, RunSummary, StatusMessage, StepPoint } from '../../../src/protocol';
import { comparedBoundaries, currentSuffix, overlays, wantedBoundaries } from '../../../webview/comparison';
import { runName } from '../../../webview/runsState';
import { squareBoundary } from '../squareBoundary';
import { initialState, reduce, type PanelEvent, type ViewState } from '../../../webview/state';

const points = (runId: number, from: number, to: number): HostMessage => ({
  type: 'progress',
  runId,
  points: Array.from({ length: to - from }, (_, i): StepPoint => ({ step: from + i, cost: runId + i, gradNorms: [1] })),
  testPoints: [],
});
const status = (runId: number, stepsRun: number, s: StatusMessage['status'] = 'running'): StatusMessage => ({
  type: 'status',
  runId,
  status: s,
  stale: false,
  stepsRun,
  totalSteps: 100,
});
const boundary = (runId: number, step: number, inReplyTo?: number): HostMessage => {
  const b = squareBoundary(step, [0, 1, 0, 1]);
  return inReplyTo === undefined
    ? { type: 'boundary', runId, boundary: b }
    : { type: 'boundary', runId, inReplyTo, boundary: b };
};
const summary = (runId: number, number: number, label: string, o: Partial<RunSummary> = {}): RunSummary => ({
  runId,
  number,
  label,
  experiment: runId,
  status: 'done',
  stale: false,
  stepsRun: 100,
  totalSteps: 100,
  overlaid: false,
  live: false,
  ...o,
});

function fold(ms: (HostMessage | PanelEvent)[], s: ViewState = initialState()): ViewState {
  return ms.reduce((acc, m) => reduce(acc, m).state, s);
}

/** Run 1 done (its worker ended), run 2 done (worker alive), run 3 current with its variant 4 drawn. */
const list: HostMessage = {
  type: 'runs',
  current: 3,
  runs: [
    summary(4, 4, 'zero init', { variant: 'zero init', experiment: 3, overlaid: true, live: true, status: 'running' }),
    summary(3, 3, 'the file', { live: true, status: 'running' }),
    summary(2, 2, 'learning_rate 1.2 → 0.5', { live: true }),
    summary(1, 1, 'first run'),
  ],
};

describe('panel run list', () => {
  test('the host list makes its current run the one followed; a variant that is drawn gets its own series', () => {
    const s = fold([list, status(3, 10), points(3, 0, 10), status(4, 8), points(4, 0, 8)]);
    assert.equal(s.run?.runId, 3, "the variant's higher id does not take over the panel");
    assert.equal(s.run?.series.points.length, 10);
    assert.equal(s.runs.others[4]?.series.points.length, 8);
    assert.equal(s.runs.others[4]?.status?.stepsRun, 8);
    assert.deepEqual(
      overlays(s).map((o) => o.name),
      ['#4 zero init'],
    );
    assert.equal(currentSuffix(s), ' · #3 the file');
  });

  test('messages of a run not ticked change nothing; ticking it holds its series, unticking drops them', () => {
    let s = fold([list]);
    const r = reduce(s, points(2, 0, 5));
    assert.equal(r.state, s);
    assert.deepEqual(r.changed, []);
    s = fold([{ type: 'overlay', runId: 2, shown: true }, points(2, 0, 100), status(2, 100, 'done')], s);
    assert.equal(s.runs.list.find((x) => x.runId === 2)?.overlaid, true);
    assert.equal(s.runs.others[2]?.series.points.length, 100);
    assert.deepEqual(
      overlays(s).map((o) => o.summary.runId),
      [2, 4],
      'oldest first',
    );
    s = fold([{ type: 'overlay', runId: 2, shown: false }], s);
    assert.equal(s.runs.others[2], undefined);
    assert.equal(currentSuffix(fold([{ type: 'overlay', runId: 4, shown: false }], s)), '', 'no overlay, no suffix');
  });

  test('a new list whose current run is newer starts over; the old current run becomes one to tick', () => {
    let s = fold([list, status(3, 100, 'done'), points(3, 0, 100)]);
    s = fold(
      [
        {
          type: 'runs',
          current: 5,
          runs: [summary(5, 5, 'no change', { status: 'idle' }), ...(list.type === 'runs' ? list.runs : [])],
        },
      ],
      s,
    );
    assert.equal(s.run?.runId, 5);
    assert.deepEqual(s.run?.series.points, []);
    assert.deepEqual(Object.keys(s.runs.others), ['4'], 'the variant is still ticked');
    s = fold([points(3, 0, 3)], s);
    assert.equal(s.runs.others[3], undefined, 'run 3 is not drawn until ticked');
  });

  test('names of runs are capped for legends', () => {
    assert.equal(runName(summary(1, 12, 'x'.repeat(80))).length, 40);
    assert.ok(runName(summary(1, 12, 'x'.repeat(80))).endsWith('…'));
  });
});

describe('boundaries side by side', () => {
  test('while the current run plays, each run shows its own latest boundary and nothing is asked', () => {
    const s = fold([list, status(3, 50), boundary(3, 50), boundary(4, 47)]);
    const c = comparedBoundaries(s);
    assert.equal(c.step, 50);
    assert.deepEqual(
      c.runs.map((r) => [r.runId, r.boundary?.step]),
      [
        [3, 50],
        [4, 47],
      ],
    );
    assert.deepEqual(wantedBoundaries(s), []);
  });

  test('once the step stays put (picked, or the run ended) a live run is asked for that step, a dead one is not', () => {
    let s = fold([
      list,
      { type: 'overlay', runId: 1, shown: true },
      boundary(1, 100),
      status(3, 60),
      boundary(3, 60),
      boundary(4, 58),
    ]);
    s = fold([{ type: 'pin', step: 20 }], s);
    assert.deepEqual(wantedBoundaries(s), [], "the picked step's own snapshot is not in yet");
    s = fold(
      [
        {
          type: 'snapshot',
          runId: 3,
          inReplyTo: 1,
          snapshot: {
            step: 20,
            cost: 0,
            exampleAxis: 1,
            X: { rows: 0, cols: 0, data: new Float64Array(0) },
            Y: { rows: 0, cols: 0, data: new Float64Array(0) },
            layers: [],
          },
          boundary: (boundary(3, 20) as { boundary: BoundaryDTO }).boundary,
        },
      ],
      s,
    );
    assert.equal(comparedBoundaries(s).step, 20);
    assert.deepEqual(
      wantedBoundaries(s),
      [{ runId: 4, step: 20 }],
      'run 1 has no worker: its last boundary is all there is',
    );
    s = fold([boundary(4, 20, 7)], s);
    assert.deepEqual(wantedBoundaries(s), []);
    assert.deepEqual(
      comparedBoundaries(s).runs.map((r) => [r.runId, r.boundary?.step]),
      [
        [3, 20],
        [1, 100],
        [4, 20],
      ],
    );
    // The live boundary of the variant goes on, but the map keeps the step asked for.
    s = fold([boundary(4, 70)], s);
    assert.equal(comparedBoundaries(s).runs[2].boundary?.step, 20);
  });
});

// The panel's reducer, in Node: runs by id, the series bounded, the step to fetch, the boundary on screen,
// the selected entry and the choice of examples.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isExampleChoice,
  isHostMessage,
  isMatrixEntry,
  type BoundaryDTO,
  type HostMessage,
  type SnapshotDTO,
  type StatusMessage,
  type StepPoint,
} from '../../../src/protocol';
import {
  appendProgress,
  blockedByErrors,
  initialState,
  MAX_SERIES_POINTS,
  reduce,
  shownBoundary,
  wantedStep,
  type ViewState,
} from '../../../webview/state';
import { squareBoundary } from '../squareBoundary';

const points = (from: number, to: number): StepPoint[] =>
  Array.from({ length: to - from }, (_, i) => ({ step: from + i, cost: 1 / (from + i + 1), gradNorms: [0.1] }));
const status = (runId: number, stepsRun: number, s: StatusMessage['status'] = 'running'): StatusMessage => ({
  type: 'status',
  runId,
  status: s,
  stale: false,
  stepsRun,
  totalSteps: 100,
});
const boundary = (step: number): BoundaryDTO => squareBoundary(step);
const snapshot = (step: number): SnapshotDTO => ({
  step,
  cost: 0.5,
  exampleAxis: 1,
  X: { rows: 0, cols: 0, data: new Float64Array(0) },
  Y: { rows: 0, cols: 0, data: new Float64Array(0) },
  layers: [],
});

function fold(messages: HostMessage[], s: ViewState = initialState()): ViewState {
  return messages.reduce((acc, m) => reduce(acc, m).state, s);
}

describe('panel state', () => {
  test('a message of a newer run starts it over: series, snapshot, pinned step and boundary go', () => {
    const s1 = fold([
      status(1, 30),
      { type: 'progress', runId: 1, points: points(0, 30), testPoints: [] },
      { type: 'snapshotSteps', runId: 1, steps: [0, 10, 29] },
      { type: 'snapshot', runId: 1, inReplyTo: 1, snapshot: snapshot(10), boundary: boundary(10) },
    ]);
    const pinned = reduce(s1, { type: 'pin', step: 10 }).state;
    assert.equal(pinned.pinnedStep, 10);
    const r = reduce(pinned, status(2, 0, 'idle'));
    assert.equal(r.state.run?.runId, 2);
    assert.deepEqual(r.state.run?.series.points, []);
    assert.equal(r.state.shown, undefined);
    assert.equal(r.state.pinnedStep, undefined);
    assert.ok(r.changed.includes('timeline') && r.changed.includes('loss') && r.changed.includes('backprop'));
  });

  test("an older run's messages are ignored, whatever their order", () => {
    const s = fold([status(2, 5), { type: 'progress', runId: 2, points: points(0, 5), testPoints: [] }]);
    const r = reduce(s, { type: 'progress', runId: 1, points: points(0, 900), testPoints: [] });
    assert.equal(r.state, s);
    assert.deepEqual(r.changed, []);
  });

  test('a reloaded panel keeps the step picked before the reload for the first run it hears of', () => {
    const s = fold(
      [status(7, 40), { type: 'snapshotSteps', runId: 7, steps: [0, 5, 39] }],
      initialState({ pinnedStep: 5 }),
    );
    assert.equal(s.pinnedStep, 5);
    assert.equal(wantedStep(s), 5);
  });

  test('the wanted step is the pinned one, else the newest kept one; none before anything is kept', () => {
    let s = fold([status(1, 0, 'idle')]);
    assert.equal(wantedStep(s), undefined);
    s = fold([{ type: 'snapshotSteps', runId: 1, steps: [0, 1, 2] }], s);
    assert.equal(wantedStep(s), 2);
    s = reduce(s, { type: 'pin', step: 1 }).state;
    assert.equal(wantedStep(s), 1);
    s = reduce(s, { type: 'pin', step: undefined }).state;
    assert.equal(wantedStep(s), 2);
  });

  test('the boundary follows the pinned snapshot, else the live run', () => {
    let s = fold([
      status(1, 50),
      { type: 'boundary', runId: 1, boundary: boundary(50) },
      { type: 'snapshot', runId: 1, inReplyTo: 3, snapshot: snapshot(0), boundary: boundary(0) },
    ]);
    assert.equal(shownBoundary(s)?.step, 50);
    s = reduce(s, { type: 'pin', step: 0 }).state;
    s = reduce(s, { type: 'boundary', runId: 1, boundary: boundary(60) }).state;
    assert.equal(shownBoundary(s)?.step, 0);
    s = reduce(s, { type: 'pin', step: undefined }).state;
    assert.equal(shownBoundary(s)?.step, 60);
  });

  test('progress appends only steps after the last one (a replay may repeat some) and is thinned past its bound', () => {
    let series = appendProgress({ points: [], test: [], generation: 0 }, points(0, 10), []);
    series = appendProgress(series, points(5, 15), [{ step: 12, cost: 0.3 }]);
    assert.deepEqual(
      series.points.map((p) => p.step),
      Array.from({ length: 15 }, (_, i) => i),
    );
    assert.equal(series.test.length, 1);
    const long = appendProgress(series, points(15, MAX_SERIES_POINTS + 500), []);
    assert.ok(long.points.length <= MAX_SERIES_POINTS);
    assert.equal(long.points.at(-1)?.step, MAX_SERIES_POINTS + 499);
    assert.equal(long.generation, series.generation + 1, 'thinning tells the charts to start over');
  });

  test('gradient check: pending until its reply; an error without a run shows and ends the wait', () => {
    let s = reduce(initialState(), { type: 'gradcheckRequested' }).state;
    assert.equal(s.gradcheckPending, true);
    s = reduce(s, { type: 'error', inReplyTo: 4, message: 'The spec cannot be trained' }).state;
    assert.equal(s.gradcheckPending, false);
    assert.equal(s.error, 'The spec cannot be trained');
    s = fold([status(3, 0, 'idle'), { type: 'gradcheck', runId: 3, inReplyTo: 5, rows: [] }], s);
    assert.deepEqual(s.run?.gradcheck, []);
    assert.equal(s.error, undefined);
  });

  test('training is blocked when the spec has an error', () => {
    const analysis = (runnable: boolean): HostMessage => ({
      type: 'analysis',
      name: 'x',
      fileName: 'x.nnspec',
      uri: 'file:///x.nnspec',
      exampleAxis: 1,
      diagnostics: runnable
        ? []
        : [
            {
              severity: 'error',
              code: 'missing-key',
              message: 'm',
              range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
            },
          ],
      runnable,
    });
    assert.equal(blockedByErrors(fold([analysis(false)])), true);
    assert.equal(blockedByErrors(fold([analysis(true)])), false);
  });

  test("the points follow the page's analysis: added to that one only, redrawing the boundaries", () => {
    const pts = { x: [0.5, -1], y: [2, 0.25], label: [1, 0], test: [false, true] };
    const analysis = (version: number): HostMessage => ({
      type: 'analysis',
      name: 'x',
      fileName: 'x.nnspec',
      uri: 'file:///x.nnspec',
      version,
      exampleAxis: 1,
      diagnostics: [],
      runnable: true,
    });
    const message = { type: 'points', uri: 'file:///x.nnspec', version: 3, points: pts } as const;
    assert.ok(isHostMessage(message));
    const r = reduce(fold([analysis(3)]), message);
    assert.deepEqual(r.state.analysis?.points, pts);
    assert.deepEqual(r.changed, ['boundary', 'compare']);
    assert.equal(r.state.analysis?.version, 3, 'the rest of the analysis is kept');
    // Points of an older version, of another file, or before any analysis change nothing.
    for (const [s, m] of [
      [fold([analysis(4)]), message],
      [fold([analysis(3)]), { ...message, uri: 'file:///y.nnspec' }],
      [initialState(), message],
    ] as const) {
      const dropped = reduce(s, m);
      assert.equal(dropped.state, s);
      assert.deepEqual(dropped.changed, []);
    }
    // An analysis that came with its own points keeps them.
    const own = { x: [9], y: [9], label: [0], test: [false] };
    const withOwn = fold([{ ...analysis(3), points: own } as HostMessage]);
    assert.equal(reduce(withOwn, message).state.analysis?.points, own);
  });
});

describe('selection and choice of examples', () => {
  const entry = { matrix: 'dZ' as const, layer: 1, row: 2, col: 4 };
  const big = (step: number): SnapshotDTO => {
    const m = (rows: number, cols: number) => ({ rows, cols, data: new Float64Array(rows * cols).fill(step) });
    const layer = {
      W: m(3, 2),
      b: m(3, 1),
      Z: m(3, 6),
      A: m(3, 6),
      dA: m(3, 6),
      dZ: m(3, 6),
      dW: m(3, 2),
      db: m(3, 1),
    };
    return { step, cost: 1, exampleAxis: 1, X: m(2, 6), Y: m(3, 6), layers: [layer] };
  };
  const shown = (step: number, snap = big(step)): HostMessage => ({
    type: 'snapshot',
    runId: 1,
    inReplyTo: step,
    snapshot: snap,
  });

  test('a selected entry is kept across steps and redraws the matrices and the entry', () => {
    let s = fold([status(1, 5), shown(0)]);
    const r = reduce(s, { type: 'select', entry });
    assert.deepEqual(r.state.selected, entry);
    for (const part of ['forward', 'backprop', 'network', 'entry'] as const) assert.ok(r.changed.includes(part), part);
    s = fold([shown(1)], r.state);
    assert.deepEqual(s.selected, entry);
    assert.equal(reduce(s, { type: 'select', entry: undefined }).state.selected, undefined);
  });

  test("the editor's selection: an entry as if clicked, or J, which replaces the entry and is asked again each time", () => {
    let s = fold([status(1, 5), shown(0)]);
    s = reduce(s, { type: 'selectEntry', entry }).state;
    assert.deepEqual(s.selected, entry);
    const r = reduce(s, { type: 'selectEntry', entry: 'J' });
    assert.equal(r.state.selected, undefined);
    assert.equal(r.state.costAsked, s.costAsked + 1);
    assert.ok(r.changed.includes('entry'));
    assert.equal(reduce(r.state, { type: 'selectEntry', entry: 'J' }).state.costAsked, s.costAsked + 2);
    assert.equal(isHostMessage({ type: 'selectEntry', entry: 'J' }), true);
    assert.equal(isHostMessage({ type: 'selectEntry', entry: 'dW' }), false);
  });

  test('a snapshot without the entry (fewer examples, another network) drops the selection', () => {
    const s = fold([status(1, 5), shown(0)]);
    const selected = reduce(s, { type: 'select', entry: { ...entry, col: 5 } }).state;
    const fewer = big(1);
    fewer.layers[0].dZ = { rows: 3, cols: 4, data: new Float64Array(12) };
    assert.equal(fold([shown(1, fewer)], selected).selected, undefined);
    assert.deepEqual(fold([shown(1)], selected).selected, { ...entry, col: 5 });
  });

  test('the choice of examples: all until the student chooses, redrawn in both sections of matrices', () => {
    const s = initialState();
    assert.deepEqual(s.examples, { by: 'all' });
    const r = reduce(s, { type: 'chooseExamples', choice: { by: 'largestLoss', count: 10 } });
    assert.deepEqual(r.state.examples, { by: 'largestLoss', count: 10 });
    assert.deepEqual(r.changed, ['forward', 'backprop']);
  });

  test('a reloaded panel starts with the choices it had', () => {
    const s = initialState({ pinnedStep: 3, selected: entry, examples: { by: 'misclassified' } });
    assert.deepEqual([s.pinnedStep, s.selected, s.examples], [3, entry, { by: 'misclassified' }]);
  });

  test('saved choices are checked before they are used', () => {
    assert.equal(isMatrixEntry(entry), true);
    assert.equal(isMatrixEntry({ ...entry, matrix: 'Q' }), false);
    assert.equal(isMatrixEntry({ ...entry, row: -1 }), false);
    assert.equal(isExampleChoice({ by: 'range', first: 2, last: 9 }), true);
    assert.equal(isExampleChoice({ by: 'range', first: 9, last: 2 }), false);
    assert.equal(isExampleChoice({ by: 'largestLoss', count: 0 }), false);
    assert.equal(isExampleChoice({ by: 'class', label: 2 }), true);
    assert.equal(isExampleChoice({ by: 'sample' }), false);
    assert.equal(isExampleChoice(null), false);
  });
});

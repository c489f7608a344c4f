// RunRecord: reports merged until the panel's next update, the run replayed (bounded), the host's own statuses.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { BoundaryMessage, GradCheckMessage, ProgressMessage } from '../../../src/protocol';
import { MAX_REPLAYED_POINTS, RunRecord } from '../../../src/node/runRecord';
import { squareBoundary } from '../squareBoundary';
import type { WorkerStatus } from '../../../src/node/workerProtocol';

const RUN = 3;
const progress = (from: number, to: number): ProgressMessage => ({
  type: 'progress',
  runId: RUN,
  points: Array.from({ length: to - from }, (_, i) => ({ step: from + i, cost: 1 / (from + i + 1), gradNorms: [0.1] })),
  testPoints: [],
});
const status = (stepsRun: number, s: 'running' | 'done' = 'running'): WorkerStatus => ({
  type: 'status',
  runId: RUN,
  status: s,
  stepsRun,
  totalSteps: 100,
});
const boundary = (step: number): BoundaryMessage => ({
  type: 'boundary',
  runId: RUN,
  boundary: squareBoundary(step),
});

/** A record given three times as many steps as a replay keeps, in reports of 1000, none flushed. */
function longRun(): { record: RunRecord; total: number } {
  const record = new RunRecord(RUN);
  const total = 3 * MAX_REPLAYED_POINTS + 7;
  for (let s = 0; s < total; s += 1000) record.add(progress(s, Math.min(total, s + 1000)));
  return { record, total };
}

describe('RunRecord', () => {
  test('holds reports back until flush, then sends the steps in order and the latest status, with the run id', () => {
    const record = new RunRecord(RUN);
    record.add(progress(0, 3));
    record.add(status(3));
    record.add(progress(3, 5));
    record.add(status(5));
    const out = record.flush();
    assert.deepEqual(
      out.map((m) => m.type),
      ['progress', 'status'],
    );
    assert.deepEqual(out[0].type === 'progress' && out[0].points.map((p) => p.step), [0, 1, 2, 3, 4]);
    assert.deepEqual(out[1], { ...status(5), stale: false });
    assert.ok(out.every((m) => 'runId' in m && m.runId === RUN));
    assert.deepEqual(record.flush(), [], 'nothing new, nothing sent');
  });

  test('keeps only the latest boundary and list of kept steps of a batch', () => {
    const record = new RunRecord(RUN);
    record.add({ type: 'snapshotSteps', runId: RUN, steps: [0] });
    record.add({ type: 'snapshotSteps', runId: RUN, steps: [0, 1, 2] });
    record.add(boundary(1));
    record.add(boundary(7));
    const out = record.flush();
    assert.deepEqual(
      out.map((m) => m.type),
      ['snapshotSteps', 'boundary'],
    );
    assert.deepEqual(out[0].type === 'snapshotSteps' && out[0].steps, [0, 1, 2]);
    assert.equal(out[1].type === 'boundary' && out[1].boundary.step, 7);
  });

  test('a gradient check or an error goes out at once, after whatever was pending, and is replayed', () => {
    const record = new RunRecord(RUN);
    record.add(progress(0, 2));
    const check: GradCheckMessage = {
      type: 'gradcheck',
      runId: RUN,
      rows: [{ layer: 1, param: 'W', relativeError: 1e-9, maxAbsDiff: 1e-12 }],
    };
    assert.deepEqual(
      record.addImmediate(check).map((m) => m.type),
      ['progress', 'gradcheck'],
    );
    record.add(status(2, 'done'));
    assert.deepEqual(
      record.replay().map((m) => m.type),
      ['progress', 'status', 'gradcheck'],
    );
    assert.equal(record.lastPoint?.step, 1);
    assert.equal(record.status?.status, 'done');
  });

  test('a stale run says so in every status from then on; a run the host ended stays stopped', () => {
    const record = new RunRecord(RUN);
    record.add(status(10));
    record.flush();
    record.markStale('changed');
    assert.deepEqual(record.flush(), [{ ...status(10), stale: true, message: 'changed' }]);
    record.add(status(11));
    assert.equal(record.status?.message, 'changed');
    record.end('The spec was closed, so its run stopped.');
    record.add(status(12));
    assert.deepEqual(record.status, {
      type: 'status',
      runId: RUN,
      status: 'stopped',
      stale: false,
      stepsRun: 11,
      totalSteps: 100,
      message: 'The spec was closed, so its run stopped.',
    });
  });

  test('the replay of a long run is thinned to a bounded number of points, spanning the run to its last step', () => {
    const { record, total } = longRun();
    // Progress too long for one message comes in several, in order.
    const points = record.replay().flatMap((m) => (m.type === 'progress' ? m.points : []));
    assert.ok(points.length <= MAX_REPLAYED_POINTS, `${points.length} points`);
    assert.ok(points.length > MAX_REPLAYED_POINTS / 4);
    assert.equal(points[0].step, 0);
    assert.equal(points.at(-1)?.step, total - 1);
  });

  test('news of what the run does (an end, a pause, staleness) is told apart from steps alone', () => {
    const record = new RunRecord(RUN);
    assert.equal(record.stateChanged, false, 'nothing reported yet');
    record.add(status(1));
    assert.equal(record.stateChanged, true, 'the first status');
    record.flush();
    record.add(progress(1, 40));
    record.add(status(40));
    assert.equal(record.stateChanged, false, 'only further along');
    record.add(status(100, 'done'));
    assert.equal(record.stateChanged, true, 'the end');
    record.flush();
    record.markStale('The spec changed since this run started.');
    assert.equal(record.stateChanged, true, 'stale');
    record.flush();
    assert.equal(record.stateChanged, false);
  });

  test('reports held back for a panel behind on painting stay bounded and reach the latest step', () => {
    const { record, total } = longRun();
    const points = record.flush().flatMap((m) => (m.type === 'progress' ? m.points : []));
    assert.ok(points.length <= MAX_REPLAYED_POINTS, `${points.length} points`);
    assert.equal(points[0].step, 0);
    assert.equal(points.at(-1)?.step, total - 1);
  });

  test('ending a finished run keeps its outcome; compacting drops the hidden maps and the gradient check', () => {
    const record = new RunRecord(RUN);
    record.add(status(100, 'done'));
    const b = boundary(100);
    record.add({ ...b, boundary: { ...b.boundary, hidden: [Float64Array.of(0, 1, 0, 1)] } });
    record.addImmediate({ type: 'gradcheck', runId: RUN, rows: [] });
    record.end('The spec was closed, so its run stopped.');
    record.add(status(100, 'running'));
    assert.equal(record.status?.status, 'done');
    record.compact();
    const replayed = record.replay();
    assert.deepEqual(
      replayed.map((m) => m.type),
      ['boundary', 'status'],
    );
    const kept = replayed[0];
    assert.ok(kept.type === 'boundary');
    assert.deepEqual(kept.boundary.hidden, []);
    assert.deepEqual(kept.boundary.output, b.boundary.output);
  });
});

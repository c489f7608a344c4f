import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { HostMessage } from '../../../src/protocol';
import { RunLog } from '../../../src/node/runLog';

const progress = (from: number, to: number): HostMessage => ({
  type: 'progress',
  points: Array.from({ length: to - from }, (_, i) => ({ step: from + i, cost: 1 / (from + i + 1), gradNorms: [0.1] })),
  testPoints: [],
});
const status = (step: number, s: 'running' | 'done' = 'running'): HostMessage => ({
  type: 'status',
  status: s,
  step,
  totalSteps: 100,
});

describe('RunLog', () => {
  test('holds progress and status back until flush, then sends the steps in order and the latest status', () => {
    const log = new RunLog();
    assert.deepEqual(log.add(progress(0, 3)), []);
    assert.deepEqual(log.add(status(3)), []);
    assert.deepEqual(log.add(progress(3, 5)), []);
    assert.deepEqual(log.add(status(5)), []);
    const out = log.flush();
    assert.equal(out.length, 2);
    assert.equal(out[0].type, 'progress');
    assert.deepEqual(out[0].type === 'progress' && out[0].points.map((p) => p.step), [0, 1, 2, 3, 4]);
    assert.deepEqual(out[1], status(5));
    assert.deepEqual(log.flush(), [], 'nothing new, nothing sent');
  });

  test('keeps only the latest boundary and snapshot list of a batch', () => {
    const log = new RunLog();
    log.add({ type: 'snapshotSteps', steps: [0] });
    log.add({ type: 'snapshotSteps', steps: [0, 1, 2] });
    const b = (step: number): HostMessage => ({
      type: 'boundary',
      boundary: {
        step,
        xMin: 0,
        xMax: 1,
        yMin: 0,
        yMax: 1,
        resolution: 2,
        output: [0, 0, 1, 1],
        classes: 1,
        hidden: [],
      },
    });
    log.add(b(1));
    log.add(b(7));
    const out = log.flush();
    assert.deepEqual(
      out.map((m) => m.type),
      ['snapshotSteps', 'boundary'],
    );
    assert.deepEqual(out[0].type === 'snapshotSteps' && out[0].steps, [0, 1, 2]);
    assert.equal(out[1].type === 'boundary' && out[1].boundary.step, 7);
  });

  test('sends snapshots, gradient checks and errors at once, after whatever was pending', () => {
    const log = new RunLog();
    log.add(progress(0, 2));
    const snap: HostMessage = {
      type: 'snapshot',
      snapshot: {
        step: 1,
        cost: 0.5,
        X: { rows: 0, cols: 0, data: [] },
        Y: { rows: 0, cols: 0, data: [] },
        layers: [],
      },
    };
    const out = log.add(snap);
    assert.deepEqual(
      out.map((m) => m.type),
      ['progress', 'snapshot'],
    );
    assert.deepEqual(log.add({ type: 'error', message: 'boom' }), [{ type: 'error', message: 'boom' }]);
  });

  test('replays the whole run for a panel that reloads', () => {
    const log = new RunLog();
    log.add(progress(0, 3));
    log.flush();
    log.add(progress(3, 4));
    log.add(status(4, 'done'));
    log.flush();
    log.add({ type: 'gradcheck', rows: [{ layer: 1, param: 'W', relativeError: 1e-9, maxAbsDiff: 1e-12 }] });
    const replay = log.replay();
    assert.deepEqual(
      replay.map((m) => m.type),
      ['progress', 'status', 'gradcheck'],
    );
    assert.deepEqual(replay[0].type === 'progress' && replay[0].points.map((p) => p.step), [0, 1, 2, 3]);
    assert.equal(log.lastPoint?.step, 3);
    assert.equal(log.status?.status, 'done');
  });

  test('setStatus replaces the status both pending and replayed', () => {
    const log = new RunLog();
    log.add(status(10));
    log.setStatus({ type: 'status', status: 'stale', step: 10, totalSteps: 100, message: 'changed' });
    assert.deepEqual(log.flush(), [{ type: 'status', status: 'stale', step: 10, totalSteps: 100, message: 'changed' }]);
    assert.equal(log.replay()[0].type === 'status' && log.replay()[0], log.status);
    assert.equal(log.status?.status, 'stale');
  });
});

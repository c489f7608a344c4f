// RunHistory: the spec's runs kept per panel, their labels, the ticks, and which workers live.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileRunLabel, LIVE_STARTS, MAX_RUNS, RunHistory, type RunTrainer } from '../../../src/node/runHistory';
import { RunRecord } from '../../../src/node/runRecord';

/** Stands in for a RunWorker: records per run, and what the history asked of it. */
class FakeWorker implements RunTrainer {
  alive = true;
  stopped = 0;
  retiredWith?: string;
  disposed = false;
  readonly records = new Map<number, RunRecord>();

  constructor(runIds: number[], status: 'running' | 'done' = 'done') {
    for (const id of runIds) {
      const r = new RunRecord(id);
      r.add({ type: 'status', runId: id, status, stepsRun: status === 'done' ? 10 : 4, totalSteps: 10 });
      this.records.set(id, r);
    }
  }
  recordOf(runId: number) {
    return this.records.get(runId);
  }
  stopRuns() {
    this.stopped++;
  }
  retire(message: string) {
    this.retiredWith = message;
    for (const r of this.records.values()) r.end(message);
    this.alive = false;
  }
  forget(runId: number) {
    this.records.delete(runId);
  }
  dispose() {
    this.disposed = true;
    this.alive = false;
  }
}

const spec = (lr: number, extra = '') => `name: x\ntraining:\n  learning_rate: ${lr}\n  iterations: 10\n${extra}`;

describe('RunHistory', () => {
  test('labels each run with what changed since the run before; variants by their names', () => {
    const h = new RunHistory<FakeWorker>();
    h.add(new FakeWorker([1]), spec(1.2), [{ runId: 1 }]);
    h.add(new FakeWorker([2]), spec(0.5), [{ runId: 2 }]);
    h.add(new FakeWorker([3]), spec(0.5), [{ runId: 3 }]);
    const compare = '\ncompare:\n  - name: lr 0.1\n    set: { training.learning_rate: 0.1 }\n';
    h.add(new FakeWorker([4, 5]), spec(0.5, compare), [{ runId: 4 }, { runId: 5, variant: 'lr 0.1' }]);
    assert.deepEqual(
      h.summaries().map((r) => [r.number, r.label, r.variant, r.experiment]),
      [
        [5, 'lr 0.1', 'lr 0.1', 4],
        [4, 'the file: + compare', undefined, 4],
        [3, 'no change', undefined, 3],
        [2, 'learning_rate 1.2 → 0.5', undefined, 2],
        [1, 'first run', undefined, 1],
      ],
    );
    assert.equal(h.current, 4);
    assert.equal(fileRunLabel(undefined, true), 'the file');
  });

  test("a compare: file's variants are drawn from the start; the student ticks and unticks older runs", () => {
    const h = new RunHistory<FakeWorker>();
    h.add(new FakeWorker([1]), spec(1), [{ runId: 1 }]);
    h.add(new FakeWorker([2, 3, 4]), spec(1), [{ runId: 2 }, { runId: 3, variant: 'a' }, { runId: 4, variant: 'b' }]);
    assert.deepEqual(h.overlaid(), [3, 4]);
    assert.equal(h.drawn(2), true, 'the current run is always drawn');
    assert.equal(h.drawn(1), false);
    assert.equal(h.setOverlaid(1, true), true);
    assert.equal(h.setOverlaid(1, true), false, 'nothing changed');
    assert.equal(h.setOverlaid(2, false), false, 'the current run cannot be unticked');
    assert.equal(h.drawn(1), true);
    assert.equal(h.setOverlaid(3, false), true);
    assert.deepEqual(h.overlaid(), [1, 4]);
    assert.equal(h.setOverlaid(99, true), false, 'no such run');
  });

  test(`keeps the last ${MAX_RUNS} runs; only the latest ${LIVE_STARTS} starts keep a worker, older ones end`, () => {
    const h = new RunHistory<FakeWorker>();
    const workers: FakeWorker[] = [];
    for (let id = 1; id <= 11; id++) {
      const w = new FakeWorker([id], id === 10 ? 'running' : 'done');
      workers.push(w);
      h.add(w, spec(id), [{ runId: id }]);
      assert.ok(h.liveWorkers <= LIVE_STARTS, `${h.liveWorkers} workers alive after run ${id}`);
    }
    assert.equal(h.size, MAX_RUNS);
    assert.deepEqual(
      h.summaries().map((r) => r.runId),
      [11, 10, 9, 8, 7, 6, 5, 4],
    );
    assert.deepEqual(
      workers.map((w) => w.alive),
      [...Array(9).fill(false), true, true],
    );
    // The run before the current one is stopped where it is, its worker kept for its snapshots.
    assert.equal(workers[9].stopped, 1);
    assert.equal(h.summaries()[1].live, true);
    // Dropped runs' workers are disposed and their records forgotten; a finished run ended keeps its outcome.
    assert.ok(workers.slice(0, 3).every((w) => w.disposed && w.records.size === 0));
    assert.equal(workers[5].retiredWith, 'Stopped when newer runs started.');
    assert.equal(h.summaries().find((r) => r.runId === 6)?.status, 'done');
  });

  test('a run still going when newer runs retire its worker is stopped with the reason', () => {
    const h = new RunHistory<FakeWorker>();
    const first = new FakeWorker([1], 'running');
    h.add(first, spec(1), [{ runId: 1 }]);
    h.add(new FakeWorker([2]), spec(2), [{ runId: 2 }]);
    h.add(new FakeWorker([3]), spec(3), [{ runId: 3 }]);
    const r = h.summaries().find((x) => x.runId === 1);
    assert.equal(r?.status, 'stopped');
    assert.equal(r?.message, 'Stopped when newer runs started.');
    assert.equal(r?.live, false);
  });

  test('an experiment with more runs than the bound is kept whole', () => {
    const h = new RunHistory<FakeWorker>();
    h.add(new FakeWorker([1]), spec(1), [{ runId: 1 }]);
    const ids = Array.from({ length: 11 }, (_, i) => i + 2);
    h.add(
      new FakeWorker(ids),
      spec(1),
      ids.map((runId, i) => (i === 0 ? { runId } : { runId, variant: `v${i}` })),
    );
    assert.equal(h.size, 11);
    assert.deepEqual(h.summaries().at(-1)?.runId, 2);
    h.add(new FakeWorker([13]), spec(2), [{ runId: 13 }]);
    assert.equal(h.size, MAX_RUNS);
  });

  test('the summaries carry each run status, final figures and message from its record', () => {
    const h = new RunHistory<FakeWorker>();
    const w = new FakeWorker([1], 'running');
    const final = { cost: 0.25, accuracy: 0.9 };
    w.records
      .get(1)!
      .add({ type: 'status', runId: 1, status: 'done', stepsRun: 10, totalSteps: 10, message: 'Trained', final });
    h.add(w, spec(1), [{ runId: 1 }]);
    assert.deepEqual(h.summaries(), [
      {
        runId: 1,
        number: 1,
        label: 'first run',
        experiment: 1,
        status: 'done',
        stale: false,
        stepsRun: 10,
        totalSteps: 10,
        overlaid: false,
        live: true,
        message: 'Trained',
        final,
      },
    ]);
    h.dispose();
    assert.equal(w.disposed, true);
    assert.equal(h.size, 0);
  });
});

// The history keeps the scalars of every step (thinned beyond a size) and a bounded, thinned set of kept steps
// (deep copies of what the trainer needs to replay a step's snapshot).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { History } from '../../../src/core/training/history';
import { Trainer } from '../../../src/core/training/trainer';
import { makeDataset, makeSpec, matrix } from '../engine/fixtures';

const record = (step: number) => ({ step, cost: step, gradNorms: [] });

describe('History', () => {
  test('no copy is wasted: every step whose snapshot the policy asks for is kept, for any run length', () => {
    for (const options of [
      {},
      { first: 5, last: 3, thinned: 7 },
      { first: 0, last: 0, thinned: 10 },
      { first: 2, last: 0, thinned: 3 },
    ]) {
      for (let total = 1; total <= 1500; total++) {
        const h = new History(total, options);
        const copied: number[] = [];
        for (let t = 0; t < total; t++) {
          const take = h.wantsSnapshot(t);
          if (take) copied.push(t);
          h.add(record(t), take ? { step: t } : undefined);
        }
        assert.deepEqual(h.snapshotSteps(), copied, `${JSON.stringify(options)}, ${total} steps`);
      }
    }
  });

  test('a 100,000-step run keeps at most first + last + thinned snapshots, and every cost', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'sigmoid', W: [[0.1]], b: [[0]] }],
      loss: 'binary_cross_entropy',
      iterations: 100_000,
    });
    const trainer = new Trainer(spec, makeDataset(matrix(1, 2, [1, -1]), matrix(1, 2, [1, 0]), 'classification'));
    const h = trainer.history;
    let taken = 0;
    const add = h.add.bind(h);
    h.add = (r, kept) => {
      if (kept) taken++;
      add(r, kept);
    };
    while (trainer.next()) continue;
    assert.equal(h.costs.length, 100_000);
    assert.ok(h.costs.exact, 'every cost of 100,000 steps is kept');
    assert.equal(h.costs.values().length, 100_000);
    assert.equal(h.accuracies.length, 100_000);
    assert.deepEqual(
      h.gradNorms.map((g) => g.length),
      [100_000],
    );
    const steps = h.snapshotSteps();
    assert.ok(steps.length <= 50 + 20 + 100, `${steps.length} snapshots`);
    // Copies were only made for steps the history could keep (not for every step).
    assert.ok(taken < 1000, `${taken} snapshots taken`);
    for (let t = 0; t < 50; t++) assert.ok(steps.includes(t), `first step ${t}`);
    for (let t = 100_000 - 20; t < 100_000; t++) assert.ok(steps.includes(t), `last step ${t}`);
    assert.ok(steps.length > 50 + 20 + 50, 'the middle of the run is covered too');
    assert.deepEqual(
      steps,
      [...steps].sort((a, b) => a - b),
    );
    for (const t of steps) assert.equal(trainer.snapshot(t)!.step, t);
    assert.equal(trainer.snapshot(12_345 + (steps.includes(12_345) ? 1 : 0)), undefined);
  });

  test('snapshots asked for at every step stay bounded', () => {
    const h = new History(10_000, { first: 5, last: 3, thinned: 10 });
    for (let t = 0; t < 10_000; t++) h.add(record(t), { step: t });
    const steps = h.snapshotSteps();
    assert.ok(steps.length <= 18, `${steps.length}`);
    assert.deepEqual(steps.slice(0, 5), [0, 1, 2, 3, 4]);
    assert.deepEqual(steps.slice(-3), [9997, 9998, 9999]);
  });

  test('maxBytes shrinks first, last and thinned in proportion', () => {
    // 1,000 bytes for snapshots of 100 bytes: 10 of the default 170.
    const h = new History(5000, { maxBytes: 1000 }, 100);
    for (let t = 0; t < 5000; t++) h.add(record(t), { step: t });
    const steps = h.snapshotSteps();
    assert.ok(steps.length <= 10 && steps.length >= 5, `${steps.length}`);
    assert.equal(steps[0], 0);
    assert.equal(steps[steps.length - 1], 4999);
  });

  test('a snapshot asked for explicitly is kept among the latest', () => {
    const h = new History(1000, { first: 2, last: 3, thinned: 4 });
    for (let t = 0; t < 500; t++) h.add(record(t), h.wantsSnapshot(t) || t === 499 ? { step: t } : undefined);
    assert.ok(h.snapshotSteps().includes(499));
    assert.ok(h.snapshotSteps().length <= 9);
  });

  test('snapshots are deep copies: θ_t of step 0 is not changed by later updates', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'sigmoid', W: [[0.1]], b: [[0]] }],
      loss: 'binary_cross_entropy',
      iterations: 3,
      learningRate: 1,
    });
    const trainer = new Trainer(spec, makeDataset(matrix(1, 2, [1, -1]), matrix(1, 2, [1, 0]), 'classification'));
    const s0 = trainer.next(true)!.snapshot!;
    const z0 = s0.layers[0].Z.data.slice();
    const s1 = trainer.next(true)!.snapshot!;
    assert.equal(s0.layers[0].W.data[0], 0.1);
    assert.notEqual(s1.layers[0].W.data[0], 0.1);
    assert.deepEqual(s0.layers[0].Z.data, z0);
    assert.notDeepEqual(s1.layers[0].Z.data, z0);
    trainer.next();
    assert.equal(trainer.snapshot(0)!.layers[0].W.data[0], 0.1, 'the kept θ_0 too');
  });

  test('the test set is evaluated with θ_t at a bounded number of steps, including the first and the last', () => {
    // 1-1 linear, mse: the test cost at step t is (1/(2·m)) Σ (W_t x + b_t - y)², W_t from the snapshot.
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'linear', W: [[0.2]], b: [[0.1]] }],
      loss: 'mse',
      iterations: 5000,
      learningRate: 0.01,
    });
    const test_ = { X: matrix(1, 3, [1, 2, -1]), Y: matrix(1, 3, [2, 3, 0]) };
    const trainer = new Trainer(spec, makeDataset(matrix(1, 2, [1, -2]), matrix(1, 2, [1, -1]), 'regression', test_), {
      history: { testPoints: 50 },
    });
    const W: number[] = [];
    const b: number[] = [];
    for (let r = trainer.next(true); r; r = trainer.next(true)) {
      W.push(r.snapshot!.layers[0].W.data[0]);
      b.push(r.snapshot!.layers[0].b.data[0]);
    }
    const points = trainer.history.testPoints;
    assert.ok(points.length >= 50 && points.length <= 51, `${points.length}`);
    assert.equal(points[0].step, 0);
    assert.equal(points[points.length - 1].step, 4999);
    for (const p of points) {
      const t = p.step;
      const expected = [0, 1, 2].reduce((s, j) => s + (W[t] * test_.X.data[j] + b[t] - test_.Y.data[j]) ** 2, 0) / 6;
      assert.ok(Math.abs(p.cost - expected) <= 1e-12 * Math.max(1, expected), `step ${t}`);
      assert.equal(p.accuracy, undefined);
    }
  });
});

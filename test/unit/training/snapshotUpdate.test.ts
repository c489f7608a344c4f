// A snapshot's update: θ_t+1 and the optimizer's moments before step t's update, which is what
// explaining W+ needs; taken only with a snapshot, and counted in the history's memory budget.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OptimizerKind } from '../../../src/core/spec/types';
import { Trainer } from '../../../src/core/training/trainer';
import { makeSpec, randomData } from '../engine/fixtures';

function trainer(optimizer: OptimizerKind, options: ConstructorParameters<typeof Trainer>[2] = {}) {
  const spec = makeSpec({
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_cross_entropy',
    optimizer,
    iterations: 10,
  });
  return new Trainer(spec, randomData(2, 1, 7, 'binary_cross_entropy', 5), options);
}

describe('snapshot updates', () => {
  for (const optimizer of ['gd', 'momentum', 'adam'] as const) {
    test(`θ_t+1 is the parameters after the step (${optimizer})`, () => {
      const t = trainer(optimizer);
      for (let step = 0; step < 3; step++) {
        const update = t.next(true)!.snapshot!.update!;
        const after = t.parameters();
        update.forEach((u, i) => {
          assert.deepEqual(u.W, after[i].W);
          assert.deepEqual(u.b, after[i].b);
        });
        assert.equal(update[0].moments.length, { gd: 0, momentum: 1, adam: 2 }[optimizer]);
      }
    });
  }

  test('the moments are those before the update: 0 at step 0, then the running averages of step 0', () => {
    const t = trainer('adam');
    const s0 = t.next(true)!.snapshot!;
    assert.ok(s0.update![1].moments.every((m) => m.W.data.every((x) => x === 0)));
    const [v, s] = t.next(true)!.snapshot!.update![1].moments;
    const g = s0.layers[1].dW.data;
    assert.deepEqual(
      Array.from(v.W.data),
      Array.from(g, (x) => 0.9 * 0 + (1 - 0.9) * x),
    );
    assert.deepEqual(
      Array.from(s.W.data),
      Array.from(g, (x) => 0.999 * 0 + (1 - 0.999) * x * x),
    );
  });

  test('a step whose cost is not finite applies no update, and its snapshot says so', () => {
    const spec = makeSpec({ layers: [{ units: 1, activation: 'linear' }], loss: 'mse', iterations: 2 });
    const data = randomData(1, 1, 3, 'mse', 2);
    data.X.data[0] = Infinity;
    const r = new Trainer(spec, data).next(true)!;
    assert.ok(!Number.isFinite(r.cost));
    assert.equal(r.snapshot!.update, undefined);
  });

  test('the memory budget counts the moments: Adam keeps fewer snapshots than gd in the same bytes', () => {
    // A kept step holds θ_t and the moments: 13 parameters, so 8·13 = 104 bytes with gd and 8·3·13 = 312
    // with Adam's two moments. 1,000 bytes hold 9 of the first and 3 of the second.
    const kept = (optimizer: OptimizerKind) => {
      const t = trainer(optimizer, { history: { first: 10, last: 0, thinned: 0, maxBytes: 1000 } });
      while (t.next()) {
        /* run every step */
      }
      return t.history.snapshotSteps().length;
    };
    assert.deepEqual([kept('gd'), kept('adam')], [9, 3]);
  });
});

// Mini-batches: a fresh seeded permutation every epoch, batches of B with a smaller last one.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchSchedule } from '../../../src/core/training/batches';
import { Trainer } from '../../../src/core/training/trainer';
import { makeDataset, makeSpec, matrix } from '../engine/fixtures';

const M = 10;
// X (2, 10): column j is (j, 100 + j), so each column says which example it is.
const X = matrix(2, M, [...Array.from({ length: M }, (_, j) => j), ...Array.from({ length: M }, (_, j) => 100 + j)]);
const Y = matrix(
  1,
  M,
  Array.from({ length: M }, (_, j) => j % 2),
);

function epochs(seed: number, count: number, B = 4): { sizes: number[]; orders: number[][] } {
  const s = new BatchSchedule(X, Y, B, seed);
  const sizes: number[] = [];
  const orders: number[][] = [];
  for (let e = 0; e < count; e++) {
    const seen: number[] = [];
    for (let k = 0; k < s.batchesPerEpoch; k++) {
      const b = s.next();
      sizes.push(b.m);
      for (let j = 0; j < b.m; j++) {
        const example = b.X[j];
        assert.equal(b.X[b.m + j], 100 + example, 'both rows of a column come from the same example');
        assert.equal(b.Y[j], example % 2, 'Y follows X');
        seen.push(example);
      }
    }
    orders.push(seen);
  }
  return { sizes, orders };
}

describe('mini-batches', () => {
  test('each epoch is a permutation of the m examples, in batches of B and a smaller last one', () => {
    const { sizes, orders } = epochs(1, 5);
    assert.deepEqual(sizes, Array.from({ length: 5 }, () => [4, 4, 2]).flat());
    for (const o of orders)
      assert.deepEqual(
        [...o].sort((a, b) => a - b),
        Array.from({ length: M }, (_, j) => j),
      );
    assert.ok(new Set(orders.map((o) => o.join(','))).size > 1, 'epochs are reshuffled');
    assert.ok(
      orders.some((o) => o.some((v, j) => v !== j)),
      'not the identity',
    );
  });

  test('reproducible per seed, different across seeds', () => {
    assert.deepEqual(epochs(7, 3).orders, epochs(7, 3).orders);
    assert.notDeepEqual(epochs(7, 3).orders, epochs(8, 3).orders);
  });

  test('full batches, or B >= m, are the whole set in order', () => {
    for (const B of ['full', 10, 25] as const) {
      const s = new BatchSchedule(X, Y, B, 1);
      assert.equal(s.batchesPerEpoch, 1);
      const b = s.next();
      assert.equal(b.m, M);
      assert.deepEqual([...b.X], [...X.data]);
    }
  });

  test('totalSteps: iterations as given, epochs × batches per epoch', () => {
    const data = makeDataset(X, Y, 'classification');
    const layers = [{ units: 1, activation: 'sigmoid' as const }];
    const t = (o: Parameters<typeof makeSpec>[0]): number => new Trainer(makeSpec(o), data).totalSteps;
    assert.equal(t({ layers, loss: 'binary_cross_entropy', epochs: 3, batchSize: 4 }), 9);
    assert.equal(t({ layers, loss: 'binary_cross_entropy', epochs: 3 }), 3);
    assert.equal(t({ layers, loss: 'binary_cross_entropy', iterations: 7, batchSize: 4 }), 7);
  });

  test('iterations cycle through epochs, m of each step is its batch size, and init does not depend on shuffling', () => {
    const data = makeDataset(X, Y, 'classification');
    const layers = [
      { units: 3, activation: 'tanh' as const },
      { units: 1, activation: 'sigmoid' as const },
    ];
    const mini = new Trainer(
      makeSpec({ layers, loss: 'binary_cross_entropy', iterations: 7, batchSize: 4, seed: 5 }),
      data,
    );
    const full = new Trainer(makeSpec({ layers, loss: 'binary_cross_entropy', iterations: 7, seed: 5 }), data);
    assert.deepEqual(mini.parameters(), full.parameters());
    const seen: number[] = [];
    const sizes: number[] = [];
    for (let r = mini.next(true); r; r = mini.next(true)) {
      sizes.push(r.snapshot!.X.cols);
      seen.push(...r.snapshot!.X.data.subarray(0, r.snapshot!.X.cols));
    }
    assert.deepEqual(sizes, [4, 4, 2, 4, 4, 2, 4]);
    assert.deepEqual(
      [...seen.slice(0, 10)].sort((a, b) => a - b),
      Array.from({ length: M }, (_, j) => j),
    );
    assert.equal(mini.status, 'done');
  });
});

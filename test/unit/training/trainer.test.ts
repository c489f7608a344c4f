// Trainer: step semantics, evaluate / predict on the training and test sets, accuracy.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Trainer } from '../../../src/core/training/trainer';
import { makeDataset, makeSpec, matrix, randomData } from '../engine/fixtures';

const layers = [
  { units: 4, activation: 'tanh' as const },
  { units: 3, activation: 'softmax' as const },
];

describe('Trainer', () => {
  test('step t records J_t with θ_t: evaluate() after t steps equals the cost of step t (full batch)', () => {
    const data = randomData(2, 3, 12, 'cross_entropy', 3);
    const trainer = new Trainer(
      makeSpec({
        layers,
        loss: 'cross_entropy',
        iterations: 5,
        learningRate: 0.5,
        regularization: { kind: 'l2', lambda: 0.2 },
      }),
      data,
    );
    for (let t = 0; t < 5; t++) {
      const before = trainer.evaluate();
      const r = trainer.next()!;
      assert.equal(r.step, t);
      assert.equal(r.cost, before.cost);
      assert.equal(r.accuracy, before.accuracy);
    }
    assert.equal(trainer.status, 'done');
    assert.equal(trainer.stepIndex, 5);
    assert.ok(trainer.history.costs.at(4)! < trainer.history.costs.at(0)!, 'the cost went down');
  });

  test('predict gives A[L] of the forward pass; its argmax accuracy is evaluate().accuracy', () => {
    const data = randomData(2, 3, 9, 'cross_entropy', 4);
    const trainer = new Trainer(makeSpec({ layers, loss: 'cross_entropy', iterations: 3 }), data);
    trainer.next();
    const snapshotA = trainer.next(true)!.snapshot!.layers[1].A; // forward with θ_1
    const t2 = new Trainer(makeSpec({ layers, loss: 'cross_entropy', iterations: 3 }), data);
    t2.next();
    const A = t2.predict(data.X);
    assert.deepEqual([A.rows, A.cols], [3, 9]);
    assert.deepEqual(A.data, snapshotA.data);
    for (let j = 0; j < 9; j++) assert.ok(Math.abs(A.data[j] + A.data[9 + j] + A.data[18 + j] - 1) < 1e-12);
    let correct = 0;
    for (let j = 0; j < 9; j++) {
      const col = [0, 1, 2].map((i) => A.data[i * 9 + j]);
      const yCol = [0, 1, 2].map((i) => data.Y.data[i * 9 + j]);
      if (col.indexOf(Math.max(...col)) === yCol.indexOf(1)) correct++;
    }
    assert.equal(t2.evaluate().accuracy, correct / 9);
  });

  test('evaluate reports the test set too; regression has no accuracy', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'linear', W: [[2]], b: [[0]] }],
      loss: 'mse',
      iterations: 1,
    });
    const data = makeDataset(matrix(1, 2, [1, 2]), matrix(1, 2, [1, 2]), 'regression', {
      X: matrix(1, 1, [3]),
      Y: matrix(1, 1, [0]),
    });
    const e = new Trainer(spec, data).evaluate();
    // train: residuals (1, 2) → (1 + 4)/4; test: residual 6 → 36/2.
    assert.deepEqual(e, { cost: 5 / 4, testCost: 18 });
  });

  test('classification with one sigmoid unit: per-step accuracy on the batch, thresholded at 0.5', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'sigmoid', W: [[1]], b: [[0]] }],
      loss: 'binary_cross_entropy',
      iterations: 1,
    });
    // z = x: a > 0.5 exactly for x > 0; labels right for x = 2, -1 and wrong for x = 1, -3.
    const data = makeDataset(matrix(1, 4, [2, -1, 1, -3]), matrix(1, 4, [1, 0, 0, 1]), 'classification');
    assert.equal(new Trainer(spec, data).next()!.accuracy, 0.5);
  });

  test('no steps to run: done at once', () => {
    const trainer = new Trainer(
      makeSpec({ layers, loss: 'cross_entropy', iterations: 0 }),
      randomData(2, 3, 4, 'cross_entropy', 1),
    );
    assert.equal(trainer.status, 'done');
    assert.equal(trainer.next(), undefined);
  });
});

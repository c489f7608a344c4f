// Tiny networks whose numbers are worked out by hand from the format's formulas.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Trainer } from '../../../src/core/training/trainer';
import { makeDataset, makeSpec, matrix } from './fixtures';

const close = (a: number, b: number, what: string): void =>
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} != ${b}`);

describe('1-1 sigmoid network, binary_cross_entropy, 2 points', () => {
  // W = 0.5, b = -0.25, x = (1, -2), y = (1, 0), α = 0.1.
  const sig = (z: number): number => 1 / (1 + Math.exp(-z));
  const z1 = 0.5 * 1 - 0.25; // 0.25
  const z2 = 0.5 * -2 - 0.25; // -1.25
  const a1 = sig(z1);
  const a2 = sig(z2);
  const J0 = -(Math.log(a1) + Math.log(1 - a2)) / 2;
  const dW = ((a1 - 1) * 1 + (a2 - 0) * -2) / 2;
  const db = (a1 - 1 + a2) / 2;

  const spec = makeSpec({
    layers: [{ units: 1, activation: 'sigmoid', W: [[0.5]], b: [[-0.25]] }],
    loss: 'binary_cross_entropy',
    learningRate: 0.1,
    iterations: 2,
  });
  const data = makeDataset(matrix(1, 2, [1, -2]), matrix(1, 2, [1, 0]), 'classification');

  test('J_0, Z, A, dZ, dW, db and dA[1] of step 0', () => {
    const trainer = new Trainer(spec, data);
    const r = trainer.next(true)!;
    close(r.cost, J0, 'J_0');
    const s = r.snapshot!.layers[0];
    close(s.Z.data[0], z1, 'Z[1]_1');
    close(s.Z.data[1], z2, 'Z[1]_2');
    close(s.A.data[0], a1, 'A[1]_1');
    close(s.dZ.data[0], a1 - 1, 'dZ[1]_1');
    close(s.dZ.data[1], a2, 'dZ[1]_2');
    close(s.dW.data[0], dW, 'dW[1]');
    close(s.db.data[0], db, 'db[1]');
    // dA[1] = -(y/a - (1-y)/(1-a)): -1/a for y = 1, 1/(1-a) for y = 0.
    close(s.dA.data[0], -1 / a1, 'dA[1]_1');
    close(s.dA.data[1], 1 / (1 - a2), 'dA[1]_2');
    assert.equal(r.accuracy, 1, 'a1 > 0.5 with y = 1 and a2 < 0.5 with y = 0: both right');
  });

  test('the update of step 0 gives θ_1, and J_1 is computed with it', () => {
    const trainer = new Trainer(spec, data);
    trainer.next();
    const [p] = trainer.parameters();
    const W1 = 0.5 - 0.1 * dW;
    const b1 = -0.25 - 0.1 * db;
    close(p.W.data[0], W1, 'W after one step');
    close(p.b.data[0], b1, 'b after one step');
    const r = trainer.next()!;
    const c1 = sig(W1 + b1);
    const c2 = sig(-2 * W1 + b1);
    close(r.cost, -(Math.log(c1) + Math.log(1 - c2)) / 2, 'J_1');
    assert.equal(trainer.status, 'done');
    assert.equal(trainer.next(), undefined);
  });
});

describe('1-1 linear network, mse, 3 points, l2', () => {
  // W = 2, b = 1, x = (0, 1, 2), y = (1, 2, 6), λ = 0.6: residuals r = (0, 1, -1).
  test('J_0 and the gradients', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'linear', W: [[2]], b: [[1]] }],
      loss: 'mse',
      regularization: { kind: 'l2', lambda: 0.6 },
    });
    const trainer = new Trainer(spec, makeDataset(matrix(1, 3, [0, 1, 2]), matrix(1, 3, [1, 2, 6]), 'regression'));
    const r = trainer.next(true)!;
    // (1/(2m)) Σ r² + (λ/(2m)) W² = 2/6 + 0.6·4/6
    close(r.cost, 2 / 6 + 2.4 / 6, 'J_0');
    const s = r.snapshot!.layers[0];
    // (1/m) Σ r·x + (λ/m) W = (0 + 1 - 2)/3 + 0.4
    close(s.dW.data[0], -1 / 3 + 0.4, 'dW[1]');
    close(s.db.data[0], 0, 'db[1]');
    assert.equal(r.accuracy, undefined);
  });
});

describe('softmax + cross_entropy, 2 classes, 1 example', () => {
  test('J_0 = -log a_y and dZ = A - Y', () => {
    // W = [[1], [-1]], b = 0, x = 0.5: Z = (0.5, -0.5), y = class 2.
    const spec = makeSpec({
      layers: [{ units: 2, activation: 'softmax', W: [[1], [-1]], b: [[0], [0]] }],
      loss: 'cross_entropy',
    });
    const trainer = new Trainer(spec, makeDataset(matrix(1, 1, [0.5]), matrix(2, 1, [0, 1]), 'classification'));
    const r = trainer.next(true)!;
    const a2 = Math.exp(-0.5) / (Math.exp(0.5) + Math.exp(-0.5));
    close(r.cost, -Math.log(a2), 'J_0');
    const s = r.snapshot!.layers[0];
    close(s.dZ.data[0], 1 - a2, 'dZ_1');
    close(s.dZ.data[1], a2 - 1, 'dZ_2');
    close(s.dW.data[0], (1 - a2) * 0.5, 'dW_11');
    assert.equal(r.accuracy, 0);
  });
});

// Activations, their derivatives and the losses, entry by entry against the formulas.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addBiasAndActivate, backwardActivation } from '../../../src/core/engine/activations';
import { accuracy } from '../../../src/core/engine/accuracy';
import { isFusedOutput, lossSum, outputDA } from '../../../src/core/engine/losses';
import type { Activation } from '../../../src/core/spec/types';

const f64 = (a: number[]): Float64Array => Float64Array.from(a);

/** A[k] = g(z_k) and g'(z_k) for a (1, m) row with zero bias. */
function run(kind: Activation, z: number[], alpha = 0.1): { A: number[]; dg: number[] } {
  const m = z.length;
  const Z = f64(z);
  const A = new Float64Array(m);
  addBiasAndActivate(kind, alpha, Z, A, f64([0]), 1, m, new Float64Array(m), new Float64Array(m));
  const dZ = new Float64Array(m);
  backwardActivation(kind, alpha, f64(z.map(() => 1)), Z, A, dZ, 1, m, new Float64Array(m));
  return { A: [...A], dg: [...dZ] };
}

describe('activations', () => {
  const z = [-2, -0.5, 0, 0.5, 3];
  test("sigmoid and sigmoid' = a(1 - a)", () => {
    const { A, dg } = run('sigmoid', z);
    z.forEach((v, k) => {
      const s = 1 / (1 + Math.exp(-v));
      assert.ok(Math.abs(A[k] - s) < 1e-15);
      assert.ok(Math.abs(dg[k] - Math.exp(-v) / (1 + Math.exp(-v)) ** 2) < 1e-15);
    });
  });
  test("tanh and tanh' = 1 - tanh²", () => {
    const { A, dg } = run('tanh', z);
    z.forEach((v, k) => {
      assert.ok(Math.abs(A[k] - Math.tanh(v)) < 1e-15);
      assert.ok(Math.abs(dg[k] - 1 / Math.cosh(v) ** 2) < 1e-15);
    });
  });
  test("relu, with relu'(0) = 0", () => {
    const { A, dg } = run('relu', z);
    assert.deepEqual(A, [0, 0, 0, 0.5, 3]);
    assert.deepEqual(dg, [0, 0, 0, 1, 1]);
  });
  test('leaky_relu: slope alpha for z <= 0, including z = 0', () => {
    const { A, dg } = run('leaky_relu', z, 0.1);
    assert.deepEqual(A, [-0.2, -0.05, 0, 0.5, 3]);
    assert.deepEqual(dg, [0.1, 0.1, 0.1, 1, 1]);
  });
  test('linear', () => {
    const { A, dg } = run('linear', z);
    assert.deepEqual(A, z);
    assert.deepEqual(dg, [1, 1, 1, 1, 1]);
  });
  test('bias is broadcast over the columns', () => {
    const Z = f64([1, 2, 3, 4]); // (2, 2)
    const A = new Float64Array(4);
    addBiasAndActivate('linear', 0, Z, A, f64([10, -10]), 2, 2, new Float64Array(2), new Float64Array(2));
    assert.deepEqual([...A], [11, 12, -7, -6]);
  });
  test('softmax per column, stable for huge z, lse = log Σ e^(z - max)', () => {
    // (3, 2): column 0 = (1, 2, 3), column 1 = (1000, 1001, 999).
    const Z = f64([1, 1000, 2, 1001, 3, 999]);
    const A = new Float64Array(6);
    const lse = new Float64Array(2);
    addBiasAndActivate('softmax', 0, Z, A, f64([0, 0, 0]), 3, 2, lse, new Float64Array(2));
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const s = e[0] + e[1] + e[2];
    for (let i = 0; i < 3; i++) assert.ok(Math.abs(A[i * 2] - e[i] / s) < 1e-15);
    // Shift invariance: column 1 is column 0 shifted by 998 with rows permuted (2, 3, 1).
    assert.ok(
      Math.abs(A[1] - e[1] / s) < 1e-15 && Math.abs(A[3] - e[2] / s) < 1e-15 && Math.abs(A[5] - e[0] / s) < 1e-15,
    );
    // The column maxima are 3 and 1001: what remains is the same log Σ e^(z - max) for both.
    assert.ok(Math.abs(lse[0] - (Math.log(s) - 3)) < 1e-14);
    assert.ok(Math.abs(lse[1] - (Math.log(s) - 3)) < 1e-14);
  });
  test('softmax backward is the Jacobian-vector product', () => {
    const Z = f64([0.3, -1, 2]); // (3, 1)
    const A = new Float64Array(3);
    addBiasAndActivate('softmax', 0, Z, A, f64([0, 0, 0]), 3, 1, new Float64Array(1), new Float64Array(1));
    const dA = [0.5, -2, 1];
    const dZ = new Float64Array(3);
    backwardActivation('softmax', 0, f64(dA), Z, A, dZ, 3, 1, new Float64Array(1));
    for (let k = 0; k < 3; k++) {
      let expected = 0;
      for (let j = 0; j < 3; j++) expected += dA[j] * A[j] * ((j === k ? 1 : 0) - A[k]);
      assert.ok(Math.abs(dZ[k] - expected) < 1e-15);
    }
  });
});

describe('losses', () => {
  test('fused outputs: sigmoid + BCE and softmax + CE only', () => {
    assert.equal(isFusedOutput('binary_cross_entropy', 'sigmoid'), true);
    assert.equal(isFusedOutput('cross_entropy', 'softmax'), true);
    assert.equal(isFusedOutput('cross_entropy', 'sigmoid'), false);
    assert.equal(isFusedOutput('mse', 'sigmoid'), false);
  });
  test('BCE from Z (sigmoid) equals the formula, and stays finite when a rounds to 1', () => {
    const z = [-3, -0.2, 0.7, 4];
    const y = [0, 1, 0, 1];
    const a = z.map((v) => 1 / (1 + Math.exp(-v)));
    const expected = -y.reduce((s, yk, k) => s + yk * Math.log(a[k]) + (1 - yk) * Math.log(1 - a[k]), 0);
    const got = lossSum('binary_cross_entropy', 'sigmoid', f64(z), f64(a), f64(y), 1, 4, new Float64Array(4));
    assert.ok(Math.abs(got - expected) < 1e-13 * expected);
    // z = 50, y = 0: 1 - a rounds to 0, but -log(1 - σ(50)) = 50 + log(1 + e^-50).
    const big = lossSum('binary_cross_entropy', 'sigmoid', f64([50]), f64([1]), f64([0]), 1, 1, new Float64Array(1));
    assert.ok(Math.abs(big - 50) < 1e-12);
    // z = -800, y = 1: a underflows to 0, but -log σ(-800) = 800 + log(1 + e^-800).
    const low = lossSum('binary_cross_entropy', 'sigmoid', f64([-800]), f64([0]), f64([1]), 1, 1, new Float64Array(1));
    assert.equal(low, 800);
  });
  test('BCE from A (other outputs) skips terms with zero coefficient', () => {
    const got = lossSum(
      'binary_cross_entropy',
      'tanh',
      f64([0, 0]),
      f64([0.25, 1]),
      f64([0, 1]),
      1,
      2,
      new Float64Array(2),
    );
    assert.ok(Math.abs(got - -Math.log(0.75)) < 1e-15);
  });
  test('CE via log-sum-exp equals -Σ y log a', () => {
    const Z = f64([1, 2, 3]); // (3, 1)
    const logSum = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    const A = f64([1, 2, 3].map((v) => Math.exp(v - logSum)));
    // lse as the forward pass leaves it: log Σ e^(z - max), max = 3.
    const got = lossSum('cross_entropy', 'softmax', Z, A, f64([0, 1, 0]), 3, 1, f64([logSum - 3]));
    assert.ok(Math.abs(got - -Math.log(A[1])) < 1e-14);
  });
  test('a tiny loss term keeps its digits (no difference of two large numbers)', () => {
    // BCE, y = 0, z = -30: -log(1 - a) = log(1 + e^-30), about 9.36e-14; -log a + z would leave
    // only the rounding error of 30.
    const a = 1 / (1 + Math.exp(30));
    const bce = lossSum('binary_cross_entropy', 'sigmoid', f64([-30]), f64([a]), f64([0]), 1, 1, new Float64Array(1));
    const exact = Math.log1p(Math.exp(-30));
    assert.ok(Math.abs(bce - exact) < 1e-14 * exact, `${bce} vs ${exact}`);
    // CE, the right class far ahead at z = 1000: -log a = log(1 + 2 e^-10); lse - z would carry
    // the rounding error of 1000.
    const Z = f64([1000, 990, 990]);
    const A = new Float64Array(3);
    const lse = new Float64Array(1);
    addBiasAndActivate('softmax', 0, Z, A, f64([0, 0, 0]), 3, 1, lse, new Float64Array(1));
    const ce = lossSum('cross_entropy', 'softmax', Z, A, f64([1, 0, 0]), 3, 1, lse);
    const exactCe = Math.log1p(2 * Math.exp(-10));
    assert.ok(Math.abs(ce - exactCe) < 1e-11 * exactCe, `${ce} vs ${exactCe}`);
  });
  test('MSE is half the sum of squares', () => {
    assert.equal(
      lossSum('mse', 'linear', f64([0, 0]), f64([1, -2]), f64([0, 1]), 1, 2, new Float64Array(2)),
      0.5 * (1 + 9),
    );
  });
  test('dA[L] by the formula of each loss', () => {
    const A = f64([0.2, 0.6]);
    const Y = f64([0, 1]);
    const dA = new Float64Array(2);
    outputDA('binary_cross_entropy', A, Y, dA, 2);
    assert.ok(Math.abs(dA[0] - 1 / 0.8) < 1e-15 && Math.abs(dA[1] - -1 / 0.6) < 1e-15);
    outputDA('cross_entropy', A, Y, dA, 2);
    assert.ok(dA[0] === 0 && Math.abs(dA[1] - -1 / 0.6) < 1e-15);
    outputDA('mse', A, Y, dA, 2);
    assert.ok(Math.abs(dA[0] - 0.2) < 1e-15 && Math.abs(dA[1] - -0.4) < 1e-15);
  });
});

describe('accuracy', () => {
  test('one unit: a > 0.5 predicts 1', () => {
    assert.equal(accuracy(f64([0.7, 0.5, 0.2, 0.9]), f64([1, 1, 0, 0]), 1, 4), 0.5);
  });
  test('several units: argmax per column', () => {
    // (3, 2): columns (0.1, 0.7, 0.2) → 1 and (0.5, 0.3, 0.2) → 0; Y classes 1 and 2.
    assert.equal(accuracy(f64([0.1, 0.5, 0.7, 0.3, 0.2, 0.2]), f64([0, 0, 1, 0, 0, 1]), 3, 2), 0.5);
  });
});

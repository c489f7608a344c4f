// gradientCheck itself: one result per W[l] and b[l], at the initial or the given parameters.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gradientCheck } from '../../../src/core/training/gradcheck';
import { makeDataset, makeSpec, matrix, randomData } from '../engine/fixtures';

describe('gradientCheck', () => {
  test('one entry per layer and parameter, all tiny for a tanh/sigmoid network with l2', () => {
    const spec = makeSpec({
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'binary_cross_entropy',
      regularization: { kind: 'l2', lambda: 0.5 },
    });
    const results = gradientCheck(spec, randomData(2, 1, 8, 'binary_cross_entropy', 9));
    assert.deepEqual(
      results.map((r) => [r.layer, r.param]),
      [
        [1, 'W'],
        [1, 'b'],
        [2, 'W'],
        [2, 'b'],
      ],
    );
    for (const r of results) assert.ok(r.relativeError < 1e-7 && r.maxAbsDiff < 1e-9, JSON.stringify(r));
  });

  test('1-1 linear mse: the numeric gradient is exact for a quadratic, at the parameters given', () => {
    const spec = makeSpec({ layers: [{ units: 1, activation: 'linear' }], loss: 'mse' });
    const data = makeDataset(matrix(1, 2, [1, 2]), matrix(1, 2, [0, 1]), 'regression');
    const results = gradientCheck(spec, data, {
      parameters: [{ W: matrix(1, 1, [3]), b: matrix(1, 1, [1]) }],
      epsilon: 1e-3,
    });
    // dW = (1/2)((3+1-0)·1 + (6+1-1)·2) = 8 ≠ 0, so relativeError is a real ratio.
    for (const r of results) assert.ok(r.relativeError < 1e-10, JSON.stringify(r));
  });

  test('checks at the parameters given rather than the initial ones', () => {
    // Initially Z[1] = 0: relu's kink, where backprop uses relu'(0) = 0 but the centred difference sees slope 1/2.
    const spec = makeSpec({
      layers: [
        { units: 1, activation: 'relu', W: [[0]], b: [[0]] },
        { units: 1, activation: 'linear', W: [[1]], b: [[0]] },
      ],
      loss: 'mse',
    });
    const data = makeDataset(matrix(1, 2, [1, 2]), matrix(1, 2, [1, -1]), 'regression');
    const initial = gradientCheck(spec, data);
    assert.ok(initial[0].relativeError > 0.5, JSON.stringify(initial[0]));
    const away = gradientCheck(spec, data, {
      parameters: [
        { W: matrix(1, 1, [1]), b: matrix(1, 1, [0.5]) },
        { W: matrix(1, 1, [1]), b: matrix(1, 1, [0]) },
      ],
    });
    for (const r of away) assert.ok(r.relativeError < 1e-8, JSON.stringify(r));
  });
});

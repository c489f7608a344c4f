import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromArrays } from '../../../src/core/engine/matrix';
import type { NetworkConfig } from '../../../src/core/engine/network';
import type { Activation } from '../../../src/core/spec/types';
import { BoundaryGrid, boundsOf, gridInput } from '../../../src/core/training/boundary';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

/** A network of these sizes and activations, as the boundary builds it (the loss plays no part). */
const config = (sizes: number[], activations: Activation[]): NetworkConfig => ({
  sizes,
  activations,
  alphas: activations.map(() => 0.01),
  loss: 'mse',
});

describe('decision boundary grid', () => {
  test('boundsOf adds a 10% margin, and ±1 around an axis with no spread', () => {
    const X = fromArrays([
      [0, 10, 4],
      [5, 5, 5],
    ]);
    assert.deepEqual(boundsOf(X), { xMin: -1, xMax: 11, yMin: 4, yMax: 6 });
  });

  test('gridInput: column j·r + i holds (x_i, y_j), from min to max inclusive', () => {
    const G = gridInput({ xMin: 0, xMax: 2, yMin: -1, yMax: 1 }, 3);
    assert.equal(G.rows, 2);
    assert.equal(G.cols, 9);
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 3; i++) {
        assert.equal(G.data[j * 3 + i], i);
        assert.equal(G.data[9 + j * 3 + i], -1 + j);
      }
    }
  });

  test('the engine forward pass over the grid: A[1] = g(W[1] G + b[1]), then the output, per cell', () => {
    const W1 = fromArrays([
      [1, -2],
      [0.5, 0.25],
    ]);
    const b1 = fromArrays([[0.1], [-0.3]]);
    const W2 = fromArrays([[2, -1]]);
    const b2 = fromArrays([[0.5]]);
    const bounds = { xMin: -1, xMax: 1, yMin: 0, yMax: 2 };
    const grid = new BoundaryGrid(config([2, 2, 1], ['tanh', 'sigmoid']), bounds, 3);
    const b = grid.compute(
      [
        { W: W1, b: b1 },
        { W: W2, b: b2 },
      ],
      4,
    );
    const G = gridInput(bounds, 3);
    for (let k = 0; k < 9; k++) {
      const x = G.data[k];
      const y = G.data[9 + k];
      const h = [Math.tanh(x - 2 * y + 0.1), Math.tanh(0.5 * x + 0.25 * y - 0.3)];
      close(b.hidden[0][k], h[0]);
      close(b.hidden[1][k], h[1]);
      close(b.output[k], 1 / (1 + Math.exp(-(2 * h[0] - h[1] + 0.5))));
    }
    const relu = new BoundaryGrid(config([2, 1], ['relu']), bounds, 3).compute(
      [{ W: fromArrays([[1, -2]]), b: fromArrays([[0.1]]) }],
      0,
    );
    close(relu.output[0], 0); // (x, y) = (-1, 0): max(0, -1 + 0.1) = 0
    close(relu.output[1], 0.1); // (0, 0)
  });

  test('the output of θ over the grid, layer 1 per unit when hidden, and the step it was given', () => {
    const bounds = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
    // One linear output equal to x.
    const one = new BoundaryGrid(config([2, 1], ['linear']), bounds, 2).compute(
      [{ W: fromArrays([[1, 0]]), b: fromArrays([[0]]) }],
      7,
    );
    assert.deepEqual(one.output, Float64Array.of(-1, 1, -1, 1)); // the x coordinate of each cell
    assert.equal(one.classes, 1);
    assert.equal(one.step, 7);
    assert.deepEqual(one.hidden, []);
    // A linear hidden layer copying (x, y), then three scores: class 0 = -y, class 1 = x, class 2 = 0.5.
    const three = new BoundaryGrid(config([2, 2, 3], ['linear', 'linear']), bounds, 2).compute(
      [
        {
          W: fromArrays([
            [1, 0],
            [0, 1],
          ]),
          b: fromArrays([[0], [0]]),
        },
        {
          W: fromArrays([
            [0, -1],
            [1, 0],
            [0, 0],
          ]),
          b: fromArrays([[0], [0], [0.5]]),
        },
      ],
      0,
    );
    // cells: (-1,-1) → class 0 (1); (1,-1) → tie 1 vs 1, first wins: 0; (-1,1) → 2; (1,1) → 1
    assert.deepEqual(three.output, Float64Array.of(0, 0, 2, 1));
    assert.equal(three.classes, 3);
    assert.deepEqual(three.hidden, [Float64Array.of(-1, 1, -1, 1), Float64Array.of(-1, -1, 1, 1)]);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromArrays } from '../../../src/core/engine/matrix';
import { boundsOf, computeBoundary, forwardGrid, gridInput } from '../../../src/core/training/boundary';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

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

  test('forwardGrid computes A[l] = g(W[l] A[l-1] + b[l]) layer by layer from a parameter list', () => {
    const W1 = fromArrays([
      [1, -2],
      [0.5, 0.25],
    ]);
    const b1 = fromArrays([[0.1], [-0.3]]);
    const W2 = fromArrays([[2, -1]]);
    const b2 = fromArrays([[0.5]]);
    const G = fromArrays([
      [0, 1, -1],
      [2, 0.5, 1],
    ]);
    const [A1, A2] = forwardGrid(
      [
        { W: W1, b: b1 },
        { W: W2, b: b2 },
      ],
      [
        { activation: 'tanh', alpha: 0 },
        { activation: 'sigmoid', alpha: 0 },
      ],
      G,
    );
    for (let k = 0; k < 3; k++) {
      const x = G.data[k];
      const y = G.data[3 + k];
      const h = [Math.tanh(x - 2 * y + 0.1), Math.tanh(0.5 * x + 0.25 * y - 0.3)];
      close(A1.data[k], h[0]);
      close(A1.data[3 + k], h[1]);
      close(A2.data[k], 1 / (1 + Math.exp(-(2 * h[0] - h[1] + 0.5))));
    }
    const [R] = forwardGrid([{ W: W1, b: b1 }], [{ activation: 'relu', alpha: 0 }], G);
    close(R.data[0], 0); // 0 - 4 + 0.1 < 0
    close(R.data[1], 1 - 1 + 0.1);
  });

  test('computeBoundary: the output of θ over the grid, layer 1 per unit when hidden, and the step it was given', () => {
    const bounds = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
    // One linear output equal to x.
    const one = computeBoundary(
      [{ W: fromArrays([[1, 0]]), b: fromArrays([[0]]) }],
      [{ activation: 'linear', alpha: 0 }],
      bounds,
      2,
      7,
    );
    assert.deepEqual(one.output, [-1, 1, -1, 1]); // the x coordinate of each cell
    assert.equal(one.classes, 1);
    assert.equal(one.step, 7);
    assert.deepEqual(one.hidden, []);
    // A linear hidden layer copying (x, y), then three scores: class 0 = -y, class 1 = x, class 2 = 0.5.
    const three = computeBoundary(
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
      [
        { activation: 'linear', alpha: 0 },
        { activation: 'linear', alpha: 0 },
      ],
      bounds,
      2,
      0,
    );
    // cells: (-1,-1) → class 0 (1); (1,-1) → tie 1 vs 1, first wins: 0; (-1,1) → 2; (1,1) → 1
    assert.deepEqual(three.output, [0, 0, 2, 1]);
    assert.equal(three.classes, 3);
    assert.deepEqual(three.hidden, [
      [-1, 1, -1, 1],
      [-1, -1, 1, 1],
    ]);
  });
});

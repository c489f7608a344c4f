import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromArrays, type Matrix } from '../../../src/core/engine/matrix';
import { boundsOf, computeBoundary, gridInput, hiddenActivations } from '../../../src/extension/boundary';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

describe('decision boundary grid', () => {
  test('boundsOf adds a 10% margin, and ±1 around an axis with no spread', () => {
    const X = fromArrays([[0, 10, 4], [5, 5, 5]]);
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

  test('hiddenActivations computes g(W[1] x + b[1]) per unit', () => {
    const W = fromArrays([[1, -2], [0.5, 0.25]]);
    const b = fromArrays([[0.1], [-0.3]]);
    const G = fromArrays([[0, 1, -1], [2, 0.5, 1]]);
    const A = hiddenActivations(W, b, 'tanh', 0.01, G);
    assert.equal(A.length, 2);
    for (let k = 0; k < 3; k++) {
      const x = G.data[k];
      const y = G.data[3 + k];
      close(A[0][k], Math.tanh(x - 2 * y + 0.1));
      close(A[1][k], Math.tanh(0.5 * x + 0.25 * y - 0.3));
    }
    const R = hiddenActivations(W, b, 'relu', 0.01, G);
    close(R[0][0], 0); // 0 - 4 + 0.1 < 0
    close(R[0][1], 1 - 1 + 0.1);
  });

  test('computeBoundary: the single output as it is, several outputs as the winning class', () => {
    const bounds = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
    const one = computeBoundary({ predict: (X: Matrix) => ({ rows: 1, cols: X.cols, data: X.data.slice(0, X.cols) }) }, bounds, 2, 7);
    assert.deepEqual(one.output, [-1, 1, -1, 1]); // the x coordinate of each cell
    assert.equal(one.classes, 1);
    assert.equal(one.step, 7);
    assert.deepEqual(one.hidden, []);
    // Three classes: class 0 scores -y, class 1 scores x, class 2 a constant 0.5.
    const three = computeBoundary({
      predict: (X: Matrix) => {
        const k = X.cols;
        const d = new Float64Array(3 * k);
        for (let c = 0; c < k; c++) {
          d[c] = -X.data[k + c];
          d[k + c] = X.data[c];
          d[2 * k + c] = 0.5;
        }
        return { rows: 3, cols: k, data: d };
      },
    }, bounds, 2, 0);
    // cells: (-1,-1) → class 0 (1); (1,-1) → tie 1 vs 1, first wins: 0; (-1,1) → 2; (1,1) → 1
    assert.deepEqual(three.output, [0, 0, 2, 1]);
    assert.equal(three.classes, 3);
  });
});

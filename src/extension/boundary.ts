// The decision boundary for 2-D inputs: the network's output (and each hidden unit of layer 1)
// evaluated over a grid covering the data, for the panel to paint.
import { addBiasAndActivate } from '../core/engine/activations';
import { gemm } from '../core/engine/gemm';
import { zeros, type Matrix } from '../core/engine/matrix';
import type { Activation } from '../core/spec/types';
import type { BoundaryDTO } from '../protocol';
import { labelOf } from './dto';

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The data's extent (X is (2, m), columns) with a 10% margin; a degenerate axis gets ±1. */
export function boundsOf(X: Matrix): Bounds {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (let j = 0; j < X.cols; j++) {
    const x = X.data[j];
    const y = X.data[X.cols + j];
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const widen = (lo: number, hi: number): [number, number] => {
    if (!(hi > lo)) return [lo - 1, lo + 1];
    const pad = (hi - lo) * 0.1;
    return [lo - pad, hi + pad];
  };
  [xMin, xMax] = widen(xMin, xMax);
  [yMin, yMax] = widen(yMin, yMax);
  return { xMin, xMax, yMin, yMax };
}

/** The grid as a (2, r²) input: column j * r + i holds (x_i, y_j), cell centres from min to max. */
export function gridInput(b: Bounds, r: number): Matrix {
  const G = zeros(2, r * r);
  const at = (lo: number, hi: number, i: number) => (r === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (r - 1));
  for (let j = 0; j < r; j++) {
    for (let i = 0; i < r; i++) {
      G.data[j * r + i] = at(b.xMin, b.xMax, i);
      G.data[r * r + j * r + i] = at(b.yMin, b.yMax, j);
    }
  }
  return G;
}

/** A[1] = g(W[1] X + b[1]) over the grid, one array per hidden unit (W is (n[1], 2), columns). */
export function hiddenActivations(W: Matrix, b: Matrix, activation: Activation, alpha: number, G: Matrix): number[][] {
  const n = W.rows;
  const m = G.cols;
  const Z = new Float64Array(n * m);
  const A = new Float64Array(n * m);
  gemm(false, false, n, m, W.cols, 1, W.data, G.data, 0, Z);
  addBiasAndActivate(activation, alpha, Z, A, b.data, n, m, new Float64Array(m), new Float64Array(m));
  const out: number[][] = [];
  for (let k = 0; k < n; k++) out.push(Array.from(A.subarray(k * m, (k + 1) * m)));
  return out;
}

export interface BoundaryNet {
  predict(X: Matrix): Matrix;
  /** Layer 1's parameters (columns) and activation, when layer 1 is a hidden layer. */
  hidden?: { W: Matrix; b: Matrix; activation: Activation; alpha: number };
}

export function computeBoundary(net: BoundaryNet, bounds: Bounds, resolution: number, step: number): BoundaryDTO {
  const G = gridInput(bounds, resolution);
  const A = net.predict(G);
  const output: number[] = [];
  for (let j = 0; j < G.cols; j++) output.push(labelOf(A, j));
  const hidden = net.hidden ? hiddenActivations(net.hidden.W, net.hidden.b, net.hidden.activation, net.hidden.alpha, G) : [];
  return { step, ...bounds, resolution, output, classes: A.rows, hidden };
}

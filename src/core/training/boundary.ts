// The decision boundary for 2-D inputs: the network's output (and each hidden unit of layer 1)
// evaluated over a grid covering the data, for the panel to paint.
import { addBiasAndActivate } from '../engine/activations';
import { gemm } from '../engine/gemm';
import { zeros, type Matrix } from '../engine/matrix';
import type { LayerParameters } from '../engine/network';
import type { Activation } from '../spec/types';
import type { BoundaryDTO } from '../../protocol';
import { labelOf } from '../dto';

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The data's extent (X is (2, m), columns) with a 10% margin; a degenerate axis gets ±1. */
export function boundsOf(X: Matrix): Bounds {
  let xMin = Infinity,
    xMax = -Infinity,
    yMin = Infinity,
    yMax = -Infinity;
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

/** What the grid forward pass needs of each layer besides its parameters. */
export interface LayerFunction {
  activation: Activation;
  alpha: number;
}

/**
 * A[1], ..., A[L] over the input G (columns, (n[0], k)) for the parameters θ = (W[l], b[l]) given
 * (columns orientation: W[l] is (n[l], n[l-1])). Pure: the live run and a recorded snapshot both use it.
 */
export function forwardGrid(params: readonly LayerParameters[], layers: readonly LayerFunction[], G: Matrix): Matrix[] {
  const m = G.cols;
  const lse = new Float64Array(m);
  const tmp = new Float64Array(m);
  const out: Matrix[] = [];
  let prev = G;
  params.forEach(({ W, b }, i) => {
    const n = W.rows;
    const Z = new Float64Array(n * m);
    const A = new Float64Array(n * m);
    gemm(false, false, n, m, W.cols, 1, W.data, prev.data, 0, Z);
    addBiasAndActivate(layers[i].activation, layers[i].alpha, Z, A, b.data, n, m, lse, tmp);
    prev = { rows: n, cols: m, data: A };
    out.push(prev);
  });
  return out;
}

/** The boundary for θ_step: the output (or winning class) at each grid point, and each unit of layer 1 when it is hidden. */
export function computeBoundary(
  params: readonly LayerParameters[],
  layers: readonly LayerFunction[],
  bounds: Bounds,
  resolution: number,
  step: number,
): BoundaryDTO {
  const G = gridInput(bounds, resolution);
  const A = forwardGrid(params, layers, G);
  const Y = A[A.length - 1];
  const output: number[] = [];
  for (let j = 0; j < G.cols; j++) output.push(labelOf(Y, j));
  const hidden: number[][] = [];
  if (A.length > 1)
    for (let k = 0; k < A[0].rows; k++) hidden.push(Array.from(A[0].data.subarray(k * G.cols, (k + 1) * G.cols)));
  return { step, ...bounds, resolution, output, classes: Y.rows, hidden };
}

// Feature scaling with statistics of the training split: x' = (x - shift) / scale, per feature (row of X).
import type { Matrix } from '../engine/matrix';

export interface Normalization {
  kind: 'standard' | 'minmax';
  /** Per feature: the mean (standard) or the minimum (minmax) of the training examples. */
  shift: number[];
  /** Per feature: the population standard deviation or max - min; 1 for a constant feature. */
  scale: number[];
}

export function fitNormalization(X: Matrix, kind: 'standard' | 'minmax'): Normalization {
  const shift: number[] = [];
  const scale: number[] = [];
  for (let r = 0; r < X.rows; r++) {
    const row = X.data.subarray(r * X.cols, (r + 1) * X.cols);
    let a: number;
    let s: number;
    if (kind === 'standard') {
      a = row.reduce((t, v) => t + v, 0) / row.length;
      s = Math.sqrt(row.reduce((t, v) => t + (v - a) * (v - a), 0) / row.length);
    } else {
      a = row.reduce((t, v) => Math.min(t, v), Infinity);
      s = row.reduce((t, v) => Math.max(t, v), -Infinity) - a;
    }
    shift.push(a);
    // A constant feature would divide by zero: it is only shifted, to 0.
    scale.push(s > 0 ? s : 1);
  }
  return { kind, shift, scale };
}

export function applyNormalization(X: Matrix, n: Normalization): Matrix {
  const data = new Float64Array(X.data.length);
  for (let r = 0; r < X.rows; r++) {
    for (let j = 0; j < X.cols; j++) data[r * X.cols + j] = (X.data[r * X.cols + j] - n.shift[r]) / n.scale[r];
  }
  return { rows: X.rows, cols: X.cols, data };
}

// The three losses: m·J for a batch (without regularisation) and dA[L] = ∂(m·J)/∂A[L].

import type { Activation, LossKind } from '../spec/types';

/** sigmoid + binary_cross_entropy and softmax + cross_entropy give dZ[L] = A[L] - Y directly. */
export function isFusedOutput(loss: LossKind, output: Activation): boolean {
  return (
    (loss === 'binary_cross_entropy' && output === 'sigmoid') || (loss === 'cross_entropy' && output === 'softmax')
  );
}

/**
 * Σ over the n×m entries of the loss terms, i.e. m·J before regularisation.
 * Equal to the format's formulas; with a sigmoid output log a = -softplus(-z) and
 * log(1 - a) = -softplus(z) (softplus(x) = log(1 + e^x)), with a softmax output log a_k = z_k - lse (log-sum-exp per column),
 * so a saturated output gives a large finite cost instead of log(0).
 * Otherwise terms whose coefficient y or 1 - y is 0 are left out (0·log 0 counts as 0).
 */
export function lossSum(
  loss: LossKind,
  output: Activation,
  Z: Float64Array,
  A: Float64Array,
  Y: Float64Array,
  n: number,
  m: number,
  lse: Float64Array,
): number {
  const size = n * m;
  let s = 0;
  if (loss === 'mse') {
    for (let k = 0; k < size; k++) {
      const d = A[k] - Y[k];
      s += d * d;
    }
    return 0.5 * s;
  }
  if (loss === 'binary_cross_entropy') {
    if (output === 'sigmoid') {
      // y·softplus(-z) + (1-y)·softplus(z) = softplus(-z) + (1-y)·z, and softplus(-z) = -log a,
      // which is accurate for z <= 0 (a <= 1/2) and saves an exp there.
      for (let k = 0; k < size; k++) {
        const z = Z[k];
        const a = A[k];
        const spNeg = z > 0 ? Math.log1p(Math.exp(-z)) : a > 0 ? -Math.log(a) : -z;
        s += spNeg + (1 - Y[k]) * z;
      }
      return s;
    }
    for (let k = 0; k < size; k++) {
      const y = Y[k];
      const a = A[k];
      if (y !== 0) s -= y * Math.log(a);
      if (y !== 1) s -= (1 - y) * Math.log(1 - a);
    }
    return s;
  }
  if (output === 'softmax') {
    for (let i = 0; i < n; i++) {
      for (let j = 0, k = i * m; j < m; j++, k++) {
        const y = Y[k];
        if (y !== 0) s += y * (lse[j] - Z[k]);
      }
    }
    return s;
  }
  for (let k = 0; k < size; k++) {
    const y = Y[k];
    if (y !== 0) s -= y * Math.log(A[k]);
  }
  return s;
}

/**
 * dA[L] = ∂(m·J)/∂A[L] by the loss formula: BCE -(Y/A - (1-Y)/(1-A)), CE -Y/A, MSE A - Y
 * (terms with a zero coefficient are left out, as in lossSum).
 */
export function outputDA(loss: LossKind, A: Float64Array, Y: Float64Array, dA: Float64Array, size: number): void {
  if (loss === 'mse') {
    for (let k = 0; k < size; k++) dA[k] = A[k] - Y[k];
  } else if (loss === 'binary_cross_entropy') {
    for (let k = 0; k < size; k++) {
      const y = Y[k];
      const a = A[k];
      let d = 0;
      if (y !== 0) d -= y / a;
      if (y !== 1) d += (1 - y) / (1 - a);
      dA[k] = d;
    }
  } else {
    for (let k = 0; k < size; k++) {
      const y = Y[k];
      dA[k] = y !== 0 ? -y / A[k] : 0;
    }
  }
}

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
 * log(1 - a) = -softplus(z) (softplus(x) = log(1 + e^x)), with a softmax output
 * -log a_k = (max_j z_j - z_k) + log Σ_j e^(z_j - max), so a saturated output gives a large finite
 * cost instead of log(0), and a tiny one keeps its digits (no difference of two large numbers).
 * `lse` is the softmax's log Σ_j e^(z_j - max) per column (see addBiasAndActivate).
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
      // y·softplus(-z) + (1-y)·softplus(z), with softplus(±z) = max(±z, 0) + log(1 + e^-|z|):
      // accurate even for a tiny term (a confidently right example), where -log a + z would cancel.
      for (let k = 0; k < size; k++) {
        const z = Z[k];
        const y = Y[k];
        const tail = Math.log1p(Math.exp(-Math.abs(z)));
        s += y * (Math.max(-z, 0) + tail) + (1 - y) * (Math.max(z, 0) + tail);
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
    for (let j = 0; j < m; j++) {
      let max = -Infinity;
      for (let k = j; k < size; k += m) if (Z[k] > max) max = Z[k];
      for (let k = j; k < size; k += m) {
        const y = Y[k];
        if (y !== 0) s += y * (max - Z[k] + lse[j]);
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

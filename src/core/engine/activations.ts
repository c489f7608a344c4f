// Activation functions g and their derivatives, applied to whole (n, m) row-major matrices.
// The switch on the kind sits outside the loops so every loop stays small and monomorphic.

import type { Activation } from '../spec/types';

/**
 * Z := Z + b (b broadcast over the m columns), then A := g(Z).
 * For softmax, `lse` receives log Σ_k e^{Z_kj - max_k Z_kj} per column j, the log-sum-exp without
 * the column's maximum (the cross-entropy adds it back exactly, see lossSum);
 * `tmp` is scratch of length m.
 */
export function addBiasAndActivate(
  kind: Activation,
  alpha: number,
  Z: Float64Array,
  A: Float64Array,
  b: Float64Array,
  n: number,
  m: number,
  lse: Float64Array,
  tmp: Float64Array,
): void {
  switch (kind) {
    case 'sigmoid':
      return addBiasSigmoid(Z, A, b, n, m);
    case 'tanh':
      return addBiasTanh(Z, A, b, n, m);
    case 'relu':
      return addBiasRelu(Z, A, b, n, m);
    case 'leaky_relu':
      return addBiasLeakyRelu(Z, A, b, n, m, alpha);
    case 'linear':
      return addBiasLinear(Z, A, b, n, m);
    case 'softmax':
      return softmaxColumns(Z, A, b, n, m, lse, tmp);
  }
}

/** Z := Z + b, then A := σ(Z). */
function addBiasSigmoid(Z: Float64Array, A: Float64Array, b: Float64Array, n: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let k = i * m, end = k + m; k < end; k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      A[k] = 1 / (1 + Math.exp(-z));
    }
  }
}

/** Z := Z + b, then A := tanh(Z). */
function addBiasTanh(Z: Float64Array, A: Float64Array, b: Float64Array, n: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let k = i * m, end = k + m; k < end; k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      A[k] = Math.tanh(z);
    }
  }
}

/** Z := Z + b, then A := max(Z, 0). */
function addBiasRelu(Z: Float64Array, A: Float64Array, b: Float64Array, n: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let k = i * m, end = k + m; k < end; k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      A[k] = z > 0 ? z : 0;
    }
  }
}

/** Z := Z + b, then A := Z where Z > 0, else alpha·Z. */
function addBiasLeakyRelu(
  Z: Float64Array,
  A: Float64Array,
  b: Float64Array,
  n: number,
  m: number,
  alpha: number,
): void {
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let k = i * m, end = k + m; k < end; k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      A[k] = z > 0 ? z : alpha * z;
    }
  }
}

/** Z := Z + b, then A := Z. */
function addBiasLinear(Z: Float64Array, A: Float64Array, b: Float64Array, n: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let k = i * m, end = k + m; k < end; k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      A[k] = z;
    }
  }
}

/** Softmax over the n rows of each column, stabilised by subtracting the column maximum. */
function softmaxColumns(
  Z: Float64Array,
  A: Float64Array,
  b: Float64Array,
  n: number,
  m: number,
  lse: Float64Array,
  sum: Float64Array,
): void {
  // lse holds the column maxima, then the log of the sum of the shifted exponentials.
  lse.fill(-Infinity, 0, m);
  for (let i = 0; i < n; i++) {
    const bi = b[i];
    for (let j = 0, k = i * m; j < m; j++, k++) {
      const z = Z[k] + bi;
      Z[k] = z;
      if (z > lse[j]) lse[j] = z;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0, k = i * m; j < m; j++, k++) A[k] = Math.exp(Z[k] - lse[j]);
  }
  sum.fill(0, 0, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0, k = i * m; j < m; j++, k++) sum[j] += A[k];
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0, k = i * m; j < m; j++, k++) A[k] /= sum[j];
  }
  for (let j = 0; j < m; j++) lse[j] = Math.log(sum[j]);
}

/**
 * dZ := dA * g'(Z), elementwise (for softmax the Jacobian-vector product per column:
 * dZ_k = a_k (dA_k - Σ_j a_j dA_j)). `tmp` is scratch of length m.
 */
export function backwardActivation(
  kind: Activation,
  alpha: number,
  dA: Float64Array,
  Z: Float64Array,
  A: Float64Array,
  dZ: Float64Array,
  n: number,
  m: number,
  tmp: Float64Array,
): void {
  const size = n * m;
  switch (kind) {
    case 'sigmoid':
      for (let k = 0; k < size; k++) {
        const a = A[k];
        dZ[k] = dA[k] * a * (1 - a);
      }
      return;
    case 'tanh':
      for (let k = 0; k < size; k++) {
        const a = A[k];
        dZ[k] = dA[k] * (1 - a * a);
      }
      return;
    case 'relu':
      for (let k = 0; k < size; k++) dZ[k] = Z[k] > 0 ? dA[k] : 0;
      return;
    case 'leaky_relu':
      for (let k = 0; k < size; k++) dZ[k] = Z[k] > 0 ? dA[k] : alpha * dA[k];
      return;
    case 'linear':
      for (let k = 0; k < size; k++) dZ[k] = dA[k];
      return;
    case 'softmax':
      tmp.fill(0, 0, m);
      for (let i = 0; i < n; i++) {
        for (let j = 0, k = i * m; j < m; j++, k++) tmp[j] += A[k] * dA[k];
      }
      for (let i = 0; i < n; i++) {
        for (let j = 0, k = i * m; j < m; j++, k++) dZ[k] = A[k] * (dA[k] - tmp[j]);
      }
      return;
  }
}

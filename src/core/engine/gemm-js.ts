// Plain-JavaScript kernels for C = alpha * op(A) op(B) + beta * C (row-major Float64Arrays).
// Loop orders keep the innermost loop on contiguous memory; k is unrolled by 4 so each pass
// over a row of C does four multiply-adds per load and store of C.
// With beta = 0, C's old contents are never read (NaN in C does not leak into the result).

/** Same contract as `gemm` in gemm.ts; always runs in JavaScript. */
export function gemmJs(
  transA: boolean,
  transB: boolean,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  beta: number,
  C: Float64Array,
): void {
  if (transB) {
    if (transA) productTT(M, N, K, alpha, A, B, beta, C);
    else productNT(M, N, K, alpha, A, B, beta, C);
    return;
  }
  // A (M, K) or, transposed, (K, M): element (i, k) sits at i * rowStep + k * kStep.
  productRowsOfB(M, N, K, alpha, A, transA ? 1 : K, transA ? M : 1, B, beta, C);
}

/**
 * C = alpha * op(A) B + beta * C in i-k-j order: row i of C gathers rows of B scaled by
 * op(A)[i, k], up to four rows of B a pass. The first pass writes the row (no separate
 * zeroing pass: small products, as in a 2-4-1 network, are dominated by passes over C).
 */
function productRowsOfB(
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  rowStep: number,
  kStep: number,
  B: Float64Array,
  beta: number,
  C: Float64Array,
): void {
  for (let i = 0; i < M; i++) {
    const c = i * N;
    const a = i * rowStep;
    let set = beta === 0;
    if (!set && beta !== 1) for (let j = 0; j < N; j++) C[c + j] *= beta;
    if (K === 0 && set) C.fill(0, c, c + N);
    for (let k = 0; k < K;) {
      const width = K - k >= 4 ? 4 : K - k >= 2 ? 2 : 1;
      const x0 = alpha * A[a + k * kStep];
      const x1 = width > 1 ? alpha * A[a + (k + 1) * kStep] : 0;
      const x2 = width > 2 ? alpha * A[a + (k + 2) * kStep] : 0;
      const x3 = width > 2 ? alpha * A[a + (k + 3) * kStep] : 0;
      rowPass(C, c, N, B, k * N, width, x0, x1, x2, x3, set);
      set = false;
      k += width;
    }
  }
}

/** C[c .. c+N) (=, or += when !set) x0 B[k, :] + ... over `width` (1, 2 or 4) rows of B from offset b. */
function rowPass(
  C: Float64Array,
  c: number,
  N: number,
  B: Float64Array,
  b: number,
  width: number,
  x0: number,
  x1: number,
  x2: number,
  x3: number,
  set: boolean,
): void {
  const b1 = b + N,
    b2 = b1 + N,
    b3 = b2 + N;
  if (width === 4) {
    if (set) for (let j = 0; j < N; j++) C[c + j] = x0 * B[b + j] + x1 * B[b1 + j] + x2 * B[b2 + j] + x3 * B[b3 + j];
    else for (let j = 0; j < N; j++) C[c + j] += x0 * B[b + j] + x1 * B[b1 + j] + x2 * B[b2 + j] + x3 * B[b3 + j];
  } else if (width === 2) {
    if (set) for (let j = 0; j < N; j++) C[c + j] = x0 * B[b + j] + x1 * B[b1 + j];
    else for (let j = 0; j < N; j++) C[c + j] += x0 * B[b + j] + x1 * B[b1 + j];
  } else if (set) {
    for (let j = 0; j < N; j++) C[c + j] = x0 * B[b + j];
  } else {
    for (let j = 0; j < N; j++) C[c + j] += x0 * B[b + j];
  }
}

/**
 * C = alpha * A Bᵀ + beta * C: each element is a dot product of two contiguous rows;
 * two columns of C at a time share the loads of A's row.
 */
function productNT(
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  beta: number,
  C: Float64Array,
): void {
  for (let i = 0; i < M; i++) {
    const a = i * K;
    let j = 0;
    for (; j + 1 < N; j += 2) {
      const b = j * K,
        d = b + K;
      let s0 = 0,
        s1 = 0,
        t0 = 0,
        t1 = 0;
      let k = 0;
      for (; k + 1 < K; k += 2) {
        const x0 = A[a + k],
          x1 = A[a + k + 1];
        s0 += x0 * B[b + k];
        s1 += x1 * B[b + k + 1];
        t0 += x0 * B[d + k];
        t1 += x1 * B[d + k + 1];
      }
      if (k < K) {
        s0 += A[a + k] * B[b + k];
        t0 += A[a + k] * B[d + k];
      }
      store(C, i * N + j, alpha * (s0 + s1), beta);
      store(C, i * N + j + 1, alpha * (t0 + t1), beta);
    }
    if (j < N) {
      const b = j * K;
      let s = 0;
      for (let k = 0; k < K; k++) s += A[a + k] * B[b + k];
      store(C, i * N + j, alpha * s, beta);
    }
  }
}

function store(C: Float64Array, idx: number, value: number, beta: number): void {
  C[idx] = beta === 0 ? value : value + beta * C[idx];
}

/** C = alpha * Aᵀ Bᵀ + beta * C (no product of the engine needs it: kept simple). */
function productTT(
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  beta: number,
  C: Float64Array,
): void {
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      const b = j * K;
      let s = 0;
      for (let k = 0; k < K; k++) s += A[k * M + i] * B[b + k];
      store(C, i * N + j, alpha * s, beta);
    }
  }
}

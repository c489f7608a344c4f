// The engine's operations on buffers that live in an arena (arena.ts): each is one or a few calls
// into the WebAssembly kernels, on the buffers in place. Same contracts as the JavaScript versions
// in gemm.ts and activations.ts, with beta = 0 for products.
import type { Activation } from '../spec/types';
import type { Arena } from './arena';
import { STRIP_ROWS } from './wasm-gemm-code';

/** Depth of one pass of gemmStrips: a 4-column strip of B this deep stays in L1 cache across row blocks. */
const K_SLICE = 256;

/**
 * C = alpha · op(A) op(B), with op(A) (M, K), op(B) (K, N), all row-major in the arena; A is stored
 * (K, M) when transA, B (N, K) when transB. Returns false (nothing done) for Aᵀ Bᵀ, which the engine never needs.
 */
export function arenaProduct(
  arena: Arena,
  transA: boolean,
  transB: boolean,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
): boolean {
  if (transA && transB) return false;
  if (M === 0 || N === 0) return true;
  if (K === 0) {
    C.fill(0, 0, M * N);
    return true;
  }
  if (transB) dotProducts(arena, M, N, K, alpha, A, B, C);
  else stripProducts(arena, transA, M, N, K, alpha, A, B, C);
  return true;
}

/**
 * Operands are cut into blocks that fit the L2 cache together (the kernels keep their registers
 * and L1 busy within a block): about this many bytes of the re-read operand per block.
 */
const BLOCK_BYTES = 128 * 1024;

/** C = alpha A Bᵀ, B's rows taken in blocks: each block of B stays in cache while every row of A passes. */
function dotProducts(
  arena: Arena,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
): void {
  const rows = Math.max(4, Math.floor(BLOCK_BYTES / (K * 8)) & ~3);
  for (let j0 = 0; j0 < N; j0 += rows) {
    const n = Math.min(rows, N - j0);
    arena.kernels.gemmDots(
      A.byteOffset,
      K * 8,
      B.byteOffset + j0 * K * 8,
      K * 8,
      C.byteOffset + j0 * 8,
      N * 8,
      M,
      n,
      K,
      alpha,
      0,
    );
  }
}

/** C = alpha op(A) B by gemmStrips, over blocks of rows of op(A) and passes of at most K_SLICE along k. */
function stripProducts(
  arena: Arena,
  transA: boolean,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
): void {
  // Row-major A: a block's rows are K·8 bytes apart; stored transposed, they are neighbours.
  const aRow = transA ? 8 : K * 8;
  const aStep = transA ? M * 8 : 8;
  const passes = Math.ceil(K / K_SLICE);
  const depth = Math.ceil(K / passes);
  const rows = Math.max(STRIP_ROWS, Math.floor(BLOCK_BYTES / (depth * 8) / STRIP_ROWS) * STRIP_ROWS);
  const nb = Math.ceil(N / 4);
  for (let i0 = 0; i0 < M; i0 += rows) {
    const m = Math.min(rows, M - i0);
    const mb = Math.ceil(m / STRIP_ROWS);
    for (let k0 = 0; k0 < K; k0 += depth) {
      const kl = Math.min(depth, K - k0);
      arena.kernels.gemmStrips(
        A.byteOffset + i0 * aRow + k0 * aStep,
        aRow,
        aStep,
        STRIP_ROWS * aRow,
        B.byteOffset + k0 * N * 8,
        N * 8,
        32,
        C.byteOffset + i0 * N * 8,
        N * 8,
        mb,
        nb,
        m - (mb - 1) * STRIP_ROWS,
        N - (nb - 1) * 4,
        kl,
        alpha,
        k0 > 0 ? 1 : 0,
      );
    }
  }
}

/** Z := Z + b, A := g(Z) (see addBiasAndActivate); for softmax, lse receives log Σ e^(Z - max) per column. */
export function arenaBiasActivate(
  arena: Arena,
  kind: Activation,
  alpha: number,
  Z: Float64Array,
  A: Float64Array,
  b: Float64Array,
  n: number,
  m: number,
  lse: Float64Array,
): void {
  const k = arena.kernels;
  const [z, a, bias] = [Z.byteOffset, A.byteOffset, b.byteOffset];
  switch (kind) {
    case 'sigmoid':
      return k.biasSigmoid(z, a, bias, n, m, alpha);
    case 'tanh':
      return k.biasTanh(z, a, bias, n, m, alpha);
    case 'relu':
      return k.biasRelu(z, a, bias, n, m, alpha);
    case 'leaky_relu':
      return k.biasLeakyRelu(z, a, bias, n, m, alpha);
    case 'linear':
      return k.biasLinear(z, a, bias, n, m, alpha);
    case 'softmax':
      k.biasLinear(z, a, bias, n, m, alpha);
      return k.softmaxColumns(z, a, n, m, lse.byteOffset);
  }
}

/** dZ := dA * g'(Z) over `size` entries; false (nothing done) for softmax, left to the JavaScript version. */
export function arenaBackwardActivation(
  arena: Arena,
  kind: Activation,
  alpha: number,
  dA: Float64Array,
  Z: Float64Array,
  A: Float64Array,
  dZ: Float64Array,
  size: number,
): boolean {
  const k = arena.kernels;
  const args = [dA.byteOffset, Z.byteOffset, A.byteOffset, dZ.byteOffset, size, alpha] as const;
  switch (kind) {
    case 'sigmoid':
      k.backSigmoid(...args);
      return true;
    case 'tanh':
      k.backTanh(...args);
      return true;
    case 'relu':
      k.backRelu(...args);
      return true;
    case 'leaky_relu':
      k.backLeakyRelu(...args);
      return true;
    case 'linear':
      k.backLinear(...args);
      return true;
    case 'softmax':
      return false;
  }
}

// C = alpha · A Bᵀ when A is mostly zeros, as a ReLU layer's dZ is for dW = (1/m) dZ A[l-1]ᵀ (a
// unit that is off for an example has a zero there, about half of them): only A's non-zero entries
// are multiplied, by the kernels of wasm-sparse-code.ts on panels of Bᵀ made pass by pass along k.
import type { Arena } from './arena';
import type { Workspace } from './workspace';
import { SPARSE_COLUMNS } from './wasm-sparse-code';

/**
 * Below this many multiply-adds the dense product is used: the lists and the transpose cost about
 * what the zeros save (64-128-64-10's products of 1M trained no faster with them).
 */
const MIN_MACS = 1 << 22;
/**
 * The largest share of non-zeros in A for which the sparse product is used: per entry kept it is
 * about 1.4 times as slow as the dense product per entry (it cannot reuse a row of Bᵀ across rows of
 * A), so it breaks even at about 0.65.
 */
const MAX_DENSITY = 0.6;
/** k per pass: a panel of Bᵀ this deep (256 rows of 64 bytes) stays in L1 cache while every row of A passes. */
const K_SLICE = 256;

/** Bytes of n items of `bytes` each, rounded up to whole cache lines. */
const lines = (n: number, bytes: number) => Math.ceil((n * bytes) / 64) * 64;

/**
 * C (M, N) := alpha · A Bᵀ for A (M, K) and B (N, K) row-major in the arena. Returns false, having
 * written nothing to C, when the product is small, A has too many non-zeros, or B is not all
 * finite (skipping 0 · Infinity would hide a NaN); the caller then uses the dense product.
 * Along k it goes in passes of at most K_SLICE, each with its own lists and panels of Bᵀ: the
 * scratch stays within 256 rows of Bᵀ, smaller than B whenever the batch is larger.
 */
export function sparseTimesTransposed(
  arena: Arena,
  ws: Workspace,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
): boolean {
  if (M * N * K < MIN_MACS) return false;
  const k = arena.kernels;
  const passes = Math.ceil(K / K_SLICE);
  const depth = Math.ceil(K / passes);
  const entries = M * depth + 1;
  const [valsBytes, offsBytes] = [lines(entries, 8), lines(entries, 4)];
  const lists = ws.scratch(arena, 'lists', (valsBytes + offsBytes + lines(M + 1, 4)) / 8).byteOffset;
  const [vals, offs, starts] = [lists, lists + valsBytes, lists + valsBytes + offsBytes];
  const row = SPARSE_COLUMNS * 8; // bytes of a row of a panel of Bᵀ
  const list = (k0: number, klen: number) =>
    k.compactRows(A.byteOffset + k0 * 8, M, K * 8, klen, row, vals, offs, starts);
  if (list(0, depth) > MAX_DENSITY * M * depth) return false; // judged on the first pass
  if (k.allFinite(B.byteOffset, N * K) !== 1) return false;
  const panels = ws.scratch(arena, 'panels', Math.ceil(N / SPARSE_COLUMNS) * depth * SPARSE_COLUMNS).byteOffset;
  for (let k0 = 0; k0 < K; k0 += depth) {
    const klen = Math.min(depth, K - k0);
    if (k0 > 0) list(k0, klen);
    k.transposeToPanels(B.byteOffset + k0 * 8, K * 8, N, klen, panels);
    k.sparseRowsProduct(vals, offs, starts, M, panels, klen * row, N, C.byteOffset, N * 8, alpha, k0 > 0 ? 1 : 0);
  }
  return true;
}

// General matrix product C = alpha * op(A) op(B) + beta * C on row-major Float64Arrays,
// where op(X) is X or Xᵀ. The one hot loop of the engine: every product goes through here.
import { gemmJs } from './gemm-js';
import { gemmWasm, wasmGemmAvailable } from './gemm-wasm';

/**
 * Whether the WebAssembly kernel beats the JavaScript one for this product (measured with
 * bench/gemm.ts and the products of the benchmark workloads). The wasm path pays for copying
 * the operands in: element by element where it packs (A untransposed, B transposed), about five
 * times less where it copies whole rows; one multiply-add in wasm is several times cheaper.
 */
export function prefersWasm(transA: boolean, transB: boolean, M: number, N: number, K: number): boolean {
  if (!wasmGemmAvailable) return false;
  const Mp = (M + 3) & ~3;
  const Np = (N + 3) & ~3;
  const copying = (transA ? 0.2 : 1) * Mp * K + (transB ? 1 : 0.2) * Np * K + 0.2 * Mp * Np;
  return M * N * K >= 3 * copying + 3000;
}

/**
 * op(A) is (M, K), op(B) is (K, N), C is (M, N).
 * A is stored (M, K) row-major, or (K, M) when transA; B is (K, N), or (N, K) when transB.
 */
export function gemm(
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
  if (prefersWasm(transA, transB, M, N, K)) gemmWasm(transA, transB, M, N, K, alpha, A, B, beta, C);
  else gemmJs(transA, transB, M, N, K, alpha, A, B, beta, C);
}

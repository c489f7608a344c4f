// General matrix product C = alpha * op(A) op(B) + beta * C on row-major Float64Arrays,
// where op(X) is X or Xᵀ. The one hot loop of the engine: every product goes through here.
import { gemmJs } from './gemm-js';
import { gemmWasm, stagingCost, wasmGemmAvailable } from './gemm-wasm';

/**
 * Whether the WebAssembly kernel beats the JavaScript one for this product: a multiply-add in
 * wasm is several times cheaper, but the operands must be copied in first and a call has a fixed
 * cost. The constants come from timing both kernels on the products of bench/gemm.ts.
 */
export function prefersWasm(transA: boolean, transB: boolean, M: number, N: number, K: number): boolean {
  return wasmGemmAvailable && M * N * K >= 2 * stagingCost(transA, transB, M, N, K) + 500;
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

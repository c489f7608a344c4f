// The WebAssembly SIMD path of gemm: operands are copied into wasm memory, zero-padded to
// multiples of 4, and packed into 4-wide panels along k where that pays, so the kernel of
// gemm-wasm-module.ts reads both operands 4 values at a time; A Bᵀ with an even K goes to a
// second kernel that reads both as stored. alpha and beta * C apply on the way out.
import { gemmKernelModuleBytes } from './gemm-wasm-module';

type Kernel = (
  ap: number,
  aPanel: number,
  aStep: number,
  bp: number,
  bPanel: number,
  bStep: number,
  cp: number,
  mb: number,
  nb: number,
  klen: number,
  ldc: number,
) => void;
type KernelNT = (
  ap: number,
  lda: number,
  bp: number,
  ldb: number,
  cp: number,
  ldc: number,
  mb: number,
  nb: number,
  klen: number,
) => void;

/** Depth of one pass of a kernel (even): 4-column strips of B this deep stay in L1 cache across row blocks. */
const K_SLICE = 256;
const PAGE = 65536;
/** An operand laid along k is packed (not just copied) when at least this many rows/columns of C reuse it. */
const PACK_WHEN_REUSED = 32;

/**
 * The part of the WebAssembly API used here. Node has it at run time; TypeScript declares it only
 * with the DOM library, which the core does not see.
 */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}

interface WasmState {
  memory: WasmMemory;
  kernel: Kernel;
  kernelNT: KernelNT;
  heap: Float64Array;
}

function instantiate(): WasmState | undefined {
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (typeof wasm !== 'object') return undefined;
    const memory = new wasm.Memory({ initial: 16 });
    // Synchronous on purpose: the module is under 1 KB, and callers (worker, CLI) are synchronous.
    const instance = new wasm.Instance(new wasm.Module(gemmKernelModuleBytes()), { env: { memory } });
    const { kernel, kernelNT } = instance.exports as { kernel: Kernel; kernelNT: KernelNT };
    return { memory, kernel, kernelNT, heap: new Float64Array(memory.buffer) };
  } catch {
    return undefined; // no WebAssembly or no SIMD: the JavaScript kernels take over
  }
}

const state = instantiate();

/** True when the WebAssembly SIMD kernel loaded (else `gemmWasm` must not be called). */
export const wasmGemmAvailable = state !== undefined;

/** Returns the heap view, growing memory to hold at least `doubles` Float64 values. */
function heapFor(s: WasmState, doubles: number): Float64Array {
  const bytes = doubles * 8;
  if (s.memory.buffer.byteLength < bytes) {
    s.memory.grow(Math.ceil((bytes - s.memory.buffer.byteLength) / PAGE));
    s.heap = new Float64Array(s.memory.buffer);
  }
  return s.heap;
}

/**
 * What bringing the operands into wasm memory costs, in element copies of a JavaScript loop:
 * packing moves elements one by one (1 each); copying whole rows is about five times cheaper.
 */
export function stagingCost(transA: boolean, transB: boolean, M: number, N: number, K: number): number {
  const Mp = (M + 3) & ~3;
  const Np = (N + 3) & ~3;
  if (usesKernelNT(transA, transB, K)) return 0.2 * (Mp * K + Np * K + Mp * Np);
  const aPacked = !transA || N >= PACK_WHEN_REUSED;
  const bPacked = transB || M >= PACK_WHEN_REUSED;
  return (aPacked ? 1 : 0.2) * Mp * K + (bPacked ? 1 : 0.2) * Np * K + 0.2 * Mp * Np;
}

/** Same contract as `gemm` in gemm.ts; runs the WebAssembly SIMD kernel. */
export function gemmWasm(
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
  if (state === undefined) throw new Error('gemmWasm: WebAssembly SIMD is not available');
  if (M === 0 || N === 0) return;
  if (usesKernelNT(transA, transB, K)) {
    productNT(state, M, N, K, alpha, A, B, beta, C);
    return;
  }
  const Mp = (M + 3) & ~3;
  const Np = (N + 3) & ~3;
  const aOff = 0;
  const bOff = strideFor(Mp) * K;
  const cOff = bOff + strideFor(Np) * K;
  const heap = heapFor(state, cOff + Mp * Np);
  // Operands stored along k (A untransposed, B transposed) are packed into 4-wide panels;
  // the others are packed too when reused by many blocks of C, else copied row by row.
  const [aPanel, aStep] = transA
    ? stageAlongRows(heap, aOff, A, K, M, Mp, N >= PACK_WHEN_REUSED)
    : packPanels(heap, aOff, A, M, Mp, K);
  const [bPanel, bStep] = transB
    ? packPanels(heap, bOff, B, N, Np, K)
    : stageAlongRows(heap, bOff, B, K, N, Np, M >= PACK_WHEN_REUSED);
  heap.fill(0, cOff, cOff + Mp * Np);
  for (let k0 = 0; k0 < K; k0 += K_SLICE) {
    const kl = Math.min(K_SLICE, K - k0);
    state.kernel(
      aOff * 8 + k0 * aStep,
      aPanel,
      aStep,
      bOff * 8 + k0 * bStep,
      bPanel,
      bStep,
      cOff * 8,
      Mp >> 2,
      Np >> 2,
      kl,
      Np * 8,
    );
  }
  copyOut(heap, cOff, Np, M, N, alpha, beta, C);
}

/** A Bᵀ with an even K: both operands run along k in their rows, so kernelNT reads them as stored. */
function usesKernelNT(transA: boolean, transB: boolean, K: number): boolean {
  return transB && !transA && K % 2 === 0 && K > 0;
}

function productNT(
  s: WasmState,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  beta: number,
  C: Float64Array,
): void {
  const Mp = (M + 1) & ~1;
  const Np = (N + 3) & ~3;
  const aOff = 0;
  const bOff = Mp * K;
  const cOff = bOff + Np * K;
  const heap = heapFor(s, cOff + Mp * Np);
  heap.set(A.subarray(0, M * K), aOff);
  heap.fill(0, aOff + M * K, bOff);
  heap.set(B.subarray(0, N * K), bOff);
  heap.fill(0, bOff + N * K, cOff);
  heap.fill(0, cOff, cOff + Mp * Np);
  for (let k0 = 0; k0 < K; k0 += K_SLICE) {
    const kl = Math.min(K_SLICE, K - k0);
    s.kernelNT((aOff + k0) * 8, K * 8, (bOff + k0) * 8, K * 8, cOff * 8, Np * 8, Mp >> 1, Np >> 2, kl);
  }
  copyOut(heap, cOff, Np, M, N, alpha, beta, C);
}

/** C = alpha · (the product at `cOff`, rows `ldc` apart) + beta · C. */
function copyOut(
  heap: Float64Array,
  cOff: number,
  ldc: number,
  M: number,
  N: number,
  alpha: number,
  beta: number,
  C: Float64Array,
): void {
  if (alpha === 1 && beta === 0 && N === ldc) {
    C.set(heap.subarray(cOff, cOff + M * N));
    return;
  }
  for (let i = 0; i < M; i++) {
    const src = cOff + i * ldc;
    const dst = i * N;
    if (beta === 0) for (let j = 0; j < N; j++) C[dst + j] = alpha * heap[src + j];
    else for (let j = 0; j < N; j++) C[dst + j] = alpha * heap[src + j] + beta * C[dst + j];
  }
}

/**
 * Row stride for a copied operand: off powers of two, so the rows of a 4-column
 * strip do not all compete for the same few L1 cache sets.
 */
function strideFor(colsPadded: number): number {
  return colsPadded % 64 === 0 ? colsPadded + 4 : colsPadded;
}

/**
 * Brings the (K, cols) row-major `src`, whose columns are the kernel's rows or columns, into the
 * heap at `off`, zero-padded to `colsPadded`: packed into 4-column panels, or copied row by row.
 * Returns the kernel's [panel, step] strides in bytes.
 */
function stageAlongRows(
  heap: Float64Array,
  off: number,
  src: Float64Array,
  K: number,
  cols: number,
  colsPadded: number,
  pack: boolean,
): [number, number] {
  if (pack) {
    for (let k = 0; k < K; k++) {
      const row = k * cols;
      const base = off + k * 4;
      for (let j = 0; j < colsPadded; j++) heap[base + (j >> 2) * K * 4 + (j & 3)] = j < cols ? src[row + j] : 0;
    }
    return [K * 32, 32];
  }
  const stride = strideFor(colsPadded);
  if (stride === cols) {
    heap.set(src.subarray(0, K * cols), off);
    return [32, stride * 8];
  }
  for (let k = 0; k < K; k++) {
    const dst = off + k * stride;
    heap.set(src.subarray(k * cols, (k + 1) * cols), dst);
    if (colsPadded > cols) heap.fill(0, dst + cols, dst + colsPadded);
  }
  return [32, stride * 8];
}

/**
 * Packs the (rows, K) row-major `src` into panels of 4 rows: row i, column k goes to
 * off + (i >> 2)·4K + 4k + (i & 3); rows from `rows` up to `rowsPadded` are zeros.
 * Returns the kernel's [panel, step] strides in bytes.
 */
function packPanels(
  heap: Float64Array,
  off: number,
  src: Float64Array,
  rows: number,
  rowsPadded: number,
  K: number,
): [number, number] {
  for (let i = 0; i < rowsPadded; i++) {
    const base = off + (i >> 2) * K * 4 + (i & 3);
    if (i >= rows) {
      for (let k = 0; k < K; k++) heap[base + k * 4] = 0;
    } else {
      const row = i * K;
      for (let k = 0; k < K; k++) heap[base + k * 4] = src[row + k];
    }
  }
  return [K * 32, 32];
}

// The WebAssembly SIMD path of gemm: operands are copied into wasm memory (zero-padded to
// multiples of 4), those whose rows run along k are packed into 4-row panels so the kernel of
// gemm-wasm-module.ts reads both operands 4 values wide; alpha and beta * C apply on the way out.
import { gemmKernelModuleBytes } from './gemm-wasm-module';

type Kernel = (
  ap: number, aPanel: number, aStep: number, bp: number, bPanel: number, bStep: number,
  cp: number, mb: number, nb: number, klen: number, ldc: number,
) => void;

/** Depth of one pass of the kernel: 4-column strips of B this deep stay in L1 cache across row blocks. */
const K_SLICE = 256;
const PAGE = 65536;

interface WasmState {
  memory: WebAssembly.Memory;
  kernel: Kernel;
  heap: Float64Array;
}

function instantiate(): WasmState | undefined {
  try {
    if (typeof WebAssembly !== 'object') return undefined;
    const memory = new WebAssembly.Memory({ initial: 16 });
    // Synchronous on purpose: the module is under 1 KB, and callers (worker, CLI) are synchronous.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(gemmKernelModuleBytes()), { env: { memory } });
    return { memory, kernel: instance.exports.kernel as Kernel, heap: new Float64Array(memory.buffer) };
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
  const Mp = (M + 3) & ~3;
  const Np = (N + 3) & ~3;
  const aOff = 0;
  const bOff = Mp * K;
  const cOff = bOff + Np * K;
  const heap = heapFor(state, cOff + Mp * Np);
  // A stored (K, M) is already "columns of op(A) in rows": copy it; A stored (M, K) is packed.
  if (transA) copyPadded(heap, aOff, A, K, M, Mp);
  else packPanels(heap, aOff, A, M, Mp, K);
  if (transB) packPanels(heap, bOff, B, N, Np, K);
  else copyPadded(heap, bOff, B, K, N, Np);
  const [aPanel, aStep] = transA ? [32, Mp * 8] : [K * 32, 32];
  const [bPanel, bStep] = transB ? [K * 32, 32] : [32, Np * 8];
  heap.fill(0, cOff, cOff + Mp * Np);
  for (let k0 = 0; k0 < K; k0 += K_SLICE) {
    const kl = Math.min(K_SLICE, K - k0);
    state.kernel(aOff * 8 + k0 * aStep, aPanel, aStep, bOff * 8 + k0 * bStep, bPanel, bStep, cOff * 8, Mp >> 2, Np >> 2, kl, Np * 8);
  }
  if (alpha === 1 && beta === 0 && N === Np) {
    C.set(heap.subarray(cOff, cOff + M * N));
    return;
  }
  for (let i = 0; i < M; i++) {
    const src = cOff + i * Np;
    const dst = i * N;
    if (beta === 0) for (let j = 0; j < N; j++) C[dst + j] = alpha * heap[src + j];
    else for (let j = 0; j < N; j++) C[dst + j] = alpha * heap[src + j] + beta * C[dst + j];
  }
}

/** Copies the (rows, cols) row-major `src` to `off` with rows `colsPadded` long, zero-filled past `cols`. */
function copyPadded(heap: Float64Array, off: number, src: Float64Array, rows: number, cols: number, colsPadded: number): void {
  if (cols === colsPadded) {
    heap.set(src.subarray(0, rows * cols), off);
    return;
  }
  for (let r = 0; r < rows; r++) {
    const dst = off + r * colsPadded;
    heap.set(src.subarray(r * cols, (r + 1) * cols), dst);
    heap.fill(0, dst + cols, dst + colsPadded);
  }
}

/**
 * Packs the (rows, K) row-major `src` into panels of 4 rows: row i, column k goes to
 * off + (i >> 2)·4K + 4k + (i & 3); rows from `rows` up to `rowsPadded` are zeros.
 */
function packPanels(heap: Float64Array, off: number, src: Float64Array, rows: number, rowsPadded: number, K: number): void {
  for (let i = 0; i < rowsPadded; i++) {
    const base = off + (i >> 2) * K * 4 + (i & 3);
    if (i >= rows) {
      for (let k = 0; k < K; k++) heap[base + k * 4] = 0;
    } else {
      const row = i * K;
      for (let k = 0; k < K; k++) heap[base + k * 4] = src[row + k];
    }
  }
}

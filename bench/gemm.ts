// Micro-benchmark of the matrix product alone: GFLOP/s per shape for the JavaScript and
// WebAssembly kernels and for the dispatching `gemm`, on the products the four workloads make.
// Then W4's dW1 in place in an arena, dense against sparse. Run: node --import tsx bench/gemm.ts
import { Arena } from '../src/core/engine/arena';
import { arenaProduct } from '../src/core/engine/arena-ops';
import { sparseTimesTransposed } from '../src/core/engine/arena-sparse';
import { gemm } from '../src/core/engine/gemm';
import { gemmJs } from '../src/core/engine/gemm-js';
import { gemmWasm, wasmGemmAvailable } from '../src/core/engine/gemm-wasm';
import { Workspace } from '../src/core/engine/workspace';

type Gemm = typeof gemm;
interface Shape {
  label: string;
  tA: boolean;
  tB: boolean;
  M: number;
  N: number;
  K: number;
}

const shapes: Shape[] = [
  { label: 'W1 Z1 = W1 X', tA: false, tB: false, M: 4, N: 400, K: 2 },
  { label: 'W1 dW1 = dZ1 Xᵀ', tA: false, tB: true, M: 4, N: 2, K: 400 },
  { label: 'W1 dA1 = W2ᵀ dZ2', tA: true, tB: false, M: 4, N: 400, K: 1 },
  { label: 'W2 Z2 = W2 A1', tA: false, tB: false, M: 16, N: 1000, K: 16 },
  { label: 'W2 dW2 = dZ2 A1ᵀ', tA: false, tB: true, M: 16, N: 16, K: 1000 },
  { label: 'W3 Z1 = W1 X', tA: false, tB: false, M: 128, N: 128, K: 64 },
  { label: 'W3 Z2 = W2 A1', tA: false, tB: false, M: 64, N: 128, K: 128 },
  { label: 'W3 dW2 = dZ2 A1ᵀ', tA: false, tB: true, M: 64, N: 128, K: 128 },
  { label: 'W3 dA1 = W2ᵀ dZ2', tA: true, tB: false, M: 128, N: 128, K: 64 },
  { label: 'W4 Z1 = W1 X', tA: false, tB: false, M: 256, N: 256, K: 784 },
  { label: 'W4 dW1 = dZ1 Xᵀ', tA: false, tB: true, M: 256, N: 784, K: 256 },
  { label: 'W4 Z2 = W2 A1', tA: false, tB: false, M: 10, N: 256, K: 256 },
  { label: 'W4 dA1 = W2ᵀ dZ2', tA: true, tB: false, M: 256, N: 256, K: 10 },
];

function random(n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = Math.random() - 0.5;
  return a;
}

function gflops(f: Gemm, s: Shape): number {
  const A = random(s.M * s.K),
    B = random(s.K * s.N),
    C = random(s.M * s.N);
  const flops = 2 * s.M * s.N * s.K;
  // Short measurements (about 2 MFLOP), best of many: on a busy machine some land in quiet moments.
  const reps = Math.max(2, Math.ceil(2e6 / flops));
  let best = Infinity;
  for (let trial = 0; trial < 25; trial++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) f(s.tA, s.tB, s.M, s.N, s.K, 1, A, B, 0, C);
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return flops / (best * 1e6);
}

const kernels: [string, Gemm][] = [
  ['js', gemmJs],
  ['gemm', gemm],
];
if (wasmGemmAvailable) kernels.splice(1, 0, ['wasm', gemmWasm]);
// Warm up every kernel so each runs optimised code (TurboFan JS, tiered-up wasm) when measured.
for (const [, f] of kernels) for (const s of shapes) gflops(f, s);
console.log(`GFLOP/s (best of 25)  ${kernels.map(([n]) => n.padStart(7)).join('')}`);
for (const s of shapes) {
  const cells = kernels.map(([, f]) => gflops(f, s).toFixed(2).padStart(7));
  console.log(`${`${s.label} (${s.M},${s.K})(${s.K},${s.N})`.padEnd(40)}${cells.join('')}`);
}

/** Best time of `f` in ms over 25 trials (after one warm-up). */
function bestMs(f: () => void): number {
  f();
  let best = Infinity;
  for (let trial = 0; trial < 25; trial++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// W4's dW1 = (1/m) dZ1 Xᵀ as the engine runs it, in place in an arena: the dense product against the
// sparse one (arena-sparse.ts) for dZ1 with a ReLU layer's share of zeros and with fewer.
const arena = Arena.create();
if (arena) {
  const [M, N, K] = [256, 784, 256];
  const ws = new Workspace([1, 1], 1, true, arena);
  const B = arena.alloc(N * K);
  B.set(random(N * K));
  const C = arena.alloc(M * N);
  console.log(`\nW4 dW1 = dZ1 Xᵀ in an arena, ms (best of 25)   dense  sparse`);
  for (const zeros of [0.5, 0.6]) {
    const A = arena.alloc(M * K);
    A.set(random(M * K).map((x) => (Math.random() < zeros ? 0 : x)));
    const dense = bestMs(() => arenaProduct(arena, false, true, M, N, K, 1 / K, A, B, C));
    const sparse = bestMs(() => sparseTimesTransposed(arena, ws, M, N, K, 1 / K, A, B, C));
    console.log(
      `  dZ1 ${zeros * 100}% zeros${''.padEnd(30)}${dense.toFixed(2).padStart(7)}${sparse.toFixed(2).padStart(8)}`,
    );
  }
}

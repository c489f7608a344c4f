import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { gemm, prefersWasm } from '../../../src/core/engine/gemm';
import { gemmJs } from '../../../src/core/engine/gemm-js';
import { gemmWasm, wasmGemmAvailable } from '../../../src/core/engine/gemm-wasm';

type Gemm = typeof gemm;

/** The definition, term by term: C[i][j] = alpha Σ_k op(A)[i][k] op(B)[k][j] + beta C[i][j]. */
function reference(
  tA: boolean,
  tB: boolean,
  M: number,
  N: number,
  K: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  beta: number,
  C: Float64Array,
) {
  const value = new Float64Array(M * N);
  const bound = new Float64Array(M * N); // Σ |terms|: the scale of the rounding error
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      let abs = 0;
      for (let k = 0; k < K; k++) {
        const a = tA ? A[k * M + i] : A[i * K + k];
        const b = tB ? B[j * K + k] : B[k * N + j];
        s += a * b;
        abs += Math.abs(a * b);
      }
      const c = beta === 0 ? 0 : beta * C[i * N + j];
      value[i * N + j] = alpha * s + c;
      bound[i * N + j] = Math.abs(alpha) * abs + Math.abs(c);
    }
  }
  return { value, bound };
}

let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 4294967296 - 0.5;
}
const randomArray = (n: number) => Float64Array.from({ length: n }, rand);

function check(f: Gemm, tA: boolean, tB: boolean, M: number, N: number, K: number, alpha: number, beta: number): void {
  const A = randomArray(M * K);
  const B = randomArray(K * N);
  const C = randomArray(M * N);
  const { value, bound } = reference(tA, tB, M, N, K, alpha, A, B, beta, C);
  f(tA, tB, M, N, K, alpha, A, B, beta, C);
  for (let x = 0; x < M * N; x++) {
    const tolerance = 1e-12 * bound[x] + 1e-300;
    if (!(Math.abs(C[x] - value[x]) <= tolerance)) {
      assert.fail(
        `(${M}, ${N}, ${K}) transA=${tA} transB=${tB} alpha=${alpha} beta=${beta}: C[${x}] = ${C[x]}, expected ${value[x]}`,
      );
    }
  }
}

const sizes: [number, number, number][] = [
  [1, 1, 1],
  [1, 5, 3],
  [3, 1, 5],
  [5, 3, 1],
  [2, 2, 2],
  [4, 4, 4],
  [17, 5, 130],
  [130, 17, 5],
  [4, 400, 2],
  [4, 2, 400],
  [1, 400, 4],
  [33, 65, 300],
  [7, 9, 520],
  [130, 130, 17],
  [5, 128, 9],
  [64, 7, 11],
  [3, 8, 10], // the wasm path's copies: padded row stride, and one block copy
];
const scalars: [number, number][] = [
  [1, 0],
  [1, 1],
  [-0.5, 1],
  [2, 0.3],
  [0, 0.7],
];
const kernels: [string, Gemm][] = [
  ['gemm', gemm],
  ['gemmJs', gemmJs],
  ['gemmWasm', gemmWasm],
];

test('the WebAssembly SIMD kernel loads in Node', () => {
  assert.equal(wasmGemmAvailable, true);
});

for (const [name, f] of kernels) {
  describe(name, () => {
    for (const tA of [false, true]) {
      for (const tB of [false, true]) {
        test(`op(A) = ${tA ? 'Aᵀ' : 'A'}, op(B) = ${tB ? 'Bᵀ' : 'B'}: every size, alpha and beta agree with the definition`, () => {
          for (const [M, N, K] of sizes) for (const [alpha, beta] of scalars) check(f, tA, tB, M, N, K, alpha, beta);
        });
      }
    }

    test('beta = 0 overwrites C: NaN already in C does not leak into the result', () => {
      for (const [tA, tB] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ] as const) {
        const A = randomArray(6 * 5),
          B = randomArray(5 * 7);
        const C = new Float64Array(6 * 7).fill(NaN);
        f(tA, tB, 6, 7, 5, 1, A, B, 0, C);
        assert.ok(C.every(Number.isFinite), `transA=${tA} transB=${tB}`);
      }
    });

    test('K = 0: the product is empty, C becomes beta C', () => {
      for (const tB of [false, true]) {
        const C = Float64Array.from([1, 2, 3, 4, 5, 6]);
        f(false, tB, 2, 3, 0, 1, new Float64Array(0), new Float64Array(0), 0.5, C);
        assert.deepEqual(Array.from(C), [0.5, 1, 1.5, 2, 2.5, 3]);
      }
    });

    test('a known 2×2 product: [[1, 2], [3, 4]] [[5, 6], [7, 8]] = [[19, 22], [43, 50]]', () => {
      const C = new Float64Array(4);
      f(false, false, 2, 2, 2, 1, Float64Array.from([1, 2, 3, 4]), Float64Array.from([5, 6, 7, 8]), 0, C);
      assert.deepEqual(Array.from(C), [19, 22, 43, 50]);
      // Aᵀ with A stored (2, 2) = [[1, 3], [2, 4]] gives the same product.
      f(true, false, 2, 2, 2, 1, Float64Array.from([1, 3, 2, 4]), Float64Array.from([5, 6, 7, 8]), 0, C);
      assert.deepEqual(Array.from(C), [19, 22, 43, 50]);
    });
  });
}

test('gemmWasm: memory grows for a large product after small ones, and results stay right', () => {
  check(gemmWasm, false, false, 3, 3, 3, 1, 0);
  check(gemmWasm, false, true, 200, 260, 300, 1, 0); // about 1.4 MB of operands: more than the initial memory
  check(gemmWasm, true, false, 9, 11, 13, 1, 0.5);
});

test('gemm is right on both sides of its choice between the JS and the wasm kernel', () => {
  const small: [number, number, number] = [3, 2, 5]; // a tiny product: JS
  const large: [number, number, number] = [64, 128, 128]; // a hidden layer of 64-128-64-10: wasm
  assert.equal(prefersWasm(false, true, ...small), false);
  assert.equal(prefersWasm(false, true, ...large), true);
  check(gemm, false, true, ...small, 1, 0);
  check(gemm, false, true, ...large, 1, 0);
});

test('property: JS and wasm kernels match the definition on random shapes', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 24 }),
      fc.integer({ min: 1, max: 24 }),
      fc.integer({ min: 0, max: 40 }),
      fc.boolean(),
      fc.boolean(),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.constantFrom(0, 1, -0.25),
      (M, N, K, tA, tB, alpha, beta) => {
        check(gemmJs, tA, tB, M, N, K, alpha, beta);
        check(gemmWasm, tA, tB, M, N, K, alpha, beta);
      },
    ),
    { numRuns: 150 },
  );
});

test('without WebAssembly (node --jitless) gemm falls back to the JavaScript kernels', () => {
  const engine = join(__dirname, '..', '..', '..', 'src', 'core', 'engine');
  const script = `
    const { wasmGemmAvailable } = require(${JSON.stringify(join(engine, 'gemm-wasm.ts'))});
    const { gemm, prefersWasm } = require(${JSON.stringify(join(engine, 'gemm.ts'))});
    const A = new Float64Array(64 * 64).fill(1), B = new Float64Array(64 * 64).fill(2), C = new Float64Array(64 * 64);
    gemm(false, false, 64, 64, 64, 1, A, B, 0, C);
    console.log(JSON.stringify({ wasmGemmAvailable, prefersWasm: prefersWasm(false, false, 64, 64, 64), allEqual: C.every((c) => c === 128) }));`;
  const r = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  // Each entry is Σ over 64 terms of 1 · 2.
  assert.deepEqual(JSON.parse(r.stdout.trim()), { wasmGemmAvailable: false, prefersWasm: false, allEqual: true });
});

test('in a worker thread (bundled by esbuild, as the extension ships it) the wasm kernel loads synchronously and is right', async () => {
  const bundle = buildSync({
    stdin: {
      contents: `
        import { parentPort } from 'node:worker_threads';
        import { wasmGemmAvailable } from './gemm-wasm';
        import { gemm } from './gemm';
        const C = new Float64Array(64 * 64);
        gemm(false, true, 64, 64, 64, 1, new Float64Array(4096).fill(1), new Float64Array(4096).fill(2), 0, C);
        parentPort!.postMessage({ wasmGemmAvailable, allEqual: C.every((c) => c === 128) });`,
      resolveDir: join(__dirname, '..', '..', '..', 'src', 'core', 'engine'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
  });
  const worker = new Worker(bundle.outputFiles[0].text, { eval: true });
  const reply = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.deepEqual(reply, { wasmGemmAvailable: true, allEqual: true });
});

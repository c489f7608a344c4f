// The sparse product of arena-sparse.ts (dW = (1/m) dZ A[l-1]ᵀ skipping dZ's zeros) against the
// dense JavaScript product: shapes with odd edges and several passes along k, when it declines (and
// leaves C alone), its kernels' lists and panels, and a ReLU network's gradients with and without it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Arena } from '../../../src/core/engine/arena';
import { sparseTimesTransposed } from '../../../src/core/engine/arena-sparse';
import { gemmJs } from '../../../src/core/engine/gemm-js';
import { Network } from '../../../src/core/engine/network';
import { SPARSE_COLUMNS } from '../../../src/core/engine/wasm-sparse-code';
import { Workspace } from '../../../src/core/engine/workspace';

const arena = Arena.create()!;

let seed = 29;
function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
}
/** n entries, each zero with probability 1 - density, else in [-0.5, 0.5). */
const sparseRandoms = (n: number, density: number) =>
  Float64Array.from({ length: n }, () => (rand() + 0.5 < density ? rand() : 0));
/** A buffer in the arena holding `values`, followed by a sentinel no kernel may overwrite. */
function buffer(values: ArrayLike<number>): Float64Array {
  const b = arena.alloc(values.length + 1);
  b.set(values);
  b[values.length] = 777;
  return b.subarray(0, values.length);
}
const sentinelKept = (b: Float64Array) => new Float64Array(b.buffer, b.byteOffset, b.length + 1)[b.length] === 777;

describe('sparse product C = alpha A Bᵀ', () => {
  // Every shape is at least 4M multiply-adds (smaller ones go dense): Bᵀ's last panel part-filled
  // (N not a multiple of SPARSE_COLUMNS), odd N (the transpose's single last row), passes along k.
  const SHAPES: [number, number, number][] = [
    [256, 784, 256],
    [33, 1001, 129],
    [64, 130, 600], // three passes of 200 along k
    [129, 17, 2000], // eight passes, N within one panel
    [1, 4097, 1024],
  ];
  test('agrees with the dense product for every shape; C is written exactly', () => {
    for (const [M, N, K] of SHAPES) {
      const ws = new Workspace([1, 1], 1, true, arena);
      const A = buffer(sparseRandoms(M * K, 0.45));
      const B = buffer(sparseRandoms(N * K, 1));
      const C = buffer(new Float64Array(M * N).fill(NaN));
      const want = new Float64Array(M * N);
      gemmJs(false, true, M, N, K, 0.25, A, B, 0, want);
      assert.ok(sparseTimesTransposed(arena, ws, M, N, K, 0.25, A, B, C), `(${M}, ${N}, ${K}) went dense`);
      for (let k = 0; k < want.length; k++)
        if (!(Math.abs(C[k] - want[k]) <= 1e-14 * K))
          assert.fail(`(${M}, ${N}, ${K}) C[${k}] = ${C[k]}, not ${want[k]}`);
      assert.ok(sentinelKept(C), `(${M}, ${N}, ${K}): wrote past C`);
    }
  });

  test('declines, leaving C as it was, for a small product, a dense A and a B that is not finite', () => {
    const ws = new Workspace([1, 1], 1, true, arena);
    const [M, N, K] = [64, 300, 256];
    const cases: [string, number, Float64Array, Float64Array][] = [
      ['small', 16, buffer(sparseRandoms(M * 16, 0.3)), buffer(sparseRandoms(N * 16, 1))],
      ['dense A', K, buffer(sparseRandoms(M * K, 0.8)), buffer(sparseRandoms(N * K, 1))],
    ];
    for (const bad of [Infinity, NaN]) {
      const B = buffer(sparseRandoms(N * K, 1));
      B[N * K - 5] = bad;
      cases.push([`B holding ${bad}`, K, buffer(sparseRandoms(M * K, 0.3)), B]);
    }
    for (const [what, k, A, B] of cases) {
      const C = buffer(new Float64Array(M * N).fill(-3));
      assert.equal(sparseTimesTransposed(arena, ws, M, N, k, 1, A, B, C), false, what);
      assert.ok(
        C.every((x) => x === -3),
        `${what}: C was written`,
      );
    }
  });

  test("compactRows lists each row's non-zeros (NaN included) in order; transposeToPanels lays Bᵀ out in panels", () => {
    const k = arena.kernels;
    const A = buffer([0, 2, 0, -1, 0, 0, 0, 0, NaN, 0, 3, 0]); // (3, 4)
    const [vals, offs, starts] = [arena.alloc(13), arena.alloc(7), arena.alloc(2)];
    assert.equal(k.compactRows(A.byteOffset, 3, 32, 4, 128, vals.byteOffset, offs.byteOffset, starts.byteOffset), 4);
    const offsets = new Int32Array(offs.buffer, offs.byteOffset, 4);
    assert.deepEqual(Array.from(new Int32Array(starts.buffer, starts.byteOffset, 4)), [0, 2, 2, 4]);
    assert.deepEqual(Array.from(vals.subarray(0, 4)), [2, -1, NaN, 3]);
    assert.deepEqual(Array.from(offsets), [128, 384, 0, 256]);
    const NR = SPARSE_COLUMNS;
    const [rows, cols] = [2 * NR + 3, 3]; // Bᵀ's columns fill two panels and 3 of a third
    const B = buffer(Float64Array.from({ length: rows * cols }, (_, i) => i + 1));
    const panels = arena.alloc(3 * cols * NR);
    k.transposeToPanels(B.byteOffset, cols * 8, rows, cols, panels.byteOffset);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const at = Math.floor(i / NR) * cols * NR + j * NR + (i % NR);
        assert.equal(panels[at], B[i * cols + j], `Bᵀ[${j}, ${i}]`);
      }
  });
});

test("a ReLU network's gradients with the sparse product equal the JavaScript path's", () => {
  // 400-128-10: dW[1] is 128 · 400 · 128 multiply-adds with about half of dZ[1] zero, so it goes sparse.
  const make = (wasm: boolean) =>
    new Network(
      { sizes: [400, 128, 10], activations: ['relu', 'softmax'], alphas: [0, 0], loss: 'cross_entropy' },
      wasm,
    );
  const [fast, plain] = [make(true), make(false)];
  assert.ok(fast.arena, 'no WebAssembly here');
  const theta = Float64Array.from({ length: fast.theta.length }, () => rand() * 0.2);
  fast.theta.set(theta);
  plain.theta.set(theta);
  const m = 128;
  const X = Float64Array.from({ length: 400 * m }, () => rand() + 0.5);
  const Y = new Float64Array(10 * m);
  for (let j = 0; j < m; j++) Y[(j % 10) * m + j] = 1;
  const spaces = [fast, plain].map((net) => {
    const ws = net.workspace(m, true);
    net.forward(ws, X);
    net.backward(ws, Y, false);
    return ws;
  });
  assert.ok(spaces[0].scratches.has('panels'), 'the sparse product did not run');
  for (let k = 0; k < theta.length; k++)
    if (!(Math.abs(fast.grad[k] - plain.grad[k]) <= 1e-15 + 1e-13 * Math.abs(plain.grad[k])))
      assert.fail(`grad[${k}] = ${fast.grad[k]}, JavaScript ${plain.grad[k]}`);
});

// The arena's WebAssembly kernels against the engine's JavaScript versions, on buffers in wasm
// memory: products of odd and edge shapes with both transposes, bias + activation, derivatives,
// softmax, row means, the sigmoid + binary cross-entropy cost, the gradient-descent update.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addBiasAndActivate, backwardActivation } from '../../../src/core/engine/activations';
import { Arena } from '../../../src/core/engine/arena';
import { arenaBackwardActivation, arenaBiasActivate, arenaProduct } from '../../../src/core/engine/arena-ops';
import { gemmJs } from '../../../src/core/engine/gemm-js';
import { lossSum } from '../../../src/core/engine/losses';
import type { Activation } from '../../../src/core/spec/types';

const arena = Arena.create()!;

let seed = 11;
function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
}
/** A buffer in the arena holding `values`, followed by a sentinel that no kernel may overwrite. */
function buffer(values: ArrayLike<number>): Float64Array {
  const b = arena.alloc(values.length + 1);
  b.set(values);
  b[values.length] = 777;
  return b.subarray(0, values.length);
}
const randoms = (n: number, scale = 1) => Float64Array.from({ length: n }, () => rand() * scale);
const sentinelKept = (b: Float64Array) => new Float64Array(b.buffer, b.byteOffset, b.length + 1)[b.length] === 777;

function assertClose(got: Float64Array, want: Float64Array, rel: number, what: string): void {
  assert.equal(got.length, want.length, what);
  for (let k = 0; k < want.length; k++) {
    const tol = rel * Math.max(1, Math.abs(want[k]));
    if (!(Math.abs(got[k] - want[k]) <= tol || Object.is(got[k], want[k])))
      assert.fail(`${what}[${k}] = ${got[k]}, expected ${want[k]}`);
  }
}

const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 5, 3],
  [3, 1, 5],
  [5, 3, 1],
  [4, 4, 4],
  [4, 400, 2],
  [4, 2, 400],
  [7, 9, 13],
  [17, 5, 130],
  [9, 6, 300], // K past one 256-deep pass
  [130, 17, 5],
  [33, 65, 257],
  [170, 9, 600], // blocks of rows of op(A) and three passes along k
  [5, 70, 600], // A Bᵀ over blocks of rows of B
];

describe('arena products (beta = 0)', () => {
  for (const [tA, tB] of [
    [false, false],
    [true, false],
    [false, true],
  ] as const) {
    test(`op(A) = ${tA ? 'Aᵀ' : 'A'}, op(B) = ${tB ? 'Bᵀ' : 'B'}: every shape agrees with gemmJs, C's neighbours untouched`, () => {
      for (const [M, N, K] of SHAPES) {
        for (const alpha of [1, -0.37]) {
          const A = buffer(randoms(M * K));
          const B = buffer(randoms(K * N));
          const C = buffer(new Float64Array(M * N).fill(NaN));
          const want = new Float64Array(M * N);
          gemmJs(tA, tB, M, N, K, alpha, A, B, 0, want);
          assert.ok(arenaProduct(arena, tA, tB, M, N, K, alpha, A, B, C));
          assertClose(C, want, 1e-13 * K, `(${M}, ${N}, ${K}) alpha ${alpha}`);
          assert.ok(sentinelKept(C), `(${M}, ${N}, ${K}): wrote past C`);
        }
      }
    });
  }

  test('K = 0 gives zeros; Aᵀ Bᵀ is declined (the caller uses gemm)', () => {
    const C = buffer([1, 2, 3, 4]);
    assert.ok(arenaProduct(arena, false, false, 2, 2, 0, 1, buffer([]), buffer([]), C));
    assert.deepEqual(Array.from(C), [0, 0, 0, 0]);
    assert.equal(arenaProduct(arena, true, true, 2, 2, 2, 1, buffer(randoms(4)), buffer(randoms(4)), C), false);
  });
});

const KINDS: Activation[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear', 'softmax'];

describe('arena element-wise kernels', () => {
  for (const kind of KINDS) {
    test(`${kind}: bias + activation, then dZ = dA * g'(Z), as the JavaScript versions (odd m too)`, () => {
      for (const [n, m] of [
        [1, 1],
        [3, 7],
        [4, 400],
        [10, 5],
      ]) {
        const z = randoms(n * m, 8);
        z[0] = 0; // relu'(0) = 0, leaky_relu'(0) = alpha
        const b = randoms(n);
        const [Zj, Aj, lsej] = [Float64Array.from(z), new Float64Array(n * m), new Float64Array(m)];
        addBiasAndActivate(kind, 0.1, Zj, Aj, b, n, m, lsej, new Float64Array(m));
        const [Zw, Aw, lsew] = [buffer(z), buffer(new Float64Array(n * m)), buffer(new Float64Array(m))];
        arenaBiasActivate(arena, kind, 0.1, Zw, Aw, buffer(b), n, m, lsew);
        assertClose(Zw, Zj, 0, `${kind} Z`);
        assertClose(Aw, Aj, 1e-15, `${kind} A`);
        if (kind === 'softmax') assertClose(lsew, lsej, 1e-15, 'lse');
        assert.ok(sentinelKept(Zw) && sentinelKept(Aw));
        const dA = randoms(n * m);
        const dZj = new Float64Array(n * m);
        backwardActivation(kind, 0.1, dA, Zj, Aj, dZj, n, m, new Float64Array(m));
        const dZw = buffer(new Float64Array(n * m));
        if (arenaBackwardActivation(arena, kind, 0.1, buffer(dA), Zw, Aw, dZw, n * m))
          assertClose(dZw, dZj, 1e-15, `${kind} dZ`);
        else assert.equal(kind, 'softmax');
      }
    });
  }

  test("sigmoid + binary cross-entropy cost equals losses.ts's lossSum, saturated outputs included", () => {
    for (const m of [1, 2, 7, 400]) {
      const z = randoms(m, 60);
      if (m > 2) [z[0], z[1], z[2]] = [800, -800, 0];
      const y = Float64Array.from({ length: m }, () => (rand() > 0 ? 1 : 0));
      const a = z.map((v) => 1 / (1 + Math.exp(-v)));
      const want = lossSum('binary_cross_entropy', 'sigmoid', z, a, y, 1, m, new Float64Array(m));
      const got = arena.kernels.bceSigmoidLoss(buffer(z).byteOffset, buffer(y).byteOffset, m);
      assert.ok(Math.abs(got - want) <= 1e-13 * Math.abs(want), `m = ${m}: ${got} vs ${want}`);
    }
  });

  test('row means, sums of squares, finiteness and the gradient-descent update', () => {
    const [n, m] = [3, 7];
    const x = randoms(n * m);
    const out = buffer(new Float64Array(n));
    arena.kernels.rowMeans(buffer(x).byteOffset, n, m, out.byteOffset);
    for (let i = 0; i < n; i++)
      assert.ok(Math.abs(out[i] - x.subarray(i * m, (i + 1) * m).reduce((s, v) => s + v, 0) / m) < 1e-16);
    assert.ok(sentinelKept(out));
    const sq = x.reduce((s, v) => s + v * v, 0);
    assert.ok(Math.abs(arena.kernels.sumSquares(buffer(x).byteOffset, x.length) - sq) < 1e-15 * sq);
    for (const bad of [NaN, Infinity, -Infinity]) {
      const y = buffer(x);
      y[x.length - 1] = bad;
      assert.equal(arena.kernels.allFinite(y.byteOffset, y.length), 0);
    }
    assert.equal(arena.kernels.allFinite(buffer(x).byteOffset, x.length), 1);
    const theta = buffer(x);
    const grad = buffer(randoms(x.length));
    assert.equal(arena.kernels.gdUpdate(theta.byteOffset, grad.byteOffset, x.length, 0.3), 1);
    x.forEach((v, k) => assert.equal(theta[k], v - 0.3 * grad[k]));
    grad[2] = 1e308;
    assert.equal(arena.kernels.gdUpdate(theta.byteOffset, grad.byteOffset, x.length, -1e10), 0);
  });

  test('buffers taken before the memory grows stay valid after it', () => {
    const early = buffer([1, 2, 3]);
    arena.alloc(3_000_000); // several times the memory so far
    const late = buffer([4, 5, 6]);
    assert.ok(arena.owns(early) && arena.owns(late));
    assert.deepEqual(Array.from(early), [1, 2, 3]);
    const C = buffer([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    arenaProduct(arena, false, false, 3, 3, 1, 1, early, late, C);
    assert.deepEqual(Array.from(C), [4, 5, 6, 8, 10, 12, 12, 15, 18]);
    assert.equal(arena.owns(new Float64Array(3)), false);
  });
});

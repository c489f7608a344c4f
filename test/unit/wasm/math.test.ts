// The WebAssembly vector exp, tanh, sigmoid, log and log1p against Math.exp, Math.tanh,
// Math.log and Math.log1p: within a few ulps over wide ranges, and IEEE-exact at the extremes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Arena } from '../../../src/core/engine/arena';

const arena = Arena.create();

/** Distance in units in the last place between two doubles of the same sign (0 when identical, -0 ≠ +0 aside). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  if (a === 0 && b === 0) return 0;
  const bits = new BigInt64Array(Float64Array.of(a, b).buffer);
  if (bits[0] < 0n !== bits[1] < 0n) return Infinity;
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

type MapName = 'mapExp' | 'mapTanh' | 'mapSigmoid' | 'mapLog' | 'mapLog1p';

function applyWasm(name: MapName, xs: number[]): Float64Array {
  const a = arena!;
  const src = a.alloc(xs.length);
  const dst = a.alloc(xs.length);
  src.set(xs);
  a.kernels[name](src.byteOffset, dst.byteOffset, xs.length);
  return dst;
}

let seed = 7;
function uniform(lo: number, hi: number): number {
  seed = (seed * 16807) % 2147483647;
  return lo + ((hi - lo) * seed) / 2147483647;
}
const sample = (n: number, f: () => number) => Array.from({ length: n }, f);

function assertWithin(name: MapName, ref: (x: number) => number, xs: number[], maxUlps: number): void {
  const got = applyWasm(name, xs);
  xs.forEach((x, i) => {
    const u = ulps(got[i], ref(x));
    if (u > maxUlps) assert.fail(`${name}(${x}) = ${got[i]}, Math gives ${ref(x)}: ${u} ulps apart`);
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const SPECIALS = [
  NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1e-310,
  -1e-310,
  1e308,
  -1e308,
];

describe('WebAssembly vector math', () => {
  test('is available in Node', () => assert.ok(arena));

  test('exp: within 2 ulps of Math.exp from underflow to overflow, exact at the edges', () => {
    assertWithin(
      'mapExp',
      Math.exp,
      sample(20001, () => uniform(-750, 712)),
      2,
    );
    assertWithin(
      'mapExp',
      Math.exp,
      sample(20001, () => uniform(-1, 1)),
      2,
    );
    assertWithin(
      'mapExp',
      Math.exp,
      sample(2001, () => uniform(-745.2, -708)),
      2,
    ); // subnormal results
    const edges = [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, 1e-300];
    assertWithin('mapExp', Math.exp, [...SPECIALS, ...edges], 0);
  });

  test('tanh: within 4 ulps of Math.tanh, odd, ±1 beyond 20, tanh(-0) = -0', () => {
    assertWithin(
      'mapTanh',
      Math.tanh,
      sample(20001, () => uniform(-25, 25)),
      4,
    );
    assertWithin(
      'mapTanh',
      Math.tanh,
      sample(20001, () => uniform(-0.7, 0.7)),
      4,
    );
    assertWithin(
      'mapTanh',
      Math.tanh,
      sample(2001, () => uniform(-1e-6, 1e-6)),
      4,
    );
    assertWithin('mapTanh', Math.tanh, [...SPECIALS, 19.06, -19.06, 20, -20, 1e-300], 0);
  });

  test('sigmoid: within 4 ulps of 1 / (1 + Math.exp(-z)), 0 and 1 at the extremes', () => {
    assertWithin(
      'mapSigmoid',
      sigmoid,
      sample(20001, () => uniform(-745, 745)),
      4,
    );
    assertWithin(
      'mapSigmoid',
      sigmoid,
      sample(20001, () => uniform(-40, 40)),
      4,
    );
    assertWithin('mapSigmoid', sigmoid, SPECIALS, 0);
  });

  test('log: within 2 ulps of Math.log over the whole range, subnormals included', () => {
    assertWithin(
      'mapLog',
      Math.log,
      sample(20001, () => Math.exp(uniform(-744, 709))),
      2,
    );
    assertWithin(
      'mapLog',
      Math.log,
      sample(20001, () => uniform(0.5, 2)),
      2,
    );
    assertWithin(
      'mapLog',
      Math.log,
      sample(2001, () => uniform(0, 2.2e-308)),
      2,
    );
    assertWithin('mapLog', Math.log, [...SPECIALS, 1, 2, 0.5, Number.MAX_VALUE], 0);
  });

  test('log1p on [0, 1]: within 2 ulps of Math.log1p, tiny arguments returned as they are', () => {
    assertWithin(
      'mapLog1p',
      Math.log1p,
      sample(20001, () => uniform(0, 1)),
      2,
    );
    assertWithin(
      'mapLog1p',
      Math.log1p,
      sample(20001, () => Math.exp(uniform(-745, 0))),
      2,
    );
    assertWithin('mapLog1p', Math.log1p, [0, 5e-324, 1e-300, 1e-17, 1, NaN], 0);
  });

  test('odd lengths: the last entry is computed and nothing past the end is written', () => {
    for (const n of [1, 2, 3, 5]) {
      const a = arena!;
      const src = a.alloc(n + 1);
      const dst = a.alloc(n + 1);
      src.set(sample(n + 1, () => uniform(-3, 3)));
      dst[n] = 12345;
      a.kernels.mapTanh(src.byteOffset, dst.byteOffset, n);
      for (let i = 0; i < n; i++) assert.ok(ulps(dst[i], Math.tanh(src[i])) <= 4, `n = ${n}, entry ${i}`);
      assert.equal(dst[n], 12345);
    }
  });
});

// Initial parameters: schemes, seeded fixed draw order, explicit W/b in either layout.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { initialParameters } from '../../../src/core/engine/init';
import { makeSpec, type SpecOptions } from './fixtures';

const base: SpecOptions = {
  layers: [
    { units: 30, activation: 'tanh' },
    { units: 20, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_cross_entropy',
};
const N0 = 40;

describe('initialisation', () => {
  test('zeros: every W and b is 0', () => {
    for (const p of initialParameters(makeSpec({ ...base, init: 'zeros' }), N0)) {
      assert.ok(p.W.data.every((v) => v === 0) && p.b.data.every((v) => v === 0));
    }
  });

  test('shapes are (n[l], n[l-1]) and (n[l], 1); b = 0', () => {
    const p = initialParameters(makeSpec(base), N0);
    assert.deepEqual(
      p.map((q) => [q.W.rows, q.W.cols, q.b.rows, q.b.cols]),
      [
        [30, 40, 30, 1],
        [20, 30, 20, 1],
        [1, 20, 1, 1],
      ],
    );
    assert.ok(p.every((q) => q.b.data.every((v) => v === 0)));
  });

  test('random, xavier and he scale the same N(0,1) draws by init_scale, sqrt(1/n[l-1]), sqrt(2/n[l-1])', () => {
    const unit = initialParameters(makeSpec({ ...base, init: 'random', initScale: 1 }), N0);
    const random = initialParameters(makeSpec({ ...base, init: 'random', initScale: 0.01 }), N0);
    const xavier = initialParameters(makeSpec({ ...base, init: 'xavier' }), N0);
    const he = initialParameters(makeSpec({ ...base, init: 'he' }), N0);
    unit.forEach((u, l) => {
      const nPrev = u.W.cols;
      u.W.data.forEach((w, k) => {
        assert.ok(Math.abs(random[l].W.data[k] - w * 0.01) <= 1e-15 * Math.abs(w));
        assert.ok(Math.abs(xavier[l].W.data[k] - w * Math.sqrt(1 / nPrev)) <= 1e-15 * Math.abs(w));
        assert.ok(Math.abs(he[l].W.data[k] - w * Math.sqrt(2 / nPrev)) <= 1e-15 * Math.abs(w));
      });
    });
    // 1200 + 600 + 20 draws of N(0, 1): mean near 0, variance near 1.
    const all = unit.flatMap((u) => [...u.W.data]);
    const mean = all.reduce((s, v) => s + v, 0) / all.length;
    const variance = all.reduce((s, v) => s + (v - mean) ** 2, 0) / all.length;
    assert.ok(Math.abs(mean) < 0.1 && Math.abs(variance - 1) < 0.15, `mean ${mean}, variance ${variance}`);
  });

  test('seeded: same seed same numbers, another seed other numbers', () => {
    const a = initialParameters(makeSpec({ ...base, seed: 3 }), N0);
    const b = initialParameters(makeSpec({ ...base, seed: 3 }), N0);
    const c = initialParameters(makeSpec({ ...base, seed: 4 }), N0);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a[0].W.data, c[0].W.data);
  });

  test('explicit W/b are read in the file layout; other layers keep their random draws', () => {
    const W1cols = [
      [1, 2],
      [3, 4],
      [5, 6],
    ]; // (n[1], n[0]) = (3, 2)
    const layers = (W: number[][], b: number[][]): SpecOptions['layers'] => [
      { units: 3, activation: 'tanh', W, b },
      { units: 1, activation: 'sigmoid' },
    ];
    const cols = initialParameters(
      makeSpec({ layers: layers(W1cols, [[7], [8], [9]]), loss: 'mse', layout: 'columns' }),
      2,
    );
    const rows = initialParameters(
      makeSpec({
        layers: layers(
          [
            [1, 3, 5],
            [2, 4, 6],
          ],
          [[7, 8, 9]],
        ),
        loss: 'mse',
        layout: 'rows',
      }),
      2,
    );
    const none = initialParameters(
      makeSpec({
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'mse',
      }),
      2,
    );
    for (const p of [cols, rows]) {
      assert.deepEqual([...p[0].W.data], [1, 2, 3, 4, 5, 6]);
      assert.deepEqual([p[0].W.rows, p[0].W.cols], [3, 2]);
      assert.deepEqual([...p[0].b.data], [7, 8, 9]);
      assert.deepEqual(p[1].W.data, none[1].W.data);
    }
  });
});

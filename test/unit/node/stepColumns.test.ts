// StepColumns keeps a run's scalars as the list of StepPoints would be, thinned as thinInPlace thins it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { thinInPlace } from '../../../src/core/thin';
import type { StepPoint } from '../../../src/protocol';
import { StepColumns } from '../../../src/node/stepColumns';

const points = (from: number, to: number, accuracy = true): StepPoint[] =>
  Array.from({ length: to - from }, (_, i) => {
    const step = from + i;
    const p: StepPoint = { step, cost: 1 / (step + 1), gradNorms: [step * 0.5, -step, 3] };
    if (accuracy) p.accuracy = (step % 7) / 7;
    return p;
  });

describe('StepColumns', () => {
  test('gives back exactly the points pushed, in batches of any size', () => {
    const c = new StepColumns();
    const all = points(0, 1000);
    for (let k = 0; k < all.length; k += 37) c.push(all.slice(k, k + 37));
    assert.equal(c.length, 1000);
    assert.deepEqual(c.toPoints(), all);
    assert.deepEqual(c.last(), all[999]);
    c.trim();
    assert.deepEqual(c.toPoints(), all, 'trimming keeps every point');
    c.push(points(1000, 1010));
    assert.deepEqual(c.toPoints(), [...all, ...points(1000, 1010)], 'and the column still grows');
  });

  test('a run without accuracy has none; an empty column has no last point', () => {
    const c = new StepColumns();
    assert.equal(c.last(), undefined);
    c.push(points(0, 3, false));
    assert.deepEqual(c.toPoints(), points(0, 3, false));
  });

  test('thins exactly as thinInPlace thins the list, whatever the length', () => {
    for (const [n, max] of [
      [10, 4],
      [1001, 100],
      [4096, 1000],
      [77, 76],
      [3, 1],
    ]) {
      const list = points(0, n);
      const c = new StepColumns();
      c.push(list);
      c.thin(max);
      thinInPlace(list, max);
      assert.deepEqual(c.toPoints(), list, `${n} points thinned to at most ${max}`);
      c.push(points(n, n + 5));
      list.push(...points(n, n + 5));
      assert.deepEqual(c.toPoints(), list, 'and takes more points after thinning');
    }
  });
});

// StepSeries: exact while small, then min-max buckets in bounded memory, blow-ups kept in view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StepSeries } from '../../../src/core/training/series';
import { History } from '../../../src/core/training/history';

describe('StepSeries', () => {
  test('keeps every step while there are at most max of them', () => {
    const s = new StepSeries(100);
    for (let t = 0; t < 100; t++) s.push(t * t);
    assert.ok(s.exact);
    assert.equal(s.length, 100);
    assert.deepEqual(
      s.values(),
      Array.from({ length: 100 }, (_, t) => t * t),
    );
    assert.deepEqual(
      s.steps(),
      Array.from({ length: 100 }, (_, t) => t),
    );
    assert.equal(s.at(37), 37 * 37);
  });

  test('a million steps stay within max points, each a real step and value, in step order', () => {
    const s = new StepSeries(1000);
    const f = (t: number) => Math.sin(t / 5000) + (t % 997 === 0 ? 3 : 0);
    for (let t = 0; t < 1_000_000; t++) s.push(f(t));
    assert.equal(s.length, 1_000_000);
    assert.ok(!s.exact);
    const steps = s.steps();
    const values = s.values();
    assert.ok(steps.length <= 1000 && steps.length > 250, `${steps.length} points`);
    steps.forEach((t, i) => {
      assert.equal(values[i], f(t));
      if (i > 0) assert.ok(t > steps[i - 1]);
    });
    assert.equal(s.at(steps[5]), values[5]);
  });

  test('each bucket keeps its lowest and highest value: spikes survive thinning', () => {
    const s = new StepSeries(8);
    const values = [5, 1, 9, 4, 4, 4, 0, 4, 4, 8, 4, 4, 4, 4, 4, 4];
    values.forEach((v) => s.push(v));
    const w = s.bucketSteps;
    assert.ok(w >= 4);
    const kept = s.values();
    for (let start = 0; start < values.length; start += w) {
      const bucket = values.slice(start, start + w);
      for (const v of [Math.min(...bucket), Math.max(...bucket)])
        assert.ok(kept.includes(v), `${v} kept in ${kept.join(', ')}`);
    }
    assert.ok(kept.length <= 8);
  });

  test('NaN and Infinity count as highest, so a divergence is never thinned away', () => {
    const s = new StepSeries(4);
    for (let t = 0; t < 63; t++) s.push(1);
    s.push(NaN);
    assert.ok(s.values().some(Number.isNaN));
    assert.equal(s.steps().at(-1), 63);
  });
});

describe('History scalars', () => {
  test('a run longer than `scalars` steps keeps its costs and gradient norms thinned, per layer', () => {
    const h = new History(50_000, { first: 0, last: 0, thinned: 0, scalars: 500 });
    for (let t = 0; t < 50_000; t++) h.add({ step: t, cost: 1 / (t + 1), accuracy: 0.5, gradNorms: [t, 2 * t] });
    assert.equal(h.costs.length, 50_000);
    assert.ok(h.costs.values().length <= 500);
    assert.equal(h.costs.values()[0], 1, 'J_0, the highest cost, is kept');
    assert.deepEqual(
      h.gradNorms.map((g) => g.length),
      [50_000, 50_000],
    );
    assert.equal(h.gradNorms[1].values().at(-1), 2 * 49_999);
  });
});

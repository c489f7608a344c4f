// The chart thinning: bounded output that keeps every bucket's extremes, in step order.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Decimator } from '../../webview/decimate';

function feed(ys: number[], max: number): { x: number; y: number }[] {
  const d = new Decimator(max);
  ys.forEach((y, x) => d.push(x, y));
  return d.points();
}

describe('Decimator', () => {
  test('keeps every point while there are at most max', () => {
    const ys = Array.from({ length: 100 }, (_, k) => Math.sin(k));
    assert.deepEqual(
      feed(ys, 100),
      ys.map((y, x) => ({ x, y })),
    );
  });

  test('never draws more than max points, in increasing step order, with the global extremes', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const n of [101, 999, 1001, 5000, 33333]) {
      const ys = Array.from({ length: n }, () => rand() * 10 - 5);
      const pts = feed(ys, 200);
      assert.ok(pts.length <= 200, `${n}: ${pts.length}`);
      assert.ok(pts.length >= 50, `${n}: only ${pts.length}`);
      for (let k = 1; k < pts.length; k++) assert.ok(pts[k].x > pts[k - 1].x);
      for (const p of pts) assert.equal(p.y, ys[p.x]);
      const ysOut = pts.map((p) => p.y);
      assert.equal(Math.min(...ysOut), Math.min(...ys));
      assert.equal(Math.max(...ysOut), Math.max(...ys));
    }
  });

  test('a spike inside a bucket survives thinning', () => {
    const ys = Array.from({ length: 10000 }, () => 1);
    ys[4321] = 50;
    const pts = feed(ys, 100);
    assert.ok(pts.some((p) => p.x === 4321 && p.y === 50));
  });

  test('skips NaN and undefined but counts them as fed', () => {
    const d = new Decimator(10);
    d.push(0, 1);
    d.push(1, NaN);
    d.push(2, undefined);
    d.push(3, 2);
    assert.equal(d.fed, 4);
    assert.deepEqual(d.points(), [
      { x: 0, y: 1 },
      { x: 3, y: 2 },
    ]);
  });
});

// Which kept steps get a checkpoint (a copy of θ and the moments) and which run from an earlier one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replayReach, ReplayLog } from '../../../src/core/training/replay';

describe('replay reach', () => {
  test('is a few steps for a big network and the cap for a small one', () => {
    assert.equal(replayReach([784, 256, 10], 256), 4);
    assert.equal(replayReach([64, 128, 64, 10], 128), 64);
    assert.equal(replayReach([64, 128, 64, 10], 512), 23);
    assert.equal(replayReach([2, 4, 1], 400), 64);
    assert.equal(replayReach([784, 4096, 4096, 10], 8192), 0);
  });
});

describe('replay log', () => {
  const theta = new Float64Array([1, 2, 3]);
  const examples = (t: number) => Int32Array.of(t, t + 1);

  test('runs a kept step from the last checkpoint while it is within reach, else copies θ again', () => {
    const log = new ReplayLog(2);
    const p0 = log.point(0, theta, [], examples(0));
    theta[0] = 9;
    log.pass(1, examples(1));
    const p2 = log.point(2, theta, [], examples(2));
    const p3 = log.point(3, theta, [], examples(3));
    assert.equal(p2.from, p0.from);
    assert.deepStrictEqual(p2.examples, [examples(0), examples(1), examples(2)]);
    assert.deepStrictEqual(Array.from(p0.from.theta), [1, 2, 3], 'the checkpoint is a copy');
    assert.notEqual(p3.from, p0.from);
    assert.equal(p3.from.step, 3);
    assert.deepStrictEqual(p3.examples, [examples(3)]);
    assert.deepStrictEqual(p0.examples, [examples(0)], 'earlier points keep their own list');
  });

  test('copies the examples it keeps (a batch view is overwritten by the next epoch)', () => {
    const log = new ReplayLog(3);
    const view = examples(0);
    log.point(0, theta, [], view);
    log.pass(1, view);
    view[0] = 42;
    const p2 = log.point(2, theta, [], view);
    assert.deepStrictEqual(
      p2.examples.map((e) => e![0]),
      [0, 0, 42],
    );
  });

  test('a step passed beyond reach, or a step missed, starts a new checkpoint', () => {
    const log = new ReplayLog(2);
    log.point(0, theta, [], undefined);
    log.pass(1, undefined);
    log.pass(2, undefined);
    assert.equal(log.point(3, theta, [], undefined).from.step, 3);
    log.point(4, theta, [], undefined);
    assert.equal(log.point(6, theta, [], undefined).from.step, 6, 'step 5 was never seen');
  });

  test('with reach 0 every kept step is a checkpoint', () => {
    const log = new ReplayLog(0);
    assert.equal(log.point(0, theta, [], undefined).from.step, 0);
    log.pass(1, undefined);
    assert.equal(log.point(2, theta, [], undefined).from.step, 2);
    assert.equal(log.point(3, theta, [], undefined).from.step, 3);
  });
});

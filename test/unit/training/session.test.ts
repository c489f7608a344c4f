// TrainingSession: time-sliced runs with progress, pause / stepOnce / resume / stop.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TrainingSession, type SessionEndReason } from '../../../src/core/training/session';
import { Trainer } from '../../../src/core/training/trainer';
import type { StepRecord } from '../../../src/core/training/types';
import { makeDataset, makeSpec, matrix } from '../engine/fixtures';

function trainer(iterations: number, learningRate = 0.1): Trainer {
  const spec = makeSpec({
    layers: [{ units: 1, activation: 'linear', W: [[1]], b: [[0]] }],
    loss: 'mse',
    iterations,
    learningRate,
  });
  return new Trainer(spec, makeDataset(matrix(1, 2, [3, -3]), matrix(1, 2, [1, -1]), 'regression'));
}

function collect(
  t: Trainer,
  sliceMs = 2,
): { session: TrainingSession; records: StepRecord[]; calls: number[]; ends: SessionEndReason[] } {
  const records: StepRecord[] = [];
  const calls: number[] = [];
  const ends: SessionEndReason[] = [];
  const session = new TrainingSession(t, {
    sliceMs,
    onProgress: (rs) => {
      calls.push(rs.length);
      records.push(...rs);
    },
    onEnd: (reason) => ends.push(reason),
  });
  return { session, records, calls, ends };
}

describe('TrainingSession', () => {
  test('runs to the end, reporting every step once and in order, and yields to the event loop', async () => {
    const c = collect(trainer(20_000));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    c.session.start();
    assert.equal(await c.session.finished, 'done');
    clearInterval(timer);
    assert.deepEqual(c.ends, ['done']);
    assert.equal(c.records.length, 20_000);
    assert.ok(c.records.every((r, i) => r.step === i));
    assert.ok(c.calls.length > 1, 'progress came in several coalesced calls');
    assert.ok(ticks > 0, 'other callbacks ran while training');
    assert.ok(c.records[0].snapshot, 'the first step of a slice carries a snapshot');
  });

  test('pause stops stepping; stepOnce runs exactly one step with a snapshot; resume finishes', async () => {
    const t = trainer(50);
    const c = collect(t);
    c.session.pause();
    const r = c.session.stepOnce()!;
    assert.equal(r.step, 0);
    assert.ok(r.snapshot);
    assert.equal(t.stepIndex, 1);
    c.session.stepOnce();
    assert.equal(t.stepIndex, 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(t.stepIndex, 2, 'nothing runs while paused');
    c.session.resume();
    assert.equal(await c.session.finished, 'done');
    assert.deepEqual(
      c.records.map((x) => x.step),
      Array.from({ length: 50 }, (_, i) => i),
    );
  });

  test('pause while running, then stop: no more steps, onEnd(stopped)', async () => {
    const t = trainer(10_000_000);
    const c = collect(t, 1);
    c.session.start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    c.session.pause();
    const at = t.stepIndex;
    assert.ok(at > 0 && at < 10_000_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(t.stepIndex, at);
    c.session.stop();
    assert.equal(await c.session.finished, 'stopped');
    assert.deepEqual(c.ends, ['stopped']);
    c.session.resume();
    assert.equal(c.session.stepOnce(), undefined);
    assert.equal(t.stepIndex, at);
  });

  test('a diverging run ends with onEnd(diverged)', async () => {
    const c = collect(trainer(100_000, 10));
    c.session.start();
    assert.equal(await c.session.finished, 'diverged');
    assert.deepEqual(c.ends, ['diverged']);
    assert.ok(!Number.isFinite(c.records[c.records.length - 1].cost));
  });
});

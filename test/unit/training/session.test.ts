// TrainingSession: flat-out and paced runs with progress, pause / stepOnce / play / stop, and the run's status.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TrainingSession, type SessionEndReason } from '../../../src/core/training/session';
import { Trainer } from '../../../src/core/training/trainer';
import type { HistoryOptions, StepRecord } from '../../../src/core/training/types';
import { makeDataset, makeSpec, matrix } from '../engine/fixtures';

function trainer(iterations: number, learningRate = 0.1, history?: HistoryOptions): Trainer {
  const spec = makeSpec({
    layers: [{ units: 1, activation: 'linear', W: [[1]], b: [[0]] }],
    loss: 'mse',
    iterations,
    learningRate,
  });
  return new Trainer(spec, makeDataset(matrix(1, 2, [3, -3]), matrix(1, 2, [1, -1]), 'regression'), { history });
}

/** What the session asked of `t.next` at each step: 'keep' for a step it keeps in the history, else false. */
function asked(t: Trainer): (boolean | 'keep')[] {
  const out: (boolean | 'keep')[] = [];
  const next = t.next.bind(t);
  t.next = (snapshot = false) => {
    out.push(snapshot);
    return next(snapshot);
  };
  return out;
}

function collect(
  t: Trainer,
  sliceMs = 2,
  stepsPerFrame?: number,
): { session: TrainingSession; records: StepRecord[]; calls: number[]; ends: SessionEndReason[] } {
  const records: StepRecord[] = [];
  const calls: number[] = [];
  const ends: SessionEndReason[] = [];
  const session = new TrainingSession(t, {
    sliceMs,
    stepsPerFrame,
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
    const t = trainer(20_000);
    const keeps = asked(t);
    const c = collect(t);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    c.session.play();
    assert.equal(await c.session.finished, 'done');
    clearInterval(timer);
    assert.deepEqual(c.ends, ['done']);
    assert.equal(c.records.length, 20_000);
    assert.ok(c.records.every((r, i) => r.step === i));
    assert.ok(c.calls.length > 1, 'progress came in several coalesced calls');
    assert.ok(ticks > 0, 'other callbacks ran while training');
    assert.equal(keeps[0], 'keep', 'the first step of a slice is kept for its snapshot');
    assert.ok(keeps.filter((k) => k === 'keep').length < 1000, 'then one a slice at most every 200 ms');
  });

  test('pause stops stepping; stepOnce runs exactly one step with a snapshot; resume finishes', async () => {
    // The policy keeps only the last 5 steps (45–49), so steps 0 and 1 are kept because stepOnce asks.
    const t = trainer(50, 0.1, { first: 0, last: 5, thinned: 0 });
    const c = collect(t);
    assert.equal(c.session.status, 'idle');
    c.session.pause();
    const r = c.session.stepOnce()!;
    assert.equal(c.session.status, 'paused');
    assert.equal(r.step, 0);
    assert.deepEqual(t.history.snapshotSteps(), [0]);
    assert.equal(t.snapshot(0)!.cost, r.cost);
    assert.equal(t.stepIndex, 1);
    c.session.stepOnce();
    assert.equal(t.stepIndex, 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(t.stepIndex, 2, 'nothing runs while paused');
    c.session.play();
    assert.equal(await c.session.finished, 'done');
    assert.deepEqual(
      c.records.map((x) => x.step),
      Array.from({ length: 50 }, (_, i) => i),
    );
  });

  test('a run paused before its first step is paused, not idle (Pause pressed at once after Train)', () => {
    const t = trainer(100, 0.1);
    const c = collect(t, 2, 50);
    c.session.play();
    assert.equal(c.session.status, 'running');
    c.session.pause();
    assert.equal(t.stepIndex, 0, 'no frame ran');
    assert.equal(c.session.status, 'paused');
  });

  test('pause while running, then stop: no more steps, onEnd(stopped)', async () => {
    const t = trainer(10_000_000);
    const c = collect(t, 1);
    c.session.play();
    // Until a slice has run (a fixed wait is too short on a loaded machine).
    for (let waited = 0; t.stepIndex === 0 && waited < 5000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(c.session.status, 'running');
    c.session.pause();
    assert.equal(c.session.status, 'paused');
    const at = t.stepIndex;
    assert.ok(at > 0 && at < 10_000_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(t.stepIndex, at);
    c.session.stop();
    assert.equal(await c.session.finished, 'stopped');
    assert.deepEqual(c.ends, ['stopped']);
    assert.equal(c.session.status, 'stopped');
    c.session.play();
    assert.equal(c.session.stepOnce(), undefined);
    assert.equal(t.stepIndex, at);
  });

  test('a diverging run ends with onEnd(diverged)', async () => {
    const c = collect(trainer(100_000, 10));
    c.session.play();
    assert.equal(await c.session.finished, 'diverged');
    assert.deepEqual(c.ends, ['diverged']);
    assert.ok(!Number.isFinite(c.records[c.records.length - 1].cost));
  });

  test('paced: whole frames of that many steps, the first of each with a snapshot; the pace can change while playing', async () => {
    // No snapshots kept by the history, so the only ones are those the pace asks for.
    const t = trainer(1000, 0.1, { first: 0, last: 0, thinned: 0 });
    const keeps = asked(t);
    const c = collect(t, 2, 7);
    c.session.play();
    await new Promise((resolve) => setTimeout(resolve, 120));
    c.session.pause();
    assert.ok(c.calls.length >= 2, `${c.calls.length} frames`);
    assert.ok(
      c.calls.every((n) => n === 7),
      `frames of ${c.calls.join(', ')} steps`,
    );
    let at = 0;
    for (const n of c.calls) {
      assert.equal(keeps[at], 'keep', `step ${at} opens a frame and is kept for its snapshot`);
      assert.equal(keeps[at + 1], false, `step ${at + 1} is not`);
      at += n;
    }
    c.session.setPace(1000);
    c.session.play();
    assert.equal(await c.session.finished, 'done');
    assert.equal(c.records.length, 1000);
    assert.equal(c.session.status, 'done');
  });
});

// The one rule for when a control or a gradient check starts a new run instead of acting on the current one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { needsNewRun, type RunStatus } from '../../../src/core/training/runStatus';

const run = (status: RunStatus, o: { stale?: boolean; alive?: boolean } = {}) => ({
  status,
  stale: o.stale ?? false,
  alive: o.alive ?? true,
});

describe('needsNewRun', () => {
  test('no run: Play, Step and a gradient check all start one', () => {
    assert.equal(needsNewRun(undefined), true);
    assert.equal(needsNewRun(undefined, 'gradcheck'), true);
  });

  test('Play and Step go on with a run that can go on, and start a new one after it ended', () => {
    for (const s of ['idle', 'running', 'paused'] as const) assert.equal(needsNewRun(run(s)), false, s);
    for (const s of ['done', 'diverged', 'stopped'] as const) assert.equal(needsNewRun(run(s)), true, s);
  });

  test("a gradient check checks an ended run's final parameters while its worker lives", () => {
    for (const s of ['idle', 'paused', 'done', 'diverged', 'stopped'] as const) {
      assert.equal(needsNewRun(run(s), 'gradcheck'), false, s);
      assert.equal(needsNewRun(run(s, { alive: false }), 'gradcheck'), true, `${s}, worker gone`);
    }
  });

  test('a run of an older version of the spec (stale) is replaced for every use', () => {
    for (const s of ['paused', 'running', 'done'] as const) {
      assert.equal(needsNewRun(run(s, { stale: true })), true, s);
      assert.equal(needsNewRun(run(s, { stale: true }), 'gradcheck'), true, s);
    }
  });
});

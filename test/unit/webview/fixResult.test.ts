// The reducer keeps the host's answer to a fix for the Shapes section, whatever run is on screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FixResultMessage } from '../../../src/protocol';
import { initialState, reduce } from '../../../webview/state';

test('a fix result is kept and redraws only Shapes, with or without a run', () => {
  const answer: FixResultMessage = { type: 'fixResult', inReplyTo: 2, applied: false, message: 'changed', version: 9 };
  const r = reduce(initialState(), answer);
  assert.equal(r.state.fixResult, answer);
  assert.deepEqual(r.changed, ['shapes']);
  const withRun = reduce(initialState(), {
    type: 'status',
    runId: 4,
    status: 'paused',
    stale: false,
    stepsRun: 1,
    totalSteps: 10,
  }).state;
  const after = reduce(withRun, { ...answer, applied: true, version: 10 });
  assert.equal(after.state.run, withRun.run, 'the run is untouched');
  assert.equal(after.state.fixResult?.version, 10);
});

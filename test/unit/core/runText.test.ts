// The words for a run's progress and outcome, shared by the CLI, the status bar and the panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  finishedSummary,
  formatCost,
  formatPercent,
  lastStep,
  progressLine,
  runStateText,
  stepsText,
  stoppedSummary,
} from '../../../src/core/runText';
import type { RunStatus } from '../../../src/core/training/runStatus';

test('the last step run is numbered from 0, as on the timeline', () => {
  assert.equal(stepsText(0, 10000), 'no step run yet (steps 0–9999)');
  assert.equal(stepsText(1200, 10000), 'step 1199 / 9999');
  assert.equal(stepsText(10000, 10000), 'step 9999 / 9999 (all 10000 steps done)');
});

test("the run list's few words: where a run is, its last step numbered from 0, or how it ended", () => {
  const at = (status: RunStatus, stepsRun: number, stale = false) =>
    runStateText({ status, stale, stepsRun, totalSteps: 10000 });
  assert.equal(lastStep(1200), 1199);
  assert.equal(at('idle', 0), 'not started, no step run yet');
  assert.equal(at('paused', 0), 'paused, no step run yet');
  assert.equal(at('paused', 1200), 'paused at step 1199 / 9999');
  assert.equal(at('running', 1, true), 'running at step 0 / 9999, stale');
  assert.equal(at('stopped', 500), 'stopped at step 499 / 9999');
  assert.equal(at('done', 10000), 'done (10000 steps)');
});

test('a progress line gives the last step, its cost and accuracy', () => {
  assert.equal(
    progressLine(1200, 10000, { cost: 0.26314, accuracy: 0.9125 }),
    'step 1199 / 9999 · J 0.2631 · accuracy 91.3%',
  );
  assert.equal(progressLine(3, 10, { cost: 12.5 }), 'step 2 / 9 · J 12.5');
  assert.equal(progressLine(0, 10), 'no step run yet (steps 0–9)');
});

test('costs far from 1 use exponents; non-finite costs are shown as they are', () => {
  assert.equal(formatCost(0.000123), '1.230e-4');
  assert.equal(formatCost(2.5e7), '2.500e7');
  assert.equal(formatCost(0.6931471805599453), '0.6931');
  assert.equal(formatCost(0), '0');
  assert.equal(formatCost(Number.NaN), 'NaN');
  assert.equal(formatCost(Number.POSITIVE_INFINITY), '∞');
  assert.equal(formatPercent(0.9125), '91.3%');
});

test('a finished run is summed up with the final parameters; a stopped one says how far it got', () => {
  assert.equal(
    finishedSummary(10000, { cost: 0.23263, accuracy: 0.915, testCost: 0.3, testAccuracy: 0.875 }),
    'Trained all 10000 steps (0–9999); with the final parameters J = 0.2326, training accuracy 91.5%, test J = 0.3, test accuracy 87.5%.',
  );
  assert.equal(finishedSummary(3, { cost: 1.5 }), 'Trained all 3 steps (0–2); with the final parameters J = 1.5.');
  assert.equal(stoppedSummary(1200, 10000), 'Stopped after 1200 of 10000 steps.');
});

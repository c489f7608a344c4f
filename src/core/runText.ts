// How a run's progress and outcome are worded, the same in the CLI, the status bar and the panel.
import type { RunStatus } from './training/runStatus';
import type { Evaluation } from './training/types';

/** A cost J: four significant digits, an exponent for tiny or huge ones, non-finite ones as they are. */
export function formatCost(c: number): string {
  if (Number.isNaN(c)) return 'NaN';
  if (!Number.isFinite(c)) return c > 0 ? '∞' : '-∞';
  const a = Math.abs(c);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return c.toExponential(3).replace('e+', 'e');
  return String(Number(c.toPrecision(4)));
}

/** An accuracy in [0, 1] as a percentage with one decimal: 0.9125 → '91.3%'. */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/**
 * The last step run, numbered from 0 as the timeline numbers steps. `stepsRun` counts the steps
 * run so far: after 1200 of 10000, 'step 1199 / 9999'; after all of them, 'step 9999 / 9999 (all
 * 10000 steps done)'; before any, 'no step run yet (steps 0–9999)'.
 */
export function stepsText(stepsRun: number, totalSteps: number): string {
  if (stepsRun === 0) return `no step run yet (steps 0–${lastStep(totalSteps)})`;
  const done = stepsRun >= totalSteps ? ` (all ${totalSteps} steps done)` : '';
  return `${stepOfTotal(stepsRun, totalSteps)}${done}`;
}

/** The index of the last step of `stepsRun` steps (steps are numbered from 0); -1 before any. */
export function lastStep(stepsRun: number): number {
  return stepsRun - 1;
}

/** 'step 1199 / 9999': the last step run, out of the run's last step. */
function stepOfTotal(stepsRun: number, totalSteps: number): string {
  return `step ${lastStep(stepsRun)} / ${lastStep(totalSteps)}`;
}

/**
 * Where a run is, in a few words (the run list): 'paused at step 1199 / 9999', 'done (10000 steps)',
 * 'not started, no step run yet', with ', stale' once the spec changed since it started.
 */
export function runStateText(s: { status: RunStatus; stale: boolean; stepsRun: number; totalSteps: number }): string {
  const base =
    s.status === 'idle' || s.stepsRun === 0
      ? `${s.status === 'idle' ? 'not started' : s.status}, no step run yet`
      : s.status === 'done'
        ? `done (${s.totalSteps} steps)`
        : `${s.status} at ${stepOfTotal(s.stepsRun, s.totalSteps)}`;
  return s.stale ? `${base}, stale` : base;
}

/** 'step 1199 / 9999 · J 0.2631 · accuracy 91.3%': where a run is, with the last step's cost and accuracy. */
export function progressLine(stepsRun: number, totalSteps: number, last?: { cost: number; accuracy?: number }): string {
  const parts = [stepsText(stepsRun, totalSteps)];
  if (last) {
    parts.push(`J ${formatCost(last.cost)}`);
    if (last.accuracy !== undefined) parts.push(`accuracy ${formatPercent(last.accuracy)}`);
  }
  return parts.join(' · ');
}

/** The outcome of a run that ran every step, with the final parameters on the training (and test) set. */
export function finishedSummary(stepsRun: number, e: Evaluation): string {
  const parts = [
    `Trained all ${stepsRun} steps (0–${lastStep(stepsRun)}); with the final parameters J = ${formatCost(e.cost)}`,
  ];
  if (e.accuracy !== undefined) parts.push(`training accuracy ${formatPercent(e.accuracy)}`);
  if (e.testCost !== undefined) parts.push(`test J = ${formatCost(e.testCost)}`);
  if (e.testAccuracy !== undefined) parts.push(`test accuracy ${formatPercent(e.testAccuracy)}`);
  return `${parts.join(', ')}.`;
}

export function stoppedSummary(stepsRun: number, totalSteps: number): string {
  return `Stopped after ${stepsRun} of ${totalSteps} steps.`;
}

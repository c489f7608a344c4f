// The status bar's text for a run (no vscode import: unit-tested).
import type { RunStatus, StepPoint } from '../protocol';

const ICON: Record<RunStatus, string> = {
  idle: '$(circle-outline)',
  running: '$(sync~spin)',
  paused: '$(debug-pause)',
  done: '$(check)',
  diverged: '$(warning)',
  stopped: '$(debug-stop)',
  stale: '$(history)',
};

/**
 * The last step run, numbered from 0 as in the panel: after 1200 of 10000 steps, 'step 1199/9999'.
 * `run` counts the steps run so far.
 */
export function stepText(run: number, totalSteps: number): string {
  return run === 0 ? `steps 0–${totalSteps - 1}` : `step ${run - 1}/${totalSteps - 1}`;
}

/** `$(sync~spin) nnspec step 1199/9999 · J 0.2631 · acc 91.3%`: the last step run, its cost and accuracy. */
export function statusText(status: RunStatus, step: number, totalSteps: number, last?: StepPoint): string {
  const parts = [`${ICON[status]} nnspec ${stepText(step, totalSteps)}`];
  if (last) {
    parts.push(`J ${formatCost(last.cost)}`);
    if (last.accuracy !== undefined) parts.push(`acc ${(last.accuracy * 100).toFixed(1)}%`);
  }
  return parts.join(' · ');
}

export function formatCost(c: number): string {
  if (!Number.isFinite(c)) return String(c);
  const a = Math.abs(c);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? c.toExponential(3) : c.toFixed(4);
}

// What the panel draws of the ticked runs beside the current one: their order and names for the
// charts, the boundaries set side by side at the current run's step, and which of those boundaries
// to ask the host for. Pure: unit-tested in Node.

import { isFinished } from '../src/core/training/runStatus';
import type { BoundaryDTO, RunSummary } from '../src/protocol';
import { label } from './labels';
import { runName, type OtherRunView } from './runsState';
import { shownBoundary, type ViewState } from './state';

export interface Overlay {
  summary: RunSummary;
  name: string;
  view: OtherRunView;
}

/** The ticked runs other than the current one, oldest first: the order of legends and table columns. */
export function overlays(s: ViewState): Overlay[] {
  const out: Overlay[] = [];
  for (const summary of s.runs.list) {
    const view = s.runs.others[summary.runId];
    if (view && summary.runId !== s.run?.runId) out.push({ summary, name: runName(summary), view });
  }
  return out.sort((a, b) => a.summary.number - b.summary.number);
}

/** The current run's entry in the run list. */
export function currentSummary(s: ViewState): RunSummary | undefined {
  return s.runs.list.find((r) => r.runId === s.run?.runId);
}

/** What the current run's series add to their names once other runs are drawn beside them (else nothing). */
export function currentSuffix(s: ViewState): string {
  const current = currentSummary(s);
  return current && overlays(s).length > 0 ? ` · ${runName(current)}` : '';
}

/** Whether the step the boundaries are compared at stays put: the student picked one, or the current run ended. */
function settled(s: ViewState): boolean {
  const st = s.run?.status?.status;
  return s.pinnedStep !== undefined || (st !== undefined && isFinished(st));
}

export interface ComparedBoundary {
  runId: number;
  name: string;
  boundary?: BoundaryDTO;
}

/** The boundary of a ticked run to show at `step`: one of exactly that step, else the nearest there is. */
function boundaryNear(v: OtherRunView, step: number | undefined, fixed: boolean): BoundaryDTO | undefined {
  const exact = [v.boundaryAt, v.boundary].find((b) => b !== undefined && b.step === step);
  if (exact) return exact;
  return fixed ? (v.boundaryAt ?? v.boundary) : (v.boundary ?? v.boundaryAt);
}

/**
 * The current run's boundary on screen, then each ticked run's at that step (or as near as it has);
 * `settled` when that step stays put (else each run shows its latest boundary while the current one trains).
 */
export function comparedBoundaries(s: ViewState): { step?: number; settled: boolean; runs: ComparedBoundary[] } {
  const shown = shownBoundary(s);
  const current = currentSummary(s);
  const fixed = settled(s);
  const runs: ComparedBoundary[] = [];
  if (s.run)
    runs.push({ runId: s.run.runId, name: current ? runName(current) : label('runs.thisRun'), boundary: shown });
  for (const o of overlays(s)) {
    runs.push({ runId: o.summary.runId, name: o.name, boundary: boundaryNear(o.view, shown?.step, fixed) });
  }
  return { step: shown?.step, settled: fixed, runs };
}

/**
 * The boundaries to ask the host for: each ticked run whose worker is alive, at the current run's step,
 * once that step stays put (while the current run plays, each run shows its own latest boundary).
 */
export function wantedBoundaries(s: ViewState): { runId: number; step: number }[] {
  const step = shownBoundary(s)?.step;
  // A step just picked: wait for its own snapshot (and boundary) before asking the others for theirs.
  const arrived = s.pinnedStep === undefined || step === s.pinnedStep;
  if (step === undefined || !settled(s) || !arrived) return [];
  return overlays(s)
    .filter((o) => o.summary.live && o.view.boundary?.step !== step && o.view.boundaryAt?.step !== step)
    .map((o) => ({ runId: o.summary.runId, step }));
}

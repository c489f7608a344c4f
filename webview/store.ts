// Everything the panel has been told by the host, in one place the sections read from.

import type { BoundaryDTO, GradCheckRow, HostMessage, SnapshotDTO, StepPoint, TestPoint } from '../src/protocol';

export type AnalysisMessage = Extract<HostMessage, { type: 'analysis' }>;
export type StatusMessage = Extract<HostMessage, { type: 'status' }>;

/** Scalars per step, appended as progress arrives. */
export interface Series {
  steps: number[];
  costs: number[];
  accuracies: (number | undefined)[];
  gradNorms: number[][]; // gradNorms[k][l-1] at steps[k]
  test: TestPoint[];
  /** Bumped whenever points are dropped, so incremental readers know to start over. */
  generation: number;
}

export interface PanelData {
  analysis?: AnalysisMessage;
  status?: StatusMessage;
  snapshotSteps: number[];
  snapshot?: SnapshotDTO;
  boundary?: BoundaryDTO;
  /** The step the student picked on the timeline; undefined while it follows the newest step. */
  pinnedStep?: number;
  /** Counts the runs that started over (Reset, Retrain): a new run un-pins the timeline. */
  runsStarted: number;
  gradcheck?: GradCheckRow[];
  gradcheckPending: boolean;
  error?: string;
  series: Series;
}

export function emptySeries(): Series {
  return { steps: [], costs: [], accuracies: [], gradNorms: [], test: [], generation: 0 };
}

export function createData(): PanelData {
  return { snapshotSteps: [], gradcheckPending: false, runsStarted: 0, series: emptySeries() };
}

/** Drops every point at or after `step`: a run that starts again resends from its beginning. */
export function truncateFrom(s: Series, step: number): void {
  let k = s.steps.length;
  while (k > 0 && s.steps[k - 1] >= step) k--;
  if (k < s.steps.length || s.test.some((p) => p.step >= step)) s.generation++;
  s.steps.length = k;
  s.costs.length = k;
  s.accuracies.length = k;
  s.gradNorms.length = k;
  s.test = s.test.filter((p) => p.step < step);
}

export function appendProgress(s: Series, points: StepPoint[], test: TestPoint[]): void {
  if (points.length > 0 && s.steps.length > 0 && points[0].step <= s.steps[s.steps.length - 1])
    truncateFrom(s, points[0].step);
  for (const p of points) {
    s.steps.push(p.step);
    s.costs.push(p.cost);
    s.accuracies.push(p.accuracy);
    s.gradNorms.push(p.gradNorms);
  }
  s.test.push(...test);
}

// A run's scalars per step as the panel holds them: appended as progress arrives, thinned past a
// bound, and read at a given step (for the charts' tables).

import { thinInPlace } from '../src/core/thin';
import type { StepPoint, TestPoint } from '../src/protocol';

/** The panel keeps at most this many per-step points of a run (a long run is thinned, still spanning it all). */
export const MAX_SERIES_POINTS = 20_000;

/** Scalars per step, appended as progress arrives. */
export interface Series {
  points: readonly StepPoint[];
  test: readonly TestPoint[];
  /** Changes whenever points are dropped (thinning), so incremental readers know to start over. */
  generation: number;
}

export const emptySeries = (generation = 0): Series => ({ points: [], test: [], generation });

/** The series with new points after the last one it has (a replay may repeat some), thinned past its bound. */
export function appendProgress(s: Series, points: readonly StepPoint[], test: readonly TestPoint[]): Series {
  const lastStep = s.points.at(-1)?.step ?? -1;
  const fresh = points.filter((p) => p.step > lastStep);
  const lastTest = s.test.at(-1)?.step ?? -1;
  const freshTest = test.filter((p) => p.step > lastTest);
  if (fresh.length === 0 && freshTest.length === 0) return s;
  const all = [...s.points, ...fresh];
  const dropped = thinInPlace(all, MAX_SERIES_POINTS);
  return { points: all, test: [...s.test, ...freshTest], generation: s.generation + (dropped > 0 ? 1 : 0) };
}

/** The point of `step` in points sorted by step (binary search), if the series holds it. */
export function pointAt<T extends { step: number }>(points: readonly T[], step: number): T | undefined {
  let lo = 0;
  let hi = points.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = points[mid].step;
    if (s === step) return points[mid];
    if (s < step) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

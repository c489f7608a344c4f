// The ticked runs' series for the two step charts: each run in a dash pattern and marker of its
// own, the colour still that of the metric (or the layer), named `metric · #n label`.

import type { StepPoint } from '../src/protocol';
import { overlays } from './comparison';
import { label } from './labels';
import { runStyle } from './runStyle';
import { pointAt } from './series';
import type { ViewState } from './state';
import { TEST_COST_WIDTH, ThinnedSeries, type DrawnSeries } from './stepChart';

/** A ThinnedSeries per run and line, forgotten once the run is no longer drawn. */
export class ThinnedByRun {
  private readonly lines = new Map<string, ThinnedSeries>();
  private readonly used = new Set<string>();

  get(runId: number, line: string): ThinnedSeries {
    const key = `${runId}:${line}`;
    this.used.add(key);
    let t = this.lines.get(key);
    if (!t) this.lines.set(key, (t = new ThinnedSeries()));
    return t;
  }

  /** Forgets the lines not asked for since the last prune. */
  prune(): void {
    for (const key of this.lines.keys()) if (!this.used.has(key)) this.lines.delete(key);
    this.used.clear();
  }
}

/** A run's value of `pick` at a step, for a chart's table. */
export function valueAt(points: readonly StepPoint[], pick: (p: StepPoint) => number | undefined) {
  return (step: number): number | undefined => {
    const p = pointAt(points, step);
    return p && pick(p);
  };
}

/** Training cost, test cost and accuracy of each ticked run, in the colours of the current run's. */
export function lossOverlays(s: ViewState, cache: ThinnedByRun): DrawnSeries[] {
  const out = overlays(s).flatMap((o) => {
    const { dash, marker } = runStyle(o.summary.number);
    const { points, test, generation } = o.view.series;
    const id = o.summary.runId;
    const run = ` · ${o.name}`;
    const line = (name: string, pick: (p: StepPoint) => number | undefined) =>
      cache.get(id, name).update(points, generation, (p) => p.step, pick);
    return [
      {
        spec: { label: label('loss.trainingCost', { run }), color: 0, dash, marker },
        points: line('cost', (p) => p.cost),
        valueAt: valueAt(points, (p) => p.cost),
      },
      {
        spec: { label: label('loss.testCost', { run }), color: 1, dash, marker, width: TEST_COST_WIDTH },
        points: test.map((p) => ({ x: p.step, y: p.cost })),
        valueAt: (step: number) => pointAt(test, step)?.cost,
      },
      {
        spec: { label: label('loss.accuracyOf', { run }), axis: 'y1' as const, color: 2, dash, marker },
        points: line('accuracy', (p) => p.accuracy),
        valueAt: valueAt(points, (p) => p.accuracy),
      },
    ];
  });
  cache.prune();
  return out;
}

/** ||dW[l]|| of each ticked run, layer l in the colour of the current run's layer l. */
export function gradNormOverlays(s: ViewState, cache: ThinnedByRun): DrawnSeries[] {
  const out = overlays(s).flatMap((o) => {
    const { dash, marker } = runStyle(o.summary.number);
    const { points, generation } = o.view.series;
    const L = points[0]?.gradNorms.length ?? 0;
    return Array.from({ length: L }, (_, l) => ({
      spec: { label: `||dW[${l + 1}]|| · ${o.name}`, color: l, dash, marker },
      points: cache.get(o.summary.runId, `dW${l}`).update(
        points,
        generation,
        (p) => p.step,
        (p) => p.gradNorms[l],
      ),
      valueAt: valueAt(points, (p) => p.gradNorms[l]),
    }));
  });
  cache.prune();
  return out;
}

// A run's per-step scalars as the host keeps them for the run list and replays: typed columns (8 bytes
// a number) instead of an object per step (about 250 bytes), thinned past a bound as thin.ts thins a list.
import type { StepPoint } from '../protocol';

type Column = Float64Array<ArrayBuffer>;

const grow = (a: Column, n: number): Column => {
  if (n <= a.length) return a;
  const b = new Float64Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
};

export class StepColumns {
  private steps: Column = new Float64Array(256);
  private costs: Column = new Float64Array(256);
  /** NaN where a step has no accuracy (regression). */
  private accuracies: Column = new Float64Array(256);
  /** `layers` numbers per step. */
  private norms: Column = new Float64Array(256);
  private layers = -1;
  length = 0;

  push(points: readonly StepPoint[]): void {
    if (points.length === 0) return;
    if (this.layers < 0) this.layers = points[0].gradNorms.length;
    const L = this.layers;
    const n = this.length + points.length;
    this.steps = grow(this.steps, n);
    this.costs = grow(this.costs, n);
    this.accuracies = grow(this.accuracies, n);
    this.norms = grow(this.norms, n * L);
    for (const p of points) {
      const k = this.length++;
      this.steps[k] = p.step;
      this.costs[k] = p.cost;
      this.accuracies[k] = p.accuracy ?? NaN;
      for (let l = 0; l < L; l++) this.norms[k * L + l] = p.gradNorms[l] ?? NaN;
    }
  }

  /** Keeps every other step while more than `max` are kept, the last one always (as thinInPlace does). */
  thin(max: number): void {
    const L = this.layers;
    while (this.length > max && this.length > 2) {
      const last = this.length - 1;
      let k = 0;
      const move = (from: number) => {
        this.steps[k] = this.steps[from];
        this.costs[k] = this.costs[from];
        this.accuracies[k] = this.accuracies[from];
        this.norms.copyWithin(k * L, from * L, from * L + L);
        k++;
      };
      for (let i = 0; i < this.length; i += 2) move(i);
      if (last % 2 === 1) move(last);
      this.length = k;
    }
  }

  /** Gives back the room kept for more steps (the run has ended). */
  trim(): void {
    this.steps = this.steps.slice(0, this.length);
    this.costs = this.costs.slice(0, this.length);
    this.accuracies = this.accuracies.slice(0, this.length);
    this.norms = this.norms.slice(0, this.length * Math.max(0, this.layers));
  }

  at(k: number): StepPoint {
    const L = this.layers;
    const p: StepPoint = {
      step: this.steps[k],
      cost: this.costs[k],
      gradNorms: Array.from(this.norms.subarray(k * L, k * L + L)),
    };
    if (!Number.isNaN(this.accuracies[k])) p.accuracy = this.accuracies[k];
    return p;
  }

  last(): StepPoint | undefined {
    return this.length > 0 ? this.at(this.length - 1) : undefined;
  }

  toPoints(): StepPoint[] {
    return Array.from({ length: this.length }, (_, k) => this.at(k));
  }
}

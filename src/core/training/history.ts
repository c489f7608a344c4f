// The record of a run in bounded memory: the scalars of every step (min-max thinned beyond
// `scalars` steps) and a thinned set of kept steps (what the trainer needs to replay a step's snapshot).

import { StepSeries } from './series';
import type { HistoryOptions, StepRecord, TestPoint } from './types';

/**
 * Memory for a run's kept steps. With gd a kept step of a 784-256-10 network holds 1.6 MB (θ), so
 * at most 40 of the default 170 are kept; one of a 64-128-64-10 network 0.14 MB, so all 170.
 */
export const DEFAULT_SNAPSHOT_BYTES = 64 * 2 ** 20;

/**
 * Steps kept (`K`, each with its `step`): those of steps < first; the latest `last` kept; and at most
 * `thinned` of the others, those whose step is a multiple of a stride that doubles whenever they are
 * too many. `wantsSnapshot(t)` tells the trainer before step t whether to keep it, so copies are only
 * made for steps that may be kept (or that a caller asks for).
 */
export class History<K extends { step: number } = { step: number }> {
  /** J_t of every step t (thinned to its lowest and highest per bucket of steps beyond `scalars` steps). */
  readonly costs: StepSeries;
  /** Accuracy on each step's batch (classification only; empty otherwise), kept like costs. */
  readonly accuracies: StepSeries;
  /** ||dW[l]||_F of every step, one series per layer (gradNorms[0] is layer 1), kept like costs. */
  readonly gradNorms: StepSeries[] = [];
  /** The test set's cost (and accuracy) with θ_t, at a bounded number of steps t. */
  readonly testPoints: TestPoint[] = [];

  private readonly first: number;
  private readonly last: number;
  private readonly maxThinned: number;
  private readonly lastFrom: number;
  private stride: number;
  private readonly testStride: number;
  private readonly totalSteps: number;
  private readonly scalars: number;
  private readonly early: K[] = [];
  private readonly recent: K[] = [];
  private thinned: K[] = [];

  /** `keptBytes`: the size of one kept step, to keep them all under options.maxBytes. */
  constructor(totalSteps: number, options: HistoryOptions = {}, keptBytes = 0) {
    this.totalSteps = totalSteps;
    this.scalars = options.scalars ?? 100_000;
    this.costs = new StepSeries(this.scalars);
    this.accuracies = new StepSeries(this.scalars);
    const first = options.first ?? 50;
    const last = options.last ?? 20;
    const thinned = options.thinned ?? 100;
    const budget = Math.floor((options.maxBytes ?? DEFAULT_SNAPSHOT_BYTES) / Math.max(1, keptBytes));
    const shrink = Math.min(1, budget / Math.max(1, first + last + thinned));
    this.first = Math.floor(first * shrink);
    this.last = Math.max(Math.min(1, last), Math.floor(last * shrink));
    this.maxThinned = Math.floor(thinned * shrink);
    this.lastFrom = totalSteps - this.last;
    const between = Math.max(0, totalSteps - this.first - this.last);
    this.stride = Math.max(1, Math.ceil(between / Math.max(1, this.maxThinned)));
    this.testStride = Math.max(1, Math.ceil(totalSteps / Math.max(1, options.testPoints ?? 200)));
  }

  /** Whether the policy would keep a snapshot of step t (asked before the step). */
  wantsSnapshot(step: number): boolean {
    if (step < this.first || step >= this.lastFrom) return true;
    return this.maxThinned > 0 && step % this.stride === 0;
  }

  /** Whether the test set should be evaluated with θ_t. */
  wantsTest(step: number): boolean {
    return step % this.testStride === 0 || step === this.totalSteps - 1;
  }

  /** Step t's scalars, and what to keep of it when the policy (or a caller) asked for it. */
  add(record: StepRecord, kept?: K): void {
    this.costs.push(record.cost);
    if (record.accuracy !== undefined) this.accuracies.push(record.accuracy);
    record.gradNorms.forEach((norm, l) => (this.gradNorms[l] ??= new StepSeries(this.scalars)).push(norm));
    if (kept) this.keep(kept);
  }

  addTestPoint(point: TestPoint): void {
    this.testPoints.push(point);
  }

  /** Steps kept, ascending. */
  snapshotSteps(): number[] {
    return [...this.early, ...this.thinned, ...this.recent].map((s) => s.step).sort((a, b) => a - b);
  }

  kept(step: number): K | undefined {
    return (
      this.early.find((s) => s.step === step) ??
      this.recent.find((s) => s.step === step) ??
      this.thinned.find((s) => s.step === step)
    );
  }

  private keep(s: K): void {
    if (s.step < this.first) {
      this.early.push(s);
      return;
    }
    if (this.last <= 0) {
      this.thin(s);
      return;
    }
    this.recent.push(s);
    if (this.recent.length > this.last) this.thin(this.recent.shift()!);
  }

  /** Offer a step leaving `recent` to the thinned set. */
  private thin(s: K): void {
    if (this.maxThinned <= 0 || s.step % this.stride !== 0) return;
    this.thinned.push(s);
    while (this.thinned.length > this.maxThinned) {
      this.stride *= 2;
      this.thinned = this.thinned.filter((t) => t.step % this.stride === 0);
    }
  }
}

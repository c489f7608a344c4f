// What the history keeps of a step: where to run it again from, bit for bit, when somebody asks for
// its snapshot. A checkpoint holds θ and the optimizer's moments before one step; a kept step a few
// steps after one only holds the examples of the steps in between and is run again from it. Far less
// to copy than the step's every matrix, and for small steps far less than θ at every kept step.

import { copyArray } from '../engine/copy';

/** θ_s and the optimizer's moments before step s's update, laid out like `Network.theta`. */
export interface Checkpoint {
  step: number;
  theta: Float64Array;
  /** [] for gd. */
  moments: Float64Array[];
}

export interface ReplayPoint {
  step: number;
  /** Where the replay starts: this step or one a few steps before it. */
  from: Checkpoint;
  /** The examples of steps from.step … step, in order (undefined for the whole set). */
  examples: (Int32Array | undefined)[];
}

/**
 * Steps a replay may run before a kept one's: about 1.25 GFLOP of products, at most MAX_REPLAY_STEPS.
 * Each checkpoint is a fresh copy of θ, and a fresh page costs about 10 µs at its first write here: a
 * third of a 784-256-10 step (which gets 4 steps, replies of at most about 55 ms), half of a
 * 64-128-64-10 step (64 steps, at most about 40 ms).
 */
export function replayReach(sizes: readonly number[], batch: number): number {
  let weights = 0;
  for (let l = 1; l < sizes.length; l++) weights += sizes[l] * sizes[l - 1];
  const stepFlops = 6 * weights * batch;
  return Math.min(MAX_REPLAY_STEPS, Math.floor(REPLAY_FLOPS / Math.max(1, stepFlops)));
}

const REPLAY_FLOPS = 1.25e9;
const MAX_REPLAY_STEPS = 64;

/**
 * Makes the replay points of a run step by step: a checkpoint when the last one is more than `reach`
 * steps back, else a point on it with the examples seen since (shared, never written again).
 */
export class ReplayLog {
  private checkpoint?: Checkpoint;
  private since: (Int32Array | undefined)[] = [];

  /** `reach`: at most this many steps run before a kept step's own (0: every kept step is a checkpoint). */
  constructor(private readonly reach: number) {}

  /** Step t's point. Call it, or `pass`, once for every step, in order, before the step's update. */
  point(
    step: number,
    theta: Float64Array,
    moments: readonly Float64Array[],
    examples: Int32Array | undefined,
  ): ReplayPoint {
    if (!this.checkpoint || !this.within(step)) {
      this.checkpoint = { step, theta: copyArray(theta), moments: moments.map(copyArray) };
      this.since = [];
    }
    this.since.push(examples?.slice());
    return { step, from: this.checkpoint, examples: this.since.slice() };
  }

  /** Step t is not kept: its examples are remembered while a later step may still replay through it. */
  pass(step: number, examples: Int32Array | undefined): void {
    if (this.checkpoint && this.within(step) && step - this.checkpoint.step < this.reach)
      this.since.push(examples?.slice());
  }

  private within(step: number): boolean {
    const from = this.checkpoint!.step;
    return step - from <= this.reach && this.since.length === step - from;
  }
}

/** Bytes of one checkpoint: θ and each moment (8 bytes a number), and a mini-batch's example indices (4 bytes each). */
export function replayPointBytes(parameters: number, moments: number, miniBatch: number | undefined): number {
  return 8 * parameters * (1 + moments) + 4 * (miniBatch ?? 0);
}

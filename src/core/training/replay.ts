// What the history keeps of a step: θ_t, the optimizer's moments before its update and the step's
// examples. That is enough to run the step again, bit for bit, when somebody asks for its snapshot:
// far less to copy at every kept step than the step's every matrix.

import { copyArray } from '../engine/copy';

export interface ReplayPoint {
  step: number;
  /** θ_t, laid out like `Network.theta`. */
  theta: Float64Array;
  /** The optimizer's moments before step t's update ([] for gd). */
  moments: Float64Array[];
  /** The mini-batch's examples, in order; absent for the whole set. */
  examples?: Int32Array;
}

export function captureReplayPoint(
  step: number,
  theta: Float64Array,
  moments: readonly Float64Array[],
  examples: Int32Array | undefined,
): ReplayPoint {
  const point: ReplayPoint = { step, theta: copyArray(theta), moments: moments.map(copyArray) };
  if (examples) point.examples = examples.slice();
  return point;
}

/** Bytes of one point: θ and each moment (8 bytes a number), and a mini-batch's example indices (4 bytes each). */
export function replayPointBytes(parameters: number, moments: number, miniBatch: number | undefined): number {
  return 8 * parameters * (1 + moments) + 4 * (miniBatch ?? 0);
}

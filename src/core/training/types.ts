// What a training step produces: scalars for every step, and on request a full snapshot.

import type { Matrix } from '../engine/matrix';

/** One layer's matrices at step t, columns orientation; W, b are θ_t (before the step's update). */
export interface LayerSnapshot {
  W: Matrix;
  b: Matrix;
  Z: Matrix;
  A: Matrix;
  /** dA[l]; for l = L, ∂(m·J)/∂A[L] by the loss formula. */
  dA: Matrix;
  dZ: Matrix;
  dW: Matrix;
  db: Matrix;
}

/** A W[l] and b[l] pair (or a moment laid out like them), columns orientation. */
export interface ParameterPair {
  W: Matrix;
  b: Matrix;
}

/** One layer's update in step t: θ_t+1, and the optimizer's moments before the update (0 at step 0). */
export interface LayerUpdate extends ParameterPair {
  /** [] for gd, [v] for momentum, [v, s] for Adam (whose bias correction uses t = step + 1). */
  moments: ParameterPair[];
}

export interface Snapshot {
  step: number;
  cost: number;
  /** A[0]: the batch of step t, (n[0], m). */
  X: Matrix;
  Y: Matrix;
  /** layers[0] is layer 1. */
  layers: LayerSnapshot[];
  /** The step's update, per layer; absent when the run diverged before applying it. */
  update?: LayerUpdate[];
}

export interface StepRecord {
  step: number;
  /** J_t, computed before the update of step t. */
  cost: number;
  /** On the step's batch, for a classification task. */
  accuracy?: number;
  /** ||dW[l]||_F, index 0 is layer 1. */
  gradNorms: number[];
  snapshot?: Snapshot;
}

export interface TestPoint {
  step: number;
  cost: number;
  accuracy?: number;
}

export interface HistoryOptions {
  /** Snapshots of the first steps kept (default 50). */
  first?: number;
  /** Latest snapshots kept (default 20). */
  last?: number;
  /** At most this many snapshots kept in between (default 100). */
  thinned?: number;
  /** About this many test-set evaluations over the run (default 200). */
  testPoints?: number;
  /** Memory for the kept steps (default 64 MB): first, last and thinned shrink in proportion to stay under it. */
  maxBytes?: number;
  /** At most this many steps run again before a kept step's own when it is asked for (default from the network's size: `replayReach`). */
  replaySteps?: number;
  /**
   * Each scalar series (cost, accuracy, ||dW[l]||) keeps every step up to
   * this many, then min-max buckets (default 100,000).
   */
  scalars?: number;
}

/** J (regularisation included) and accuracy with the final parameters, on the training and test sets. */
export interface Evaluation {
  cost: number;
  accuracy?: number;
  testCost?: number;
  testAccuracy?: number;
}

// Parameter updates on the flat parameter array θ (every W[l] and b[l]) given its gradient dθ.

import type { OptimizerKind } from '../spec/types';
import { arenaOf } from './arena';

export interface Optimizer {
  /** θ := update(θ, dθ). Returns false when some updated parameter is NaN or ±Infinity. */
  update(theta: Float64Array, grad: Float64Array): boolean;
  /** The live moment arrays, laid out like θ: [] for gd, [v] for momentum, [v, s] for Adam. */
  moments(): readonly Float64Array[];
}

/** The course's hyperparameters (momentum's β; Adam's β1, β2, ε). */
export const BETA = 0.9;
export const BETA1 = 0.9;
export const BETA2 = 0.999;
export const EPSILON = 1e-8;

/** θ := θ - α dθ. */
class GradientDescent implements Optimizer {
  constructor(private readonly lr: number) {}

  update(theta: Float64Array, grad: Float64Array): boolean {
    const lr = this.lr;
    const arena = arenaOf(theta);
    if (arena?.owns(grad)) return arena.kernels.gdUpdate(theta.byteOffset, grad.byteOffset, theta.length, lr) === 1;
    let check = 0;
    for (let k = 0; k < theta.length; k++) {
      const t = theta[k] - lr * grad[k];
      theta[k] = t;
      check += t * 0;
    }
    return check === 0;
  }

  moments(): readonly Float64Array[] {
    return [];
  }
}

/** The course's momentum: v := β v + (1 - β) dθ, θ := θ - α v (v starts at 0). */
class Momentum implements Optimizer {
  private readonly v: Float64Array;

  constructor(
    private readonly lr: number,
    size: number,
    from?: OptimizerState,
  ) {
    this.v = from ? from.moments[0].slice() : new Float64Array(size);
  }

  update(theta: Float64Array, grad: Float64Array): boolean {
    const { lr, v } = this;
    let check = 0;
    for (let k = 0; k < theta.length; k++) {
      const vk = BETA * v[k] + (1 - BETA) * grad[k];
      v[k] = vk;
      const t = theta[k] - lr * vk;
      theta[k] = t;
      check += t * 0;
    }
    return check === 0;
  }

  moments(): readonly Float64Array[] {
    return [this.v];
  }
}

/** The course's Adam with bias correction; t = 1 at the first update. */
class Adam implements Optimizer {
  private readonly v: Float64Array;
  private readonly s: Float64Array;
  private t: number;

  constructor(
    private readonly lr: number,
    size: number,
    from?: OptimizerState,
  ) {
    this.v = from ? from.moments[0].slice() : new Float64Array(size);
    this.s = from ? from.moments[1].slice() : new Float64Array(size);
    this.t = from?.updates ?? 0;
  }

  update(theta: Float64Array, grad: Float64Array): boolean {
    const { lr, v, s } = this;
    this.t++;
    const c1 = 1 - Math.pow(BETA1, this.t);
    const c2 = 1 - Math.pow(BETA2, this.t);
    let check = 0;
    for (let k = 0; k < theta.length; k++) {
      const g = grad[k];
      const vk = BETA1 * v[k] + (1 - BETA1) * g;
      const sk = BETA2 * s[k] + (1 - BETA2) * g * g;
      v[k] = vk;
      s[k] = sk;
      const t = theta[k] - (lr * (vk / c1)) / (Math.sqrt(sk / c2) + EPSILON);
      theta[k] = t;
      check += t * 0;
    }
    return check === 0;
  }

  moments(): readonly Float64Array[] {
    return [this.v, this.s];
  }
}

/** Where an optimizer stands after some updates: its moments (as `moments()` gives them) and their count. */
export interface OptimizerState {
  moments: readonly Float64Array[];
  updates: number;
}

/** A new optimizer, or one resumed `from` a state (to replay a step exactly). */
export function createOptimizer(
  kind: OptimizerKind,
  learningRate: number,
  size: number,
  from?: OptimizerState,
): Optimizer {
  switch (kind) {
    case 'gd':
      return new GradientDescent(learningRate);
    case 'momentum':
      return new Momentum(learningRate, size, from);
    case 'adam':
      return new Adam(learningRate, size, from);
  }
}

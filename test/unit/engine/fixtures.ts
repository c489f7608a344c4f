// Specs and data sets built directly (not parsed), for the engine and training tests.

import type { Dataset } from '../../../src/core/data/types';
import type { Matrix } from '../../../src/core/engine/matrix';
import { Trainer } from '../../../src/core/training/trainer';
import type {
  Activation,
  InitKind,
  Layout,
  LayerSpec,
  LossKind,
  OptimizerKind,
  Spec,
} from '../../../src/core/spec/types';

export interface SpecOptions {
  layers: { units: number; activation: Activation; alpha?: number; W?: number[][]; b?: number[][] }[];
  loss: LossKind;
  seed?: number;
  layout?: Layout;
  init?: InitKind;
  initScale?: number;
  iterations?: number;
  epochs?: number;
  learningRate?: number;
  batchSize?: 'full' | number;
  optimizer?: OptimizerKind;
  regularization?: { kind: 'l1' | 'l2'; lambda: number };
}

export function makeSpec(o: SpecOptions): Spec {
  const layers: LayerSpec[] = o.layers.map((l) => {
    const layer: LayerSpec = { units: l.units, activation: l.activation, alpha: l.alpha ?? 0.01 };
    if (l.W) layer.W = l.W;
    if (l.b) layer.b = l.b;
    return layer;
  });
  const training: Spec['training'] = {
    learningRate: o.learningRate ?? 0.1,
    batchSize: o.batchSize ?? 'full',
    optimizer: o.optimizer ?? 'gd',
  };
  if (o.epochs !== undefined) training.epochs = o.epochs;
  else training.iterations = o.iterations ?? 10;
  if (o.regularization) training.regularization = o.regularization;
  return {
    seed: o.seed ?? 1,
    layout: o.layout ?? 'columns',
    data: { source: { kind: 'inline', X: [], Y: [] }, normalize: 'none', testSplit: 0 },
    network: { init: o.init ?? 'random', initScale: o.initScale ?? 0.5, layers },
    loss: o.loss,
    training,
  };
}

export function matrix(rows: number, cols: number, values: ArrayLike<number>): Matrix {
  return { rows, cols, data: Float64Array.from(values) };
}

export function makeDataset(X: Matrix, Y: Matrix, task: Dataset['task'], test?: { X: Matrix; Y: Matrix }): Dataset {
  const d: Dataset = { X, Y, task, featureNames: [], targetNames: [] };
  if (test) {
    d.Xtest = test.X;
    d.Ytest = test.Y;
  }
  return d;
}

/** A 1-1 linear network with mse, W = 1 and b = 0, on x = ±3 (y = ±1), trained with α until it stops. */
export function trainedLinear(learningRate: number, iterations: number): Trainer {
  const spec = makeSpec({
    layers: [{ units: 1, activation: 'linear', W: [[1]], b: [[0]] }],
    loss: 'mse',
    learningRate,
    iterations,
  });
  const trainer = new Trainer(spec, makeDataset(matrix(1, 2, [3, -3]), matrix(1, 2, [1, -1]), 'regression'));
  while (trainer.next()) {
    /* run until it stops */
  }
  return trainer;
}

/**
 * A 1-1 linear network with mse on x = 2 (y = 0) and α = Number.MAX_VALUE, not yet trained: step 0's
 * cost J_0 = (1/2)·(1·2 - 0)² = 2 is finite and dW[1] = 4, but α·dW[1] overflows: W[1] becomes -Infinity.
 */
export function overflowingTrainer(): Trainer {
  const spec = makeSpec({
    layers: [{ units: 1, activation: 'linear', W: [[1]], b: [[0]] }],
    loss: 'mse',
    learningRate: Number.MAX_VALUE,
    iterations: 5,
  });
  return new Trainer(spec, makeDataset(matrix(1, 1, [2]), matrix(1, 1, [0]), 'regression'));
}

/** trainedLinear with α = 10: each step multiplies the error by far more than 1 in size, so it diverges. */
export const divergedTrainer = (): Trainer => trainedLinear(10, 1000);

/** A small deterministic pseudo-random source for test data (independent of the engine's Random). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Data with n0 features in [-1, 1] and targets suiting the loss: 0/1, one-hot columns, or reals. */
export function randomData(n0: number, nL: number, m: number, loss: LossKind, seed: number): Dataset {
  const rnd = lcg(seed);
  const X = matrix(
    n0,
    m,
    Array.from({ length: n0 * m }, () => rnd() * 2 - 1),
  );
  const Y = matrix(nL, m, new Float64Array(nL * m));
  for (let j = 0; j < m; j++) {
    if (loss === 'cross_entropy') Y.data[Math.floor(rnd() * nL) * m + j] = 1;
    else for (let i = 0; i < nL; i++) Y.data[i * m + j] = loss === 'mse' ? rnd() * 2 - 1 : rnd() < 0.5 ? 0 : 1;
  }
  return makeDataset(X, Y, loss === 'mse' ? 'regression' : 'classification');
}

/** |a - b| within `rel` of the largest magnitude in the expected matrix (or of 1e-300). */
export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rel: number, what: string): void {
  if (actual.length !== expected.length) throw new Error(`${what}: length ${actual.length} != ${expected.length}`);
  let scale = 1e-300;
  for (let k = 0; k < expected.length; k++) scale = Math.max(scale, Math.abs(expected[k]));
  for (let k = 0; k < expected.length; k++) {
    if (!(Math.abs(actual[k] - expected[k]) <= rel * scale)) {
      throw new Error(`${what}[${k}]: ${actual[k]} != ${expected[k]} (tolerance ${rel} × ${scale})`);
    }
  }
}

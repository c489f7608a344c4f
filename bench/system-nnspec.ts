// Trains a workload with this engine's Trainer, from a Spec carrying the workload's explicit
// initial W[l], b[l] so it starts where the other systems start.
import { toArrays, type Matrix } from '../src/core/engine/matrix';
import { Trainer } from '../src/core/training/trainer';
import type { Dataset } from '../src/core/data/types';
import type { Spec } from '../src/core/spec/types';
import type { RunResult } from './result';
import type { Workload } from './workloads';

export function specOf(w: Workload, init: { W: Matrix; b: Matrix }[]): Spec {
  return {
    name: w.name,
    seed: 1,
    layout: 'columns',
    data: { source: { kind: 'inline', X: [], Y: [] }, normalize: 'none', testSplit: 0 },
    network: {
      init: 'zeros',
      initScale: 0.01,
      layers: w.activations.map((activation, i) => ({
        units: w.sizes[i + 1],
        activation,
        alpha: 0.01,
        W: toArrays(init[i].W),
        b: toArrays(init[i].b),
      })),
    },
    loss: w.loss,
    training: {
      ...(w.iterations !== undefined ? { iterations: w.iterations } : { epochs: w.epochs }),
      learningRate: w.learningRate,
      batchSize: w.batchSize,
      optimizer: 'gd',
    },
  };
}

/** `snapshots`: the default history policy (the panel's), or no snapshots at all. */
export function runNnspec(w: Workload, snapshots: boolean): RunResult {
  const { X, Y } = w.data();
  const init = w.init();
  const t0 = performance.now();
  const dataset: Dataset = {
    X,
    Y,
    task: 'classification',
    featureNames: Array.from({ length: X.rows }, (_, i) => `x${i + 1}`),
    targetNames: Array.from({ length: Y.rows }, (_, i) => `y${i + 1}`),
  };
  const history = snapshots ? undefined : { first: 0, last: 0, thinned: 0 };
  const trainer = new Trainer(specOf(w, init), dataset, { history });
  const t1 = performance.now();
  let finalCost = NaN;
  for (let r = trainer.next(); r !== undefined; r = trainer.next()) finalCost = r.cost;
  const t2 = performance.now();
  if (trainer.status !== 'done')
    throw new Error(`${w.name}: training stopped (${trainer.divergence?.message ?? trainer.status})`);
  return { setupMs: t1 - t0, trainMs: t2 - t1, steps: trainer.stepIndex, finalCost };
}

// What an exported script must reproduce, worked out once from the spec and its data set:
// sizes, the loss case, the batch schedule, the number of steps.
import type { Dataset } from '../data/types';
import { isFusedOutput } from '../engine/losses';
import type { Activation, Spec } from '../spec/types';

export type BatchPlan =
  | { kind: 'full' }
  /** Mini-batches, `epochs` whole epochs (the file says `epochs:`). */
  | { kind: 'epochs'; size: number; perEpoch: number; epochs: number }
  /** Mini-batches for a number of steps that need not end an epoch (`iterations:` with a batch size). */
  | { kind: 'steps'; size: number; perEpoch: number };

export interface ExportPlan {
  spec: Spec;
  /** The .nnspec file's name, for the docstring. */
  sourceName: string;
  /** n[0], n[1], ..., n[L]. */
  dims: number[];
  L: number;
  activations: Activation[];
  /** sigmoid + binary_cross_entropy or softmax + cross_entropy: dZ[L] = A[L] - Y. */
  fused: boolean;
  classification: boolean;
  /** Training examples (after the test split) and test examples. */
  m: number;
  mTest: number;
  steps: number;
  batch: BatchPlan;
  /** Only when λ ≠ 0 (λ = 0 changes nothing, as in the engine). */
  regularization?: { kind: 'l1' | 'l2'; lambda: number };
}

function batchPlan(spec: Spec, m: number): BatchPlan {
  const b = spec.training.batchSize;
  const size = b === 'full' || b >= m ? m : Math.max(1, Math.floor(b));
  if (size === m) return { kind: 'full' };
  const perEpoch = Math.ceil(m / size);
  const epochs = spec.training.epochs;
  return spec.training.iterations === undefined && epochs !== undefined
    ? { kind: 'epochs', size, perEpoch, epochs }
    : { kind: 'steps', size, perEpoch };
}

export function exportPlan(spec: Spec, data: Dataset, sourceName: string): ExportPlan {
  const layers = spec.network.layers;
  const m = data.X.cols;
  const batch = batchPlan(spec, m);
  const t = spec.training;
  const perEpoch = batch.kind === 'full' ? 1 : batch.perEpoch;
  const reg = t.regularization;
  const activations = layers.map((l) => l.activation);
  return {
    spec,
    sourceName,
    dims: [data.X.rows, ...layers.map((l) => l.units)],
    L: layers.length,
    activations,
    fused: isFusedOutput(spec.loss, activations[activations.length - 1]),
    classification: data.task === 'classification',
    m,
    mTest: data.Xtest?.cols ?? 0,
    steps: t.iterations ?? (t.epochs ?? 0) * perEpoch,
    batch,
    regularization: reg && reg.lambda !== 0 ? reg : undefined,
  };
}

/** The activations used by layers 1..L-1 and, when its dZ is not A[L] - Y, by layer L: those whose g' is needed. */
export function differentiatedActivations(plan: ExportPlan): Activation[] {
  const hidden = plan.activations.slice(0, plan.L - 1);
  return [...new Set(plan.fused ? hidden : plan.activations)];
}

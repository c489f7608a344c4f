// The task of a spec (binary, multi-class, regression), each example's class, prediction and loss,
// read from A[L], Z[L] and Y of a snapshot. Pure: the example picker and the boundary's caption use it.

import { alongExamples, alongUnits } from '../src/core/layout';
import type { Activation, LossKind } from '../src/core/spec/types';
import type { AnalysisMessage, MatrixDTO, SnapshotDTO } from '../src/protocol';

export type Task = 'binary' | 'multiclass' | 'regression';

/** The output layer's activation and units, from the shape table. */
export function outputLayer(a?: AnalysisMessage): { activation: Activation; units: number } | undefined {
  const last = a?.shapes?.layers.at(-1);
  return last && { activation: last.activation, units: last.units };
}

/** The spec's loss: as the host says, else what the output activation goes with. */
export function lossOf(a?: AnalysisMessage): LossKind | undefined {
  if (a?.loss) return a.loss;
  const out = outputLayer(a);
  if (!out) return undefined;
  return out.activation === 'sigmoid' ? 'binary_cross_entropy' : out.activation === 'softmax' ? 'cross_entropy' : 'mse';
}

/** Classification with one output unit is binary, with several multi-class; mse is regression. */
export function taskOf(loss: LossKind | undefined, outputUnits: number): Task {
  if (loss === undefined || loss === 'mse') return 'regression';
  return outputUnits > 1 ? 'multiclass' : 'binary';
}

/** Reads unit `u` of example `i` of a matrix over examples, whichever axis holds them. */
export function unitOf(M: MatrixDTO, ax: 0 | 1, u: number, i: number): number {
  // Row-major: the next row is M.cols entries on, the next column 1.
  return M.data[u * alongUnits(ax, M.cols, 1) + i * alongExamples(ax, M.cols, 1)];
}

export function examplesOf(M: MatrixDTO, ax: 0 | 1): number {
  return alongExamples(ax, M.rows, M.cols);
}

export function unitsOf(M: MatrixDTO, ax: 0 | 1): number {
  return alongUnits(ax, M.rows, M.cols);
}

/** The class of example i in M (Y or A[L]): over 0.5 for one unit (as the accuracy counts it), else the argmax. */
export function classOf(M: MatrixDTO, ax: 0 | 1, i: number): number {
  const n = unitsOf(M, ax);
  if (n === 1) return unitOf(M, ax, 0, i) > 0.5 ? 1 : 0;
  let best = 0;
  for (let u = 1; u < n; u++) if (unitOf(M, ax, u, i) > unitOf(M, ax, best, i)) best = u;
  return best;
}

const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/** One example's share of m·J: log terms from Z where the output allows it, so saturation stays finite. */
function lossAt(loss: LossKind, output: Activation | undefined, s: SnapshotDTO, i: number): number {
  const ax = s.exampleAxis;
  const last = s.layers[s.layers.length - 1];
  const n = unitsOf(s.Y, ax);
  const a = (u: number) => unitOf(last.A, ax, u, i);
  const z = (u: number) => unitOf(last.Z, ax, u, i);
  const y = (u: number) => unitOf(s.Y, ax, u, i);
  let sum = 0;
  if (loss === 'cross_entropy' && output === 'softmax') {
    let max = -Infinity;
    for (let u = 0; u < n; u++) max = Math.max(max, z(u));
    let e = 0;
    for (let u = 0; u < n; u++) e += Math.exp(z(u) - max);
    const lse = max + Math.log(e);
    for (let u = 0; u < n; u++) sum += y(u) * (lse - z(u));
    return sum;
  }
  for (let u = 0; u < n; u++) {
    if (loss === 'mse') sum += 0.5 * (a(u) - y(u)) ** 2;
    else if (loss === 'binary_cross_entropy' && output === 'sigmoid') sum += softplus(-z(u)) + (1 - y(u)) * z(u);
    else if (loss === 'binary_cross_entropy') {
      if (y(u) !== 0) sum -= y(u) * Math.log(a(u));
      if (y(u) !== 1) sum -= (1 - y(u)) * Math.log(1 - a(u));
    } else if (y(u) !== 0) sum -= y(u) * Math.log(a(u));
  }
  return sum;
}

/** Each example's loss ℓ_i, so that J (without regularisation) is the mean of them. */
export function exampleLosses(s: SnapshotDTO, loss: LossKind, output?: Activation): Float64Array {
  const m = examplesOf(s.Y, s.exampleAxis);
  const out = new Float64Array(m);
  if (s.layers.length === 0) return out;
  for (let i = 0; i < m; i++) out[i] = lossAt(loss, output, s, i);
  return out;
}

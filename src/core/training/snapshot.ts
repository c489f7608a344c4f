// Deep copies of one step's matrices (the engine reuses its buffers from step to step).

import type { Matrix } from '../engine/matrix';
import type { Network } from '../engine/network';
import type { Workspace } from '../engine/workspace';
import type { LayerUpdate, ParameterPair, Snapshot } from './types';

/**
 * A copy into a fresh (non-shared) array. The engine's buffers live in shared wasm memory, and
 * TypedArray.set from a shared buffer takes V8's slow path (twice the time of this loop).
 */
export function copyArray(data: Float64Array): Float64Array {
  const n = data.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = data[i];
  return out;
}

/** `to` := `from`, by the same loop (writing into shared memory). */
export function copyInto(to: Float64Array, from: Float64Array): void {
  for (let i = 0; i < from.length; i++) to[i] = from[i];
}

function copy(rows: number, cols: number, data: Float64Array): Matrix {
  return { rows, cols, data: copyArray(data.subarray(0, rows * cols)) };
}

/**
 * The snapshot of step t, taken after the backward pass and before the update.
 * `X`, `Y` may be given as-is when they are the data set's own (never written) matrices.
 */
export function captureSnapshot(
  net: Network,
  ws: Workspace,
  step: number,
  cost: number,
  X: Matrix,
  Y: Matrix,
): Snapshot {
  const m = ws.m;
  const layers = [];
  for (let l = 1; l <= net.L; l++) {
    const n = net.sizes[l];
    const nPrev = net.sizes[l - 1];
    layers.push({
      W: copy(n, nPrev, net.W[l]),
      b: copy(n, 1, net.b[l]),
      Z: copy(n, m, ws.Z[l]),
      A: copy(n, m, ws.A[l]),
      dA: copy(n, m, ws.dA[l]),
      dZ: copy(n, m, ws.dZ[l]),
      dW: copy(n, nPrev, net.dW[l]),
      db: copy(n, 1, net.db[l]),
    });
  }
  return { step, cost, X, Y, layers };
}

/** W[l], b[l] pairs copied out of an array laid out like θ (every W[l] then b[l], layer by layer). */
function pairs(net: Network, flat: Float64Array): ParameterPair[] {
  const out: ParameterPair[] = [];
  let at = 0;
  for (let l = 1; l <= net.L; l++) {
    const n = net.sizes[l];
    const w = n * net.sizes[l - 1];
    out.push({
      W: copy(n, net.sizes[l - 1], flat.subarray(at, at + w)),
      b: copy(n, 1, flat.subarray(at + w, at + w + n)),
    });
    at += w + n;
  }
  return out;
}

/** The optimizer's moments before step t's update, per layer (taken only for a snapshot). */
export function captureMoments(net: Network, moments: readonly Float64Array[]): ParameterPair[][] {
  return moments.map((flat) => pairs(net, flat));
}

/** θ_t+1 after step t's update, with the moments taken before it. */
export function captureUpdate(net: Network, before: ParameterPair[][]): LayerUpdate[] {
  return pairs(net, net.theta).map((p, i) => ({ ...p, moments: before.map((moment) => moment[i]) }));
}

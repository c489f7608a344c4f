// Deep copies of one step's matrices (the engine reuses its buffers from step to step).

import type { Matrix } from '../engine/matrix';
import type { Network } from '../engine/network';
import type { Workspace } from '../engine/workspace';
import type { Snapshot } from './types';

/** A copy into a fresh (non-shared) array: new + set is a plain memcpy, where slice may go element by element. */
function copy(rows: number, cols: number, data: Float64Array): Matrix {
  const out = new Float64Array(rows * cols);
  out.set(data.length === out.length ? data : data.subarray(0, out.length));
  return { rows, cols, data: out };
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

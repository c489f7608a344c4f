// Class indices to target rows: one 0/1 row for two classes, one-hot rows otherwise.
import { zeros, type Matrix } from '../engine/matrix';
import type { Spec } from '../spec/types';

/**
 * K > 2 classes are always one-hot (K, m). Two classes are one-hot (2, m) only when the last
 * layer has 2 units (a 2-way softmax); otherwise a single row of 0/1 for a sigmoid unit.
 */
export function wantsOneHot(spec: Spec, classes: number): boolean {
  if (classes > 2) return true;
  const layers = spec.network.layers;
  return classes === 2 && layers.length > 0 && layers[layers.length - 1].units === 2;
}

/** Y (K, m) with Y[k][i] = 1 when example i is of class k, or (1, m) holding the classes themselves. */
export function encodeClasses(labels: Int32Array, classes: number, oneHot: boolean): Matrix {
  const m = labels.length;
  if (!oneHot) {
    const Y = zeros(1, m);
    for (let i = 0; i < m; i++) Y.data[i] = labels[i];
    return Y;
  }
  const Y = zeros(classes, m);
  for (let i = 0; i < m; i++) Y.data[labels[i] * m + i] = 1;
  return Y;
}

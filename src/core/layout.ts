// The one boundary between the engine's `columns` orientation and the file's layout: `rows` is
// the transpose of every matrix. Nothing else in nnspec transposes or asks which layout a file has.

import type { Layout } from './spec/types';
import { fromArrays, transpose, toArrays, type Matrix } from './engine/matrix';

/** A columns-oriented matrix in the file's layout. */
export function toFileMatrix(m: Matrix, layout: Layout): Matrix {
  return layout === 'rows' ? transpose(m) : m;
}

/** A columns-oriented matrix as nested arrays in the file's layout. */
export function toFileLayout(m: Matrix, layout: Layout): number[][] {
  return toArrays(toFileMatrix(m, layout));
}

/** Nested arrays written in the file's layout, as a columns-oriented matrix. */
export function fromFileLayout(a: readonly (readonly number[])[], layout: Layout): Matrix {
  return toFileMatrix(fromArrays(a), layout);
}

/**
 * The axis of X, Y, Z[l], A[l], dZ[l], dA[l] that runs over the examples in the file's layout: 1
 * (columns) or 0 (rows). The other axis runs over the units of the layer, and so does that axis of
 * W[l] and b[l]: W[l]'s entry for unit i of layer l and unit j of layer l-1 is at (i, j) in `columns`
 * and at (j, i) in `rows`.
 */
export function exampleAxis(layout: Layout): 0 | 1 {
  return layout === 'rows' ? 0 : 1;
}

/** How a message names the example axis: examples are the 'columns' of X in `columns`, its 'rows' in `rows`. */
export function exampleAxisName(layout: Layout): 'columns' | 'rows' {
  return exampleAxis(layout) === 1 ? 'columns' : 'rows';
}

/**
 * A pair in the file's reading order: (a, b) for columns, (b, a) for rows. Gives an entry's
 * (row, column) from its engine (row, column), a shape from its engine shape, and the order of
 * the factors of a product: rows reads W A as A W, each factor transposed.
 */
export function fileOrder<T>(layout: Layout, a: T, b: T): [T, T] {
  return exampleAxis(layout) === 1 ? [a, b] : [b, a];
}

// Between the engine's `columns` orientation and the file's layout: `rows` is the transpose.

import type { Layout } from './spec/types';
import { fromArrays, transpose, toArrays, type Matrix } from './engine/matrix';

/** A columns-oriented matrix as nested arrays in the file's layout. */
export function toFileLayout(m: Matrix, layout: Layout): number[][] {
  return toArrays(layout === 'rows' ? transpose(m) : m);
}

/** Nested arrays written in the file's layout, as a columns-oriented matrix. */
export function fromFileLayout(a: readonly (readonly number[])[], layout: Layout): Matrix {
  const m = fromArrays(a);
  return layout === 'rows' ? transpose(m) : m;
}

/**
 * A pair in the file's reading order: (a, b) for columns, (b, a) for rows. Gives an entry's
 * (row, column) from its engine (row, column), a shape from its engine shape, and the order of
 * the factors of a product: rows reads W A as A W, each factor transposed.
 */
export function fileOrder<T>(layout: Layout, a: T, b: T): [T, T] {
  return layout === 'rows' ? [b, a] : [a, b];
}

// Between the engine's `columns` orientation and the file's layout: `rows` is the transpose.
// Every decision that depends on `layout:` is a function here.

import type { Layout } from './spec/types';
import { fromArrays, transpose, toArrays, type Matrix } from './engine/matrix';

/** A columns-oriented matrix as nested arrays in the file's layout. */
export function toFileLayout(m: Matrix, layout: Layout): number[][] {
  return toArrays(inFileLayout(m, layout));
}

/** Nested arrays written in the file's layout, as a columns-oriented matrix. */
export function fromFileLayout(a: readonly (readonly number[])[], layout: Layout): Matrix {
  return inFileLayout(fromArrays(a), layout);
}

/** A columns-oriented matrix turned to the file's layout, or back: the same transpose both ways. */
export function inFileLayout(m: Matrix, layout: Layout): Matrix {
  return layout === 'rows' ? transpose(m) : m;
}

/**
 * A pair in the layout's order, given in the `columns` order: the axes of a matrix (W[l] is
 * (n[l], n[l-1]) in columns, (n[l-1], n[l]) in rows), or the operands of a product
 * (W[l] A[l-1] in columns, A[l-1] W[l] in rows). Its own inverse.
 */
export function layoutOrder<T>(first: T, second: T, layout: Layout): [T, T] {
  return layout === 'rows' ? [second, first] : [first, second];
}

export function otherLayout(layout: Layout): Layout {
  return layout === 'rows' ? 'columns' : 'rows';
}

/** What holds one example of X and Y: a column in `columns`, a row in `rows`. */
export function exampleAxis(layout: Layout): 'column' | 'row' {
  return layout === 'rows' ? 'row' : 'column';
}

/** What holds one feature of X (one unit of A[l], one target of Y): the other axis. */
export function unitAxis(layout: Layout): 'column' | 'row' {
  return layout === 'rows' ? 'column' : 'row';
}

/** The file axis (0 = rows, 1 = columns) along which the units n[l] of a matrix run. */
export function unitAxisIndex(layout: Layout): 0 | 1 {
  return layout === 'rows' ? 1 : 0;
}

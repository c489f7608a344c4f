// The one boundary between the engine's `columns` orientation and the file's layout: `rows` is the
// transpose of every matrix. Nothing else in nnspec transposes, and every decision that depends on
// `layout:` is a function here.

import type { Layout } from './spec/types';
import { fromArrays, transpose, toArrays, type Matrix } from './engine/matrix';

/** A columns-oriented matrix turned to the file's layout, or back: the same transpose both ways. */
export function inFileLayout(m: Matrix, layout: Layout): Matrix {
  return inFileLayoutForAxis(m, exampleAxis(layout));
}

/** A columns-oriented matrix as nested arrays in the file's layout. */
export function toFileLayout(m: Matrix, layout: Layout): number[][] {
  return toArrays(inFileLayout(m, layout));
}

/** Nested arrays written in the file's layout, as a columns-oriented matrix. */
export function fromFileLayout(a: readonly (readonly number[])[], layout: Layout): Matrix {
  return inFileLayout(fromArrays(a), layout);
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

/** The file axis (0 = rows, 1 = columns) along which the units n[l] of a matrix run. */
export function unitAxis(layout: Layout): 0 | 1 {
  return exampleAxis(layout) === 1 ? 0 : 1;
}

/** What holds one example of X and Y, in words: a column in `columns`, a row in `rows`. */
export function exampleLine(layout: Layout): 'column' | 'row' {
  return exampleAxis(layout) === 1 ? 'column' : 'row';
}

/** What holds one feature of X (one unit of A[l], one target of Y), in words: the other line. */
export function unitLine(layout: Layout): 'column' | 'row' {
  return exampleAxis(layout) === 1 ? 'row' : 'column';
}

/**
 * A pair in the file's reading order, given in the `columns` order: (a, b) for columns, (b, a) for
 * rows. Gives an entry's (row, column) from its engine (row, column), a matrix's axes (W[l] is
 * (n[l], n[l-1]) in columns, (n[l-1], n[l]) in rows) and the factors of a product (W[l] A[l-1] in
 * columns, A[l-1] W[l] in rows). Its own inverse.
 */
export function fileOrder<T>(layout: Layout, a: T, b: T): [T, T] {
  return orderForAxis(exampleAxis(layout), a, b);
}

// The panel knows a matrix's example axis (SnapshotDTO.exampleAxis), not the file's layout: the same
// decisions, asked by that axis.

/** fileOrder by the axis the examples run along: (units, examples), or W[l]'s (n[l], n[l-1]), as (row, column). */
export function orderForAxis<T>(axis: 0 | 1, a: T, b: T): [T, T] {
  return axis === 1 ? [a, b] : [b, a];
}

/** inFileLayout by the axis the examples run along: a matrix as sent (file layout) back in the engine's orientation. */
export function inFileLayoutForAxis(m: Matrix, axis: 0 | 1): Matrix {
  return axis === 0 ? transpose(m) : m;
}

/** The layout whose examples run along `axis`: only to name it in words ("in the rows layout"). */
export function layoutWithExampleAxis(axis: 0 | 1): Layout {
  return axis === 0 ? 'rows' : 'columns';
}

/** Of a matrix's (row, column) pair (sizes, selections, indices), the one along which the examples run. */
export function alongExamples<T>(axis: 0 | 1, rowSide: T, columnSide: T): T {
  return axis === 1 ? columnSide : rowSide;
}

/** Of a matrix's (row, column) pair, the one along which the units run. */
export function alongUnits<T>(axis: 0 | 1, rowSide: T, columnSide: T): T {
  return alongExamples(axis, columnSide, rowSide);
}

export function otherLayout(layout: Layout): Layout {
  return exampleAxis(layout) === 1 ? 'rows' : 'columns';
}

/** The form something takes in the file's layout, for code that is written out per layout (export). */
export function forLayout<T>(layout: Layout, forms: { columns: T; rows: T }): T {
  return forms[layout];
}

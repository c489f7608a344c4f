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

/** The form something takes in the file's layout, for code that is written out per layout (export). */
export function forLayout<T>(layout: Layout, forms: { columns: T; rows: T }): T {
  return forms[layout];
}

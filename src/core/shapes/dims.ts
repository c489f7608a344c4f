// Matrix shapes in course notation, oriented for the file's layout.
import { fileOrder } from '../layout';
import type { Layout } from '../spec/types';
import type { Dim, MatrixShape } from './types';

export const ONE: Dim = { symbol: '1', value: 1 };

export function unitsDim(l: number, value: number | undefined): Dim {
  return value === undefined ? { symbol: `n[${l}]` } : { symbol: `n[${l}]`, value };
}

export function mDim(m: number | undefined): Dim {
  return m === undefined ? { symbol: 'm' } : { symbol: 'm', value: m };
}

/** `outer` and `inner` are the axes in the `columns` layout, e.g. W[l] is (n[l], n[l-1]); `rows` transposes. */
export function shapeOf(name: string, outer: Dim, inner: Dim, layout: Layout): MatrixShape {
  return { name, dims: fileOrder(layout, outer, inner) };
}

export function transposed(s: MatrixShape): MatrixShape {
  return { name: `${s.name}ᵀ`, dims: [s.dims[1], s.dims[0]] };
}

/** '(4, m)': numbers where known, but m stays symbolic so an equation holds for any batch. */
export function formatShape(s: MatrixShape): string {
  return `(${s.dims.map(formatDim).join(', ')})`;
}

function formatDim(d: Dim): string {
  return d.symbol === 'm' || d.value === undefined ? d.symbol : String(d.value);
}

/** '4', or the symbol where the number is not known: this run's matrices, m included. */
export function dimText(d: Dim): string {
  return d.value === undefined ? d.symbol : String(d.value);
}

/** '(4, 400)': every number that is known, m included. */
export function numericShape(s: MatrixShape): string {
  return `(${s.dims.map(dimText).join(', ')})`;
}

/** '(n[2], n[1])' */
export function symbolicShape(s: MatrixShape): string {
  return `(${s.dims[0].symbol}, ${s.dims[1].symbol})`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// What each axis of a step's matrix runs over, in the course's terms: units j of layer l, examples i,
// and for W[l] and dW[l] the units k of layer l-1. Which axis is which comes from `exampleAxis`.

import type { MatrixRef } from '../../src/protocol';
import { orderForAxis } from '../../src/core/layout';
import { overExamples } from '../matrixEntry';

export interface AxisTerm {
  /** The index as the course writes it: 'j', 'i', 'k'; '' for the single column (or row) of b. */
  symbol: string;
  /** What the axis runs over: 'units j of layer 1', 'examples i', 'inputs k'; '' for b's single one. */
  title: string;
  /** One position of the axis, 0-based: 'unit 2 of layer 1', 'example 5'; '' on b's single column. */
  name(index: number): string;
}

const unitsOf = (layer: number, symbol: string): AxisTerm =>
  layer === 0
    ? { symbol, title: `inputs ${symbol}`, name: (x) => `input ${x + 1}` }
    : { symbol, title: `units ${symbol} of layer ${layer}`, name: (x) => `unit ${x + 1} of layer ${layer}` };

const EXAMPLES: AxisTerm = { symbol: 'i', title: 'examples i', name: (x) => `example ${x + 1}` };
const SINGLE: AxisTerm = { symbol: '', title: '', name: () => '' };

/** [rows, columns] of matrix `r` in the file's layout (`exampleAxis` 1 is `columns`, 0 is `rows`). */
export function axisTerms(r: MatrixRef, exampleAxis: 0 | 1): [AxisTerm, AxisTerm] {
  const units = unitsOf(r.layer, 'j');
  let other: AxisTerm;
  if (overExamples(r.matrix)) other = EXAMPLES;
  else if (r.matrix === 'W' || r.matrix === 'dW') other = unitsOf(r.layer - 1, 'k');
  else other = SINGLE; // b[l], db[l]: one value per unit
  // Layer l's units run along the axis that is not the examples' (see src/core/layout.ts).
  return orderForAxis(exampleAxis, units, other);
}

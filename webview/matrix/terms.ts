// What each axis of a step's matrix runs over, in the course's terms: units j of layer l, examples i,
// and for W[l] and dW[l] the units k of layer l-1 (the inputs, k in A[0] as in W[1]). Which axis is
// which comes from `exampleAxis`.

import type { MatrixRef } from '../../src/protocol';
import { orderForAxis } from '../../src/core/layout';
import { label } from '../labels';
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
    ? { symbol, title: label('axis.inputs', { symbol }), name: (x) => label('axis.input', { index: x + 1 }) }
    : {
        symbol,
        title: label('axis.units', { symbol, layer }),
        name: (x) => label('axis.unit', { index: x + 1, layer }),
      };

const examples = (): AxisTerm => ({
  symbol: 'i',
  title: label('axis.examples'),
  name: (x) => label('axis.example', { index: x + 1 }),
});
const SINGLE: AxisTerm = { symbol: '', title: '', name: () => '' };

/** [rows, columns] of matrix `r` in the file's layout (`exampleAxis` 1 is `columns`, 0 is `rows`). */
export function axisTerms(r: MatrixRef, exampleAxis: 0 | 1): [AxisTerm, AxisTerm] {
  // The inputs (A[0]) are only ever read against W[1], whose entry (j, k) has them as k.
  const units = unitsOf(r.layer, r.layer === 0 ? 'k' : 'j');
  let other: AxisTerm;
  if (overExamples(r.matrix)) other = examples();
  else if (r.matrix === 'W' || r.matrix === 'dW') other = unitsOf(r.layer - 1, 'k');
  else other = SINGLE; // b[l], db[l]: one value per unit
  // Layer l's units run along the axis that is not the examples' (see src/core/layout.ts).
  return orderForAxis(exampleAxis, units, other);
}

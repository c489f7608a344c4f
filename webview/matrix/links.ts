// Which part of each matrix a selected entry is linked to, by the formulas of one step.
//
// An entry of Z[l], A[l], dZ[l], dA[l] (or Y, which belongs with layer L) is unit j on example i:
//   - the same (j, i) in the other four of layer l: the same unit on the same example;
//   - example i in every other matrix over examples (A[l-1] included: Z[l][j,i] reads its column i);
//   - unit j of W[l], b[l], dW[l], db[l] (Z[l] = W[l] A[l-1] + b[l] reads row j of W[l]);
//   - unit j as an input of W[l+1] and dW[l+1] (dA[l] = W[l+1]ᵀ dZ[l+1] reads its column j).
// An entry of W[l] or dW[l] joins unit j of layer l to unit k of layer l-1 (b[l], db[l]: unit j alone):
//   - the same entry of the other parameters of layer l (unit j of b[l], db[l]);
//   - unit j of Z[l], A[l], dZ[l], dA[l] (and of Y when l = L);
//   - unit k of A[l-1], Z[l-1], dZ[l-1], dA[l-1] (dW[l] = (1/m) dZ[l] A[l-1]ᵀ reads unit k of A[l-1]).

import { alongExamples, alongUnits, orderForAxis } from '../../src/core/layout';
import type { MatrixEntry, MatrixRef } from '../../src/protocol';
import { overExamples, sameMatrix } from '../matrixEntry';

/** A mark on one matrix, in its rows and columns (file layout, 0-based). */
export type Mark =
  { kind: 'cell'; row: number; col: number } | { kind: 'row'; index: number } | { kind: 'col'; index: number };

/** The entry in the course's coordinates: unit j of layer l on example i, or a parameter j, k. */
export type Course =
  | { over: 'examples'; layer: number; unit: number; example: number }
  | { over: 'units'; layer: number; unit: number; input?: number };

export function courseOf(e: MatrixEntry, ax: 0 | 1): Course {
  const [unit, other] = orderForAxis(ax, e.row, e.col); // its own inverse: (row, col) back to (unit, other)
  if (overExamples(e.matrix)) return { over: 'examples', layer: e.layer, unit, example: other };
  const isWeight = e.matrix === 'W' || e.matrix === 'dW';
  return { over: 'units', layer: e.layer, unit, input: isWeight ? other : undefined };
}

/** A line along layer l's units (`unit`) or along the other axis (examples, or W's inputs). */
function line(ax: 0 | 1, along: 'unit' | 'other', index: number): Mark {
  const kind = along === 'unit' ? alongUnits(ax, 'row', 'col') : alongExamples(ax, 'row', 'col');
  return { kind, index };
}

function cell(ax: 0 | 1, unit: number, other: number): Mark {
  const [row, col] = orderForAxis(ax, unit, other);
  return { kind: 'cell', row, col };
}

const isWeight = (t: MatrixRef) => t.matrix === 'W' || t.matrix === 'dW';

function fromExamples(t: MatrixRef, c: Extract<Course, { over: 'examples' }>, ax: 0 | 1): Mark | undefined {
  if (overExamples(t.matrix)) {
    return t.layer === c.layer ? cell(ax, c.unit, c.example) : line(ax, 'other', c.example);
  }
  if (t.layer === c.layer) return isWeight(t) ? line(ax, 'unit', c.unit) : cell(ax, c.unit, 0);
  if (t.layer === c.layer + 1 && isWeight(t)) return line(ax, 'other', c.unit);
  return undefined;
}

function fromUnits(t: MatrixRef, c: Extract<Course, { over: 'units' }>, ax: 0 | 1): Mark | undefined {
  if (!overExamples(t.matrix)) {
    if (t.layer !== c.layer) return undefined;
    if (!isWeight(t)) return cell(ax, c.unit, 0);
    return c.input === undefined ? line(ax, 'unit', c.unit) : cell(ax, c.unit, c.input);
  }
  if (t.layer === c.layer) return line(ax, 'unit', c.unit);
  if (t.layer === c.layer - 1 && t.matrix !== 'Y' && c.input !== undefined) return line(ax, 'unit', c.input);
  return undefined;
}

/** The mark the selected entry `e` puts on matrix `t` (none if unrelated); on its own matrix, its cell. */
export function markIn(t: MatrixRef, e: MatrixEntry, exampleAxis: 0 | 1): Mark | undefined {
  if (sameMatrix(t, e)) return { kind: 'cell', row: e.row, col: e.col };
  const c = courseOf(e, exampleAxis);
  return c.over === 'examples' ? fromExamples(t, c, exampleAxis) : fromUnits(t, c, exampleAxis);
}

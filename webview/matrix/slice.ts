// The part of a matrix a view shows: every row and column, or only the chosen examples along the
// axis that holds them. Shown positions map back to the matrix's own rows and columns. Pure.

import type { MatrixDTO } from '../../src/protocol';
import type { Mark } from './links';

/** One axis of a slice: shown position → the matrix's index, and back (-1 when not shown). */
interface AxisMap {
  count: number;
  of(shown: number): number;
  at(index: number): number;
}

const whole = (n: number): AxisMap => ({ count: n, of: (k) => k, at: (k) => (k < n ? k : -1) });

function picked(indices: readonly number[], n: number): AxisMap {
  const back = new Int32Array(n).fill(-1);
  indices.forEach((x, k) => {
    if (x < n) back[x] = k;
  });
  return { count: indices.length, of: (k) => indices[k], at: (x) => (x < n ? back[x] : -1) };
}

export interface MatrixSlice {
  matrix: MatrixDTO;
  rows: AxisMap;
  cols: AxisMap;
  /** The value at shown row r, shown column c. */
  value(r: number, c: number): number;
}

/** The matrix with only `examples` along its `exampleAxis` (all of it when either is absent). */
export function sliceOf(m: MatrixDTO, examples?: readonly number[], exampleAxis?: 0 | 1): MatrixSlice {
  // Axis 0 is the rows, 1 the columns: the chosen examples are picked along the one that holds them.
  const only = (axis: 0 | 1, n: number) => (examples && axis === exampleAxis ? picked(examples, n) : whole(n));
  const rows = only(0, m.rows);
  const cols = only(1, m.cols);
  return { matrix: m, rows, cols, value: (r, c) => m.data[rows.of(r) * m.cols + cols.of(c)] };
}

/** A mark in shown positions: the selection's cell, or a linked row or column band. */
export interface ShownMarks {
  /** The selected entry's own cell (on its own matrix). */
  selected?: { row: number; col: number };
  /** A linked cell (the same unit and example in a neighbouring matrix). */
  cell?: { row: number; col: number };
  row?: number;
  col?: number;
}

/** Where mark `k` falls in the slice; parts of it on examples not shown are left out. */
export function shownMarks(s: MatrixSlice, k: Mark | undefined, own: boolean): ShownMarks {
  if (!k) return {};
  if (k.kind === 'row') return s.rows.at(k.index) >= 0 ? { row: s.rows.at(k.index) } : {};
  if (k.kind === 'col') return s.cols.at(k.index) >= 0 ? { col: s.cols.at(k.index) } : {};
  const row = s.rows.at(k.row);
  const col = s.cols.at(k.col);
  if (row < 0 || col < 0) return {};
  return own ? { selected: { row, col } } : { cell: { row, col } };
}

// The part of a matrix a view shows: every row and column, or only the chosen examples along the
// axis that holds them. Shown positions map back to the whole matrix's rows and columns (a sampled
// matrix's own positions are not the whole one's) and to the numbers sent. Pure.

import type { MatrixDTO } from '../../src/protocol';
import type { Mark } from './links';

/**
 * One axis of a slice: shown position → the whole matrix's index (what labels and selections use), and
 * back (-1 when not shown); and shown position → the index in the numbers sent (a sample's own).
 */
interface AxisMap {
  count: number;
  of(shown: number): number;
  at(index: number): number;
  sent(shown: number): number;
}

/** An axis showing, in order, the sent positions `shown` of an axis whose whole indices are `whole` (of `n`). */
function axisMap(shown: readonly number[] | undefined, whole: readonly number[] | undefined, n: number): AxisMap {
  const sent = shown ? (k: number) => shown[k] : (k: number) => k;
  const of = whole ? (k: number) => whole[sent(k)] : sent;
  const count = shown?.length ?? whole?.length ?? n;
  if (!shown && !whole) return { count, of, at: (x) => (x < n ? x : -1), sent };
  const back = new Int32Array(n).fill(-1);
  for (let k = 0; k < count; k++) if (of(k) < n) back[of(k)] = k;
  return { count, of, at: (x) => (x < n ? back[x] : -1), sent };
}

export interface MatrixSlice {
  matrix: MatrixDTO;
  rows: AxisMap;
  cols: AxisMap;
  /** The value at shown row r, shown column c. */
  value(r: number, c: number): number;
}

/**
 * The matrix with only `examples` (positions in the numbers sent) along its `exampleAxis` (all of it
 * when either is absent); a sampled matrix's positions map to the whole matrix's rows and columns.
 */
export function sliceOf(m: MatrixDTO, examples?: readonly number[], exampleAxis?: 0 | 1): MatrixSlice {
  // Axis 0 is the rows, 1 the columns: the chosen examples are picked along the one that holds them.
  const sent = [m.rows, m.cols];
  const only = (axis: 0 | 1) => (examples && axis === exampleAxis ? examples.filter((x) => x < sent[axis]) : undefined);
  const rows = axisMap(only(0), m.of?.rowIndex, m.of?.rows ?? m.rows);
  const cols = axisMap(only(1), m.of?.colIndex, m.of?.cols ?? m.cols);
  return { matrix: m, rows, cols, value: (r, c) => m.data[rows.sent(r) * m.cols + cols.sent(c)] };
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

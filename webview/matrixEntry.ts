// Matrices and entries of a step by their names in the notation: W[1], A[0] (= X), Y, dW[1][2,1].
// Pure: used by the reducer, the matrix views, the selected entry's section and their tests.

import type { MatrixDTO, MatrixEntry, MatrixKind, MatrixRef, SnapshotDTO } from '../src/protocol';

/** The kinds whose one axis runs over the batch's examples (the other over a layer's units). */
const OVER_EXAMPLES: ReadonlySet<MatrixKind> = new Set(['Z', 'A', 'dA', 'dZ', 'Y']);

export function overExamples(kind: MatrixKind): boolean {
  return OVER_EXAMPLES.has(kind);
}

/** 'dW[1]', 'A[0]', 'Y'. */
export function matrixLabel(r: MatrixRef): string {
  return r.matrix === 'Y' ? 'Y' : `${r.matrix}[${r.layer}]`;
}

/** The entry as `nnspec explain --entry` writes it: 'dW[1][2,1]' (1-based row and column). */
export function entryName(e: MatrixEntry): string {
  return `${matrixLabel(e)}[${e.row + 1},${e.col + 1}]`;
}

export function sameMatrix(a: MatrixRef, b: MatrixRef): boolean {
  return a.matrix === b.matrix && a.layer === b.layer;
}

export function sameEntry(a: MatrixEntry | undefined, b: MatrixEntry | undefined): boolean {
  return a !== undefined && b !== undefined && sameMatrix(a, b) && a.row === b.row && a.col === b.col;
}

/** The snapshot's matrix `r` names, if the snapshot has it. */
export function matrixOf(s: SnapshotDTO, r: MatrixRef): MatrixDTO | undefined {
  if (r.matrix === 'Y') return r.layer === s.layers.length ? s.Y : undefined;
  if (r.matrix === 'A' && r.layer === 0) return s.X;
  return r.layer >= 1 ? s.layers[r.layer - 1]?.[r.matrix] : undefined;
}

/** Where row `row`, column `col` of the whole matrix is in the numbers sent; undefined when it was not sent. */
export function sentPosition(m: MatrixDTO, row: number, col: number): { row: number; col: number } | undefined {
  const r = m.of ? sortedIndex(m.of.rowIndex, row) : row;
  const c = m.of ? sortedIndex(m.of.colIndex, col) : col;
  return r < 0 || c < 0 || r >= m.rows || c >= m.cols ? undefined : { row: r, col: c };
}

/** The position of `x` in the ascending list `xs`, or -1. */
function sortedIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] === x) return mid;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The entry's value in the snapshot, or undefined when the snapshot has no such entry (or it was not sent). */
export function entryValue(s: SnapshotDTO, e: MatrixEntry): number | undefined {
  const m = matrixOf(s, e);
  const at = m && sentPosition(m, e.row, e.col);
  return at && m.data[at.row * m.cols + at.col];
}

// What a matrix view hands its cells (a table or a canvas): the shown part of the matrix, what its
// axes mean, the marks of the selection, and the words for each entry; and what the cells report back.

import type { MatrixSlice, ShownMarks } from './slice';
import type { AxisTerm } from './terms';

export interface GridModel {
  /** 'dZ[1]' */
  label: string;
  slice: MatrixSlice;
  /** [rows, columns] in the course's terms. */
  terms: [AxisTerm, AxisTerm];
  /** The largest |value| of the whole matrix: the ends of its colour scale. */
  scale: number;
  marks: ShownMarks;
  /** No values yet: the cells are drawn empty. */
  blank: boolean;
  /** The accessible name of shown cell (r, c): 'dW[1] row 2 column 1: 0.0031, unit 2 of layer 1, input 1'. */
  describe(r: number, c: number): string;
}

export interface GridEvents {
  /** The student picked shown cell (r, c): a click, or Enter or Space on the focused one. */
  pick(r: number, c: number): void;
  /** Escape: no entry selected. */
  clear(): void;
  /** An entry is pointed at (hover or keyboard focus), with where its box is on screen (asked again on a scroll). */
  point(r: number, c: number, box: () => DOMRect | undefined): void;
  unpoint(): void;
  /** The zoom changed (the canvas only): the zoom buttons follow. */
  zoomed?(): void;
  /** The shown rows and columns in view, [first, end) each (the canvas only, after each paint). */
  inView?(rows: [number, number], cols: [number, number]): void;
}

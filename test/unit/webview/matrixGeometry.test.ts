// The canvas matrix's arithmetic: cells in view, labels that fit, the cell under the pointer, the
// scroll that reveals a cell, the keyboard cursor; and the shown part of a matrix with its marks.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellAt, labelEvery, revealScroll, visibleSpan, ZOOMS } from '../../../webview/matrix/geometry';
import { moveCursor } from '../../../webview/matrix/keys';
import { shownMarks, sliceOf } from '../../../webview/matrix/slice';
import { fmtForms } from '../../../webview/format';

describe('canvas geometry', () => {
  test('the cells in view: from the first partly shown to the last partly shown, within the matrix', () => {
    // 62 px cells, 272 px of them in view (300 px less a 28 px gutter), scrolled 100 px: pixels 100 to 372,
    // cells 1 (62 to 124) to 5 (310 to 372).
    assert.deepEqual(visibleSpan(100, 300, 28, 62, 300), [1, 6]);
    assert.deepEqual(visibleSpan(101, 300, 28, 62, 300), [1, 7]);
    assert.deepEqual(visibleSpan(0, 300, 28, 62, 3), [0, 3]);
    assert.deepEqual(visibleSpan(0, 0, 28, 62, 3), [0, 0]);
  });

  test('labels every k-th cell, k a round step wide enough for the label', () => {
    assert.equal(labelEvery(62, 20), 1);
    assert.equal(labelEvery(12, 20), 2);
    assert.equal(labelEvery(6, 20), 5);
    assert.equal(labelEvery(3, 20), 10);
  });

  test('the cell under a point: none over the gutters or past the last cell', () => {
    const z = ZOOMS[4];
    const g = { left: 30, top: 18 };
    const size = { rows: 32, cols: 300 };
    assert.deepEqual(cellAt(30, 18, { left: 0, top: 0 }, g, z, size), { row: 0, col: 0 });
    assert.deepEqual(cellAt(30 + z.w * 2 + 1, 18 + z.h - 1, { left: z.w, top: z.h }, g, z, size), { row: 1, col: 3 });
    assert.equal(cellAt(29, 40, { left: 0, top: 0 }, g, z, size), undefined);
    assert.equal(cellAt(40, 18 + 32 * z.h, { left: 0, top: 0 }, g, z, size), undefined);
  });

  test('revealing a cell scrolls as little as possible', () => {
    // 20 px rows, 200 px viewport with an 18 px gutter: 182 px of rows.
    assert.equal(revealScroll(0, 200, 18, 20, 3), 0);
    assert.equal(revealScroll(0, 200, 18, 20, 9), 200 - 182);
    assert.equal(revealScroll(300, 200, 18, 20, 2), 40);
  });

  test('numbers get shorter to fit a narrow cell, down to one significant digit', () => {
    assert.deepEqual([...fmtForms(-0.000123456)], ['-1.23e-4', '-1.2e-4', '-1e-4']);
    assert.deepEqual([...fmtForms(0)], ['0']);
    assert.deepEqual([...fmtForms(NaN)], ['NaN']);
  });
});

describe('keyboard cursor', () => {
  const size = { rows: 32, cols: 300 };
  const at = (row: number, col: number) => ({ row, col });
  test('arrows move one entry and stop at the edges', () => {
    assert.deepEqual(moveCursor(at(0, 0), 'ArrowUp', false, size, 10), at(0, 0));
    assert.deepEqual(moveCursor(at(0, 0), 'ArrowRight', false, size, 10), at(0, 1));
    assert.deepEqual(moveCursor(at(31, 299), 'ArrowDown', false, size, 10), at(31, 299));
  });
  test('Home and End: the row’s ends; with Ctrl the matrix’s corners; PageUp and PageDown a screen', () => {
    assert.deepEqual(moveCursor(at(5, 7), 'Home', false, size, 10), at(5, 0));
    assert.deepEqual(moveCursor(at(5, 7), 'End', false, size, 10), at(5, 299));
    assert.deepEqual(moveCursor(at(5, 7), 'End', true, size, 10), at(31, 299));
    assert.deepEqual(moveCursor(at(5, 7), 'Home', true, size, 10), at(0, 0));
    assert.deepEqual(moveCursor(at(5, 7), 'PageDown', false, size, 10), at(15, 7));
    assert.deepEqual(moveCursor(at(5, 7), 'PageUp', false, size, 10), at(0, 7));
    assert.equal(moveCursor(at(5, 7), 'a', false, size, 10), undefined);
  });
});

describe('the shown part of a matrix', () => {
  // 2 × 5 in the columns layout: examples are columns; value 10·row + col.
  const m = { rows: 2, cols: 5, data: Float64Array.of(0, 1, 2, 3, 4, 10, 11, 12, 13, 14) };

  test('only the chosen examples, in the chosen order, mapped back to the matrix', () => {
    const s = sliceOf(m, [4, 1], 1);
    assert.deepEqual([s.rows.count, s.cols.count], [2, 2]);
    assert.deepEqual([s.value(0, 0), s.value(1, 1)], [4, 11]);
    assert.deepEqual([s.cols.of(0), s.cols.at(1), s.cols.at(2)], [4, 1, -1]);
  });

  test('marks on examples not shown are left out; the own cell is the selection', () => {
    const s = sliceOf(m, [4, 1], 1);
    assert.deepEqual(shownMarks(s, { kind: 'col', index: 1 }, false), { col: 1 });
    assert.deepEqual(shownMarks(s, { kind: 'col', index: 2 }, false), {});
    assert.deepEqual(shownMarks(s, { kind: 'row', index: 1 }, false), { row: 1 });
    assert.deepEqual(shownMarks(s, { kind: 'cell', row: 1, col: 4 }, true), { selected: { row: 1, col: 0 } });
    assert.deepEqual(shownMarks(s, { kind: 'cell', row: 1, col: 4 }, false), { cell: { row: 1, col: 0 } });
  });
});

describe('the shown part of a sampled matrix', () => {
  // Rows 1 and 3 and columns 0, 2 and 4 of a 4 × 6 matrix whose value is 10·row + col, as the worker samples it.
  const m = {
    rows: 2,
    cols: 3,
    data: Float64Array.of(10, 12, 14, 30, 32, 34),
    of: { rows: 4, cols: 6, rowIndex: [1, 3], colIndex: [0, 2, 4] },
  };

  test("positions map to the whole matrix's rows and columns, and the values are the ones sent", () => {
    const s = sliceOf(m);
    assert.deepEqual([s.rows.count, s.cols.count], [2, 3]);
    assert.deepEqual([s.rows.of(1), s.cols.of(2)], [3, 4]);
    assert.deepEqual([s.rows.at(3), s.rows.at(2), s.cols.at(4), s.cols.at(5)], [1, -1, 2, -1]);
    assert.deepEqual([s.value(0, 0), s.value(1, 2)], [10, 34]);
  });

  test("chosen examples are positions among those sent; their labels are the whole matrix's", () => {
    const s = sliceOf(m, [2, 0, 7], 1); // 7 was never sent: left out
    assert.equal(s.cols.count, 2);
    assert.deepEqual([s.cols.of(0), s.cols.of(1)], [4, 0]);
    assert.deepEqual([s.value(1, 0), s.value(0, 1)], [34, 10]);
    assert.deepEqual(shownMarks(s, { kind: 'cell', row: 3, col: 0 }, true), { selected: { row: 1, col: 1 } });
    assert.deepEqual(shownMarks(s, { kind: 'cell', row: 2, col: 0 }, true), {}, 'row 2 was not sent');
  });
});

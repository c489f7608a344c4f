// What a selected entry marks in the other matrices of a step, in both layouts; and what the axes of
// each matrix are called. The links follow the formulas: Z[l][j,i] reads row j of W[l] and column i of A[l-1].

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MatrixEntry, MatrixRef } from '../../../src/protocol';
import { markIn } from '../../../webview/matrix/links';
import { axisTerms } from '../../../webview/matrix/terms';

const ref = (matrix: MatrixRef['matrix'], layer: number): MatrixRef => ({ matrix, layer });
const entry = (matrix: MatrixRef['matrix'], layer: number, row: number, col: number): MatrixEntry => ({
  matrix,
  layer,
  row,
  col,
});

describe('links of a selected entry (columns layout: units are rows, examples columns)', () => {
  // Z[1] entry (unit 3, example 5), 0-based (2, 4).
  const z = entry('Z', 1, 2, 4);

  test('its own matrix: the cell itself', () => {
    assert.deepEqual(markIn(ref('Z', 1), z, 1), { kind: 'cell', row: 2, col: 4 });
  });

  test('the same unit on the same example in the other matrices of its layer', () => {
    for (const m of ['A', 'dZ', 'dA'] as const)
      assert.deepEqual(markIn(ref(m, 1), z, 1), { kind: 'cell', row: 2, col: 4 });
  });

  test('row j of W[1], dW[1]; entry j of b[1], db[1]', () => {
    assert.deepEqual(markIn(ref('W', 1), z, 1), { kind: 'row', index: 2 });
    assert.deepEqual(markIn(ref('dW', 1), z, 1), { kind: 'row', index: 2 });
    assert.deepEqual(markIn(ref('b', 1), z, 1), { kind: 'cell', row: 2, col: 0 });
    assert.deepEqual(markIn(ref('db', 1), z, 1), { kind: 'cell', row: 2, col: 0 });
  });

  test('example i in every other matrix over examples: A[0] = X, layer 2, Y', () => {
    for (const [m, l] of [
      ['A', 0],
      ['Z', 2],
      ['A', 2],
      ['dZ', 2],
      ['Y', 2],
    ] as const)
      assert.deepEqual(markIn(ref(m, l), z, 1), { kind: 'col', index: 4 }, `${m}[${l}]`);
  });

  test('unit j as an input of W[2] and dW[2]; nothing in b[2]', () => {
    assert.deepEqual(markIn(ref('W', 2), z, 1), { kind: 'col', index: 2 });
    assert.deepEqual(markIn(ref('dW', 2), z, 1), { kind: 'col', index: 2 });
    assert.equal(markIn(ref('b', 2), z, 1), undefined);
  });

  test('W[2] entry (unit 1 of layer 2, unit 3 of layer 1): its units in Z[2] and A[1], the same entry of dW[2]', () => {
    const w = entry('W', 2, 0, 2);
    assert.deepEqual(markIn(ref('Z', 2), w, 1), { kind: 'row', index: 0 });
    assert.deepEqual(markIn(ref('Y', 2), w, 1), { kind: 'row', index: 0 });
    assert.deepEqual(markIn(ref('A', 1), w, 1), { kind: 'row', index: 2 });
    assert.deepEqual(markIn(ref('dA', 1), w, 1), { kind: 'row', index: 2 });
    assert.deepEqual(markIn(ref('dW', 2), w, 1), { kind: 'cell', row: 0, col: 2 });
    assert.deepEqual(markIn(ref('b', 2), w, 1), { kind: 'cell', row: 0, col: 0 });
    assert.equal(markIn(ref('W', 1), w, 1), undefined);
    assert.equal(markIn(ref('A', 0), w, 1), undefined);
  });

  test('b[1] entry j: row j of W[1] and unit j of layer 1; nothing of layer 0', () => {
    const b = entry('b', 1, 3, 0);
    assert.deepEqual(markIn(ref('W', 1), b, 1), { kind: 'row', index: 3 });
    assert.deepEqual(markIn(ref('A', 1), b, 1), { kind: 'row', index: 3 });
    assert.equal(markIn(ref('A', 0), b, 1), undefined);
  });

  test('Y entry: the same place in A[L] and dZ[L], the example elsewhere', () => {
    const y = entry('Y', 2, 1, 7);
    assert.deepEqual(markIn(ref('A', 2), y, 1), { kind: 'cell', row: 1, col: 7 });
    assert.deepEqual(markIn(ref('dZ', 2), y, 1), { kind: 'cell', row: 1, col: 7 });
    assert.deepEqual(markIn(ref('A', 1), y, 1), { kind: 'col', index: 7 });
    assert.deepEqual(markIn(ref('W', 2), y, 1), { kind: 'row', index: 1 });
  });
});

describe('links in the rows layout: the same links, transposed', () => {
  test('Z[1] entry (example 5, unit 3) is (4, 2): column j of W[1], row i of A[0]', () => {
    const z = entry('Z', 1, 4, 2);
    assert.deepEqual(markIn(ref('W', 1), z, 0), { kind: 'col', index: 2 });
    assert.deepEqual(markIn(ref('A', 0), z, 0), { kind: 'row', index: 4 });
    assert.deepEqual(markIn(ref('b', 1), z, 0), { kind: 'cell', row: 0, col: 2 });
    assert.deepEqual(markIn(ref('A', 1), z, 0), { kind: 'cell', row: 4, col: 2 });
    assert.deepEqual(markIn(ref('W', 2), z, 0), { kind: 'row', index: 2 });
  });

  test('W[1] entry at (input 2, unit 4) is (1, 3): column 3 of Z[1], column 1 of A[0]', () => {
    const w = entry('W', 1, 1, 3);
    assert.deepEqual(markIn(ref('Z', 1), w, 0), { kind: 'col', index: 3 });
    assert.deepEqual(markIn(ref('A', 0), w, 0), { kind: 'col', index: 1 });
    assert.deepEqual(markIn(ref('dW', 1), w, 0), { kind: 'cell', row: 1, col: 3 });
  });
});

describe('the axes of each matrix in course terms', () => {
  const titles = (r: MatrixRef, ax: 0 | 1) => axisTerms(r, ax).map((t) => t.title);
  test('columns layout', () => {
    assert.deepEqual(titles(ref('dZ', 1), 1), ['units j of layer 1', 'examples i']);
    assert.deepEqual(titles(ref('W', 2), 1), ['units j of layer 2', 'units k of layer 1']);
    assert.deepEqual(titles(ref('dW', 1), 1), ['units j of layer 1', 'inputs k']);
    // The inputs are k, as in W[1]'s columns: the same quantity, the same letter.
    assert.deepEqual(titles(ref('A', 0), 1), ['inputs k', 'examples i']);
    assert.deepEqual(titles(ref('b', 1), 1), ['units j of layer 1', '']);
  });
  test('rows layout: the same axes, swapped', () => {
    assert.deepEqual(titles(ref('dZ', 1), 0), ['examples i', 'units j of layer 1']);
    assert.deepEqual(titles(ref('W', 1), 0), ['inputs k', 'units j of layer 1']);
    assert.deepEqual(titles(ref('A', 0), 0), ['examples i', 'inputs k']);
    assert.deepEqual(titles(ref('b', 1), 0), ['', 'units j of layer 1']);
  });
  test('one position of an axis, 1-based', () => {
    const [rows, cols] = axisTerms(ref('dW', 1), 1);
    assert.equal(rows.name(1), 'unit 2 of layer 1');
    assert.equal(cols.name(0), 'input 1');
    assert.equal(axisTerms(ref('Z', 2), 1)[1].name(4), 'example 5');
    assert.equal(axisTerms(ref('b', 1), 1)[1].name(0), '');
  });
});

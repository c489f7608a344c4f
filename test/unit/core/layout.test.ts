import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alongExamples,
  alongUnits,
  exampleAxis,
  fileOrder,
  fromFileLayout,
  orderForAxis,
  toFileLayout,
} from '../../../src/core/layout';

describe('layout', () => {
  const a = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  test('columns keeps the orientation', () => {
    const m = fromFileLayout(a, 'columns');
    assert.deepEqual([m.rows, m.cols, ...m.data], [2, 3, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(toFileLayout(m, 'columns'), a);
  });
  test('rows is the transpose both ways', () => {
    const m = fromFileLayout(a, 'rows');
    assert.deepEqual([m.rows, m.cols, ...m.data], [3, 2, 1, 4, 2, 5, 3, 6]);
    assert.deepEqual(toFileLayout(m, 'rows'), a);
    assert.deepEqual(toFileLayout(m, 'columns'), [
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
  test('examples run along the columns of Z in `columns` and along its rows in `rows`', () => {
    assert.equal(exampleAxis('columns'), 1);
    assert.equal(exampleAxis('rows'), 0);
    assert.deepEqual(fileOrder('columns', 'n[1]', 'm'), ['n[1]', 'm']);
    assert.deepEqual(fileOrder('rows', 'n[1]', 'm'), ['m', 'n[1]']);
  });

  test('fileOrder: an entry, a shape or a product in the file’s reading order', () => {
    assert.deepEqual(fileOrder('columns', 'W', 'A'), ['W', 'A']);
    assert.deepEqual(fileOrder('rows', 'W', 'A'), ['A', 'W']);
    // Entry (row 2, column 5) of a columns matrix is (5, 2) of its transpose.
    const m = fromFileLayout(a, 'columns');
    const [r, c] = fileOrder('rows', 1, 2);
    assert.equal(toFileLayout(m, 'rows')[r][c], a[1][2]);
  });

  test('by the example axis a message carries: the same decisions as by the layout', () => {
    for (const layout of ['columns', 'rows'] as const) {
      const axis = exampleAxis(layout);
      assert.deepEqual(orderForAxis(axis, 'units', 'examples'), fileOrder(layout, 'units', 'examples'));
    }
    // Z[1] of 4 units and 400 examples: (4, 400) in columns, (400, 4) in rows.
    assert.equal(alongExamples(1, 4, 400), 400);
    assert.equal(alongUnits(1, 4, 400), 4);
    assert.equal(alongExamples(0, 400, 4), 400);
    assert.equal(alongUnits(0, 400, 4), 4);
  });
});

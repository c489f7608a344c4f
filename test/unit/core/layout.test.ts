import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleAxis, fileShape, fromFileLayout, toFileLayout } from '../../../src/core/layout';

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
    assert.deepEqual(fileShape('n[1]', 'm', 'columns'), ['n[1]', 'm']);
    assert.deepEqual(fileShape('n[1]', 'm', 'rows'), ['m', 'n[1]']);
  });
});

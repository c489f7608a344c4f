import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromArrays } from '../../../src/core/engine/matrix';
import type { Dataset } from '../../../src/core/data/types';
import { dataPoints, matrixDto } from '../../../src/core/dto';

test('matrixDto keeps columns matrices and transposes for the rows layout', () => {
  const m = fromArrays([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  assert.deepEqual(matrixDto(m, 'columns'), { rows: 2, cols: 3, data: Float64Array.of(1, 2, 3, 4, 5, 6) });
  assert.deepEqual(matrixDto(m, 'rows'), { rows: 3, cols: 2, data: Float64Array.of(1, 4, 2, 5, 3, 6) });
});

test('dataPoints: one point per example, labels from one-hot Y, test examples flagged', () => {
  const ds: Dataset = {
    X: fromArrays([
      [0, 1, 2],
      [10, 11, 12],
    ]),
    Y: fromArrays([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]),
    Xtest: fromArrays([[3], [13]]),
    Ytest: fromArrays([[0], [1], [0]]),
    task: 'classification',
    featureNames: ['a', 'b'],
    targetNames: ['p', 'q', 'r'],
  };
  assert.deepEqual(dataPoints(ds), {
    x: [0, 1, 2, 3],
    y: [10, 11, 12, 13],
    label: [0, 2, 1, 1],
    test: [false, false, false, true],
  });
});

test('dataPoints: a regression target is the label; no points unless the input is 2-D', () => {
  const two: Dataset = {
    X: fromArrays([
      [0, 1],
      [2, 3],
    ]),
    Y: fromArrays([[2.5, -1]]),
    task: 'regression',
    featureNames: [],
    targetNames: [],
  };
  assert.deepEqual(dataPoints(two)?.label, [2.5, -1]);
  const three: Dataset = {
    ...two,
    X: fromArrays([
      [0, 1],
      [2, 3],
      [4, 5],
    ]),
  };
  assert.equal(dataPoints(three), undefined);
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../../src/core/data';
import { toArrays } from '../../../src/core/engine/matrix';
import { checkShapes } from '../../../src/core/shapes';
import { makeSpec, NO_FILES, rangesFor, type SpecOptions } from './spec-fixture';

const RANGES = rangesFor(['data.inline.X', 'data.inline.X.1', 'data.inline.Y']);

function inline(X: number[][], Y: number[][], o: SpecOptions = {}) {
  return loadDataset(makeSpec({ kind: 'inline', X, Y }, o), RANGES, NO_FILES);
}

describe('inline data and the layout', () => {
  const XOR_X = [
    [0, 0, 1, 1],
    [0, 1, 0, 1],
  ];
  const XOR_Y = [[0, 1, 1, 0]];

  test('columns layout: X (n[0], m) and Y (n[L], m) are taken as written', () => {
    const { dataset, diagnostics } = inline(XOR_X, XOR_Y);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(toArrays(dataset!.X), XOR_X);
    assert.deepEqual(toArrays(dataset!.Y), XOR_Y);
    assert.deepEqual(dataset!.featureNames, ['x1', 'x2']);
    assert.deepEqual(dataset!.targetNames, ['y']);
  });

  test('rows layout: X (m, n[0]) and Y (m, n[L]) are transposed to one example per column', () => {
    const rowsX = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const rowsY = [[0], [1], [1], [0]];
    const { dataset, diagnostics } = inline(rowsX, rowsY, { layout: 'rows' });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(toArrays(dataset!.X), XOR_X);
    assert.deepEqual(toArrays(dataset!.Y), XOR_Y);
  });

  test('several outputs are named y1, y2, ...', () => {
    const { dataset } = inline(
      [[1, 2]],
      [
        [1, 0],
        [0, 1],
        [0, 0],
      ],
      { loss: 'mse' },
    );
    assert.deepEqual(dataset!.targetNames, ['y1', 'y2', 'y3']);
    assert.deepEqual(dataset!.featureNames, ['x1']);
  });

  test('X and Y with different m make no data set; the shape check names both shapes as written (columns)', () => {
    const spec = makeSpec({ kind: 'inline', X: XOR_X, Y: [[0, 1, 1]] });
    const { dataset, diagnostics } = loadDataset(spec, RANGES, NO_FILES);
    assert.equal(dataset, undefined);
    assert.deepEqual(diagnostics, []);
    const shaped = checkShapes(spec, RANGES).diagnostics;
    assert.equal(shaped.length, 1);
    assert.equal(shaped[0].code, 'inline-example-count');
    assert.equal(
      shaped[0].message,
      'Y is (1, 3) but X is (2, 4): X holds m = 4 examples, one per column, and Y holds 3; with layout: columns, X and Y need one column per example.',
    );
    assert.deepEqual(shaped[0].range, RANGES.get('data.inline.Y'));
  });

  test('X and Y with different m in the rows layout name the shapes as written', () => {
    const X = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const spec = makeSpec({ kind: 'inline', X, Y: [[0], [1], [1]] }, { layout: 'rows' });
    assert.equal(loadDataset(spec, RANGES, NO_FILES).dataset, undefined);
    assert.equal(
      checkShapes(spec, RANGES).diagnostics[0].message,
      'Y is (3, 1) but X is (4, 2): X holds m = 4 examples, one per row, and Y holds 3; with layout: rows, X and Y need one row per example.',
    );
  });

  test('a ragged row is an error at that row', () => {
    const { dataset, diagnostics } = inline(
      [
        [0, 0, 1, 1],
        [0, 1, 0],
      ],
      XOR_Y,
    );
    assert.equal(dataset, undefined);
    assert.equal(diagnostics[0].code, 'data-inline-ragged');
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.inline.X.1'));
  });

  test('an empty X is an error', () => {
    const { diagnostics } = inline([], XOR_Y);
    assert.equal(diagnostics[0].code, 'data-inline-empty');
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.inline.X'));
  });
});

describe('task and target checks against the loss', () => {
  test('binary_cross_entropy and cross_entropy make a classification task, mse a regression task', () => {
    assert.equal(inline([[1, 2]], [[0, 1]]).dataset!.task, 'classification');
    assert.equal(
      inline(
        [[1, 2]],
        [
          [0, 1],
          [1, 0],
        ],
        { loss: 'cross_entropy', lastUnits: 2 },
      ).dataset!.task,
      'classification',
    );
    const regression = inline([[1, 2]], [[0.5, 7]], { loss: 'mse' });
    assert.equal(regression.dataset!.task, 'regression');
    assert.deepEqual(regression.diagnostics, []);
  });

  test('a target other than 0/1 under binary_cross_entropy is an error at data.inline.Y; the shapes stay known', () => {
    const { dataset, diagnostics } = inline([[1, 2, 3]], [[0, 0.5, 2]]);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 'error');
    assert.equal(
      diagnostics[0].message,
      'binary_cross_entropy needs targets of 0 or 1, but example 2 of m = 3 has y = 0.5 (and 1 more). For a numeric target use loss: mse.',
    );
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.inline.Y'));
    assert.equal(dataset!.X.cols, 3);
  });

  test('cross_entropy with a single row of Y: the shape check says so at the output layer, with the fix', () => {
    const spec = makeSpec({ kind: 'inline', X: [[1, 2]], Y: [[0, 1]] }, { loss: 'cross_entropy', lastUnits: 2 });
    const { dataset, diagnostics } = loadDataset(spec, RANGES, NO_FILES);
    assert.deepEqual(diagnostics, []);
    const [d] = checkShapes(spec, RANGES, { n0: 1, nY: dataset!.Y.rows, m: 2 }).diagnostics;
    assert.equal(d.code, 'output-mismatch');
    assert.match(d.message, /^Y has 1 row but the last layer has n\[2\] = 2 units/);
    assert.deepEqual(
      d.fixes?.map((f) => f.title),
      ['Use one sigmoid unit with binary_cross_entropy'],
    );
  });

  test('cross_entropy with a column of all zeros is not one-hot', () => {
    const { diagnostics } = inline(
      [[1, 2]],
      [
        [0, 0],
        [1, 0],
      ],
      { loss: 'cross_entropy', lastUnits: 2 },
    );
    assert.equal(
      diagnostics[0].message,
      'cross_entropy needs one-hot targets (exactly one 1 per example), but example 2 of m = 2 has y = [0, 0].',
    );
  });
});

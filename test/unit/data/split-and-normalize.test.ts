import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../../src/core/data';
import type { Dataset } from '../../../src/core/data';
import type { Normalize } from '../../../src/core/spec/types';
import { makeSpec, NO_FILES, rangesFor } from './spec-fixture';

const RANGES = rangesFor(['data.test_split']);

/** m examples with two features; Y holds each example's index, so the split can be traced. */
function indexed(m: number, testSplit: number, seed = 1, normalize: Normalize = 'none') {
  const X = [Array.from({ length: m }, (_, i) => (i + 1) ** 2), Array.from({ length: m }, (_, i) => 10 - i)];
  const Y = [Array.from({ length: m }, (_, i) => i)];
  const r = loadDataset(
    makeSpec({ kind: 'inline', X, Y }, { loss: 'mse', testSplit, seed, normalize }),
    RANGES,
    NO_FILES,
  );
  return { ...r, X };
}

const ids = (d: Dataset, part: 'train' | 'test') => Array.from((part === 'train' ? d.Y : d.Ytest!).data);

describe('test split', () => {
  test('holds out round(test_split·m) examples; the parts are disjoint and cover every example', () => {
    for (const [m, t, held] of [
      [10, 0.3, 3],
      [7, 0.5, 4],
      [20, 0.25, 5],
    ]) {
      const { dataset, diagnostics } = indexed(m, t);
      assert.deepEqual(diagnostics, []);
      const train = ids(dataset!, 'train');
      const test = ids(dataset!, 'test');
      assert.equal(test.length, held);
      assert.equal(train.length, m - held);
      assert.equal(dataset!.Xtest!.cols, held);
      assert.deepEqual(
        [...train, ...test].sort((a, b) => a - b),
        Array.from({ length: m }, (_, i) => i),
      );
    }
  });

  test('X and Y stay paired: each held-out column of X is the original column of its example', () => {
    const { dataset, X } = indexed(12, 0.25);
    const d = dataset!;
    ids(d, 'test').forEach((id, j) => {
      assert.equal(d.Xtest!.data[j], X[0][id]);
      assert.equal(d.Xtest!.data[d.Xtest!.cols + j], X[1][id]);
    });
  });

  test('both parts keep the file order', () => {
    const d = indexed(30, 0.4).dataset!;
    for (const part of ['train', 'test'] as const) {
      const a = ids(d, part);
      assert.deepEqual(
        a,
        [...a].sort((x, y) => x - y),
      );
    }
  });

  test('the same seed holds out the same examples; another seed others', () => {
    const a = ids(indexed(50, 0.2, 4).dataset!, 'test');
    assert.deepEqual(ids(indexed(50, 0.2, 4).dataset!, 'test'), a);
    assert.notDeepEqual(ids(indexed(50, 0.2, 5).dataset!, 'test'), a);
  });

  test('without test_split there is no test set', () => {
    const d = indexed(10, 0).dataset!;
    assert.equal(d.Xtest, undefined);
    assert.equal(d.Ytest, undefined);
    assert.equal(d.X.cols, 10);
  });

  test('a split that leaves nothing to train on is an error at data.test_split', () => {
    const { diagnostics } = indexed(10, 0.96);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 'error');
    assert.equal(diagnostics[0].message, 'test_split: 0.96 holds out 10 of m = 10 examples, leaving none to train on.');
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.test_split'));
  });

  test('a test_split of 1 or more is an error at data.test_split', () => {
    const { dataset, diagnostics } = indexed(10, 1.5);
    assert.equal(diagnostics[0].message, 'test_split must be at least 0 and below 1, but is 1.5.');
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.test_split'));
    assert.equal(dataset!.Xtest, undefined);
  });

  test('a split that rounds to no example is a warning, and there is no test set', () => {
    const { dataset, diagnostics } = indexed(10, 0.04);
    assert.equal(diagnostics[0].severity, 'warning');
    assert.deepEqual(diagnostics[0].range, RANGES.get('data.test_split'));
    assert.equal(dataset!.Xtest, undefined);
  });

  test('generated data is split too', () => {
    const spec = makeSpec({ kind: 'generate', generator: 'moons', samples: 100 }, { testSplit: 0.25 });
    const d = loadDataset(spec, RANGES, NO_FILES).dataset!;
    assert.equal(d.X.cols, 75);
    assert.equal(d.Xtest!.cols, 25);
    assert.equal(d.Ytest!.cols, 25);
  });
});

describe('normalize, with statistics of the training split only', () => {
  /** Mean and population standard deviation, computed directly. */
  function meanStd(values: number[]): [number, number] {
    let sum = 0;
    for (const v of values) sum += v;
    const mean = sum / values.length;
    let sq = 0;
    for (const v of values) sq += (v - mean) * (v - mean);
    return [mean, Math.sqrt(sq / values.length)];
  }

  test('standard: (x - mean) / std of the training examples, applied to both parts', () => {
    const { dataset, X } = indexed(10, 0.3, 1, 'standard');
    const d = dataset!;
    const train = ids(d, 'train');
    const test = ids(d, 'test');
    for (let f = 0; f < 2; f++) {
      const [mean, std] = meanStd(train.map((i) => X[f][i]));
      const [allMean] = meanStd(X[f]);
      assert.notEqual(mean, allMean, 'the split changes the mean, so the test can tell which statistics were used');
      train.forEach((id, j) => assert.ok(Math.abs(d.X.data[f * d.X.cols + j] - (X[f][id] - mean) / std) < 1e-12));
      test.forEach((id, j) =>
        assert.ok(Math.abs(d.Xtest!.data[f * d.Xtest!.cols + j] - (X[f][id] - mean) / std) < 1e-12),
      );
      assert.ok(Math.abs(d.normalization!.shift[f] - mean) < 1e-12);
      assert.ok(Math.abs(d.normalization!.scale[f] - std) < 1e-12);
    }
  });

  test('minmax: the training examples span exactly [0, 1]; test examples may fall outside', () => {
    const { dataset, X } = indexed(10, 0.3, 1, 'minmax');
    const d = dataset!;
    const train = ids(d, 'train');
    const test = ids(d, 'test');
    for (let f = 0; f < 2; f++) {
      const values = train.map((i) => X[f][i]);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      train.forEach((id, j) => assert.ok(Math.abs(d.X.data[f * d.X.cols + j] - (X[f][id] - lo) / (hi - lo)) < 1e-12));
      test.forEach((id, j) =>
        assert.ok(Math.abs(d.Xtest!.data[f * d.Xtest!.cols + j] - (X[f][id] - lo) / (hi - lo)) < 1e-12),
      );
    }
  });

  test('the targets are not scaled', () => {
    const d = indexed(10, 0, 1, 'standard').dataset!;
    assert.deepEqual(
      Array.from(d.Y.data),
      Array.from({ length: 10 }, (_, i) => i),
    );
  });

  test('a constant feature becomes 0 instead of dividing by zero', () => {
    for (const normalize of ['standard', 'minmax'] as Normalize[]) {
      const spec = makeSpec(
        {
          kind: 'inline',
          X: [
            [3, 3, 3],
            [1, 2, 3],
          ],
          Y: [[0, 1, 0]],
        },
        { normalize },
      );
      const d = loadDataset(spec, RANGES, NO_FILES).dataset!;
      assert.deepEqual(Array.from(d.X.data.subarray(0, 3)), [0, 0, 0], normalize);
      assert.ok(d.X.data.every(Number.isFinite));
    }
  });

  test('normalize: none leaves X as it is and records no normalization', () => {
    const { dataset, X } = indexed(5, 0);
    assert.deepEqual(Array.from(dataset!.X.data.subarray(0, 5)), X[0]);
    assert.equal(dataset!.normalization, undefined);
  });
});

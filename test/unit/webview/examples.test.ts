// The examples the step's matrices show: each example's loss (their mean is the engine's J), the task
// read from the spec, and the student's choices: a range, a class, the misclassified, the largest loss.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { snapshotDto } from '../../../src/core/dto';
import { Trainer } from '../../../src/core/training/trainer';
import type { AnalysisMessage, SnapshotDTO } from '../../../src/protocol';
import { exampleLosses, lossOf, taskOf } from '../../../webview/exampleLoss';
import { classCounts, pickExamples } from '../../../webview/examplePicker';
import { pickedText } from '../../../webview/examplesBar';
import { entryValue } from '../../../webview/matrixEntry';
import { BYTES_PER_NUMBER, sampleSnapshot } from '../../../src/core/messageBudget';

/** A spec on generated data: no regularisation, so J is the mean loss. */
function spec(o: { layout: string; kind: string; classes?: number; units: number; activation: string; loss: string }) {
  return [
    'seed: 3',
    `layout: ${o.layout}`,
    'data:',
    '  generate:',
    `    kind: ${o.kind}`,
    '    samples: 40',
    ...(o.classes ? [`    classes: ${o.classes}`] : []),
    'network:',
    '  init: random',
    '  init_scale: 1',
    '  layers:',
    '    - units: 5',
    '      activation: tanh',
    `    - units: ${o.units}`,
    `      activation: ${o.activation}`,
    `loss: ${o.loss}`,
    'training:',
    '  iterations: 3',
    '  learning_rate: 0.5',
    '',
  ].join('\n');
}

/** The spec's analysis message (as the host sends it, without `loss`) and the snapshot of its step 0. */
function step0(text: string): { analysis: AnalysisMessage; snapshot: SnapshotDTO } {
  const a = analyze(text, { readCsv: () => ({ text: '' }) });
  assert.ok(a.runnable && a.parse.spec && a.dataset && a.shapes, a.diagnostics[0]?.message);
  const s = new Trainer(a.parse.spec, a.dataset).next(true)!.snapshot!;
  const analysis: AnalysisMessage = {
    type: 'analysis',
    name: 'x',
    fileName: 'x.nnspec',
    uri: 'file:///x.nnspec',
    exampleAxis: a.parse.spec.layout === 'rows' ? 0 : 1,
    shapes: a.shapes,
    diagnostics: [],
    runnable: true,
  };
  return { analysis, snapshot: snapshotDto(s, a.parse.spec.layout) };
}

const CASES = [
  { layout: 'columns', kind: 'xor', units: 1, activation: 'sigmoid', loss: 'binary_cross_entropy' },
  { layout: 'rows', kind: 'moons', units: 1, activation: 'sigmoid', loss: 'binary_cross_entropy' },
  { layout: 'columns', kind: 'spiral', classes: 3, units: 3, activation: 'softmax', loss: 'cross_entropy' },
  { layout: 'rows', kind: 'blobs', classes: 4, units: 4, activation: 'softmax', loss: 'cross_entropy' },
  { layout: 'rows', kind: 'linear', units: 1, activation: 'linear', loss: 'mse' },
];

describe('each example’s loss', () => {
  for (const c of CASES) {
    test(`${c.loss}, ${c.activation} output, ${c.layout}: the mean over the batch is the engine's J`, () => {
      const { analysis, snapshot } = step0(spec(c));
      const loss = lossOf(analysis)!;
      assert.equal(loss, c.loss, 'the loss the output activation goes with');
      const l = exampleLosses(snapshot, loss, c.activation as 'sigmoid');
      assert.equal(l.length, 40);
      const mean = l.reduce((a, b) => a + b, 0) / l.length;
      assert.ok(
        Math.abs(mean - snapshot.cost) <= 1e-12 * Math.max(1, snapshot.cost),
        `${mean} vs J = ${snapshot.cost}`,
      );
      assert.ok(l.every((v) => v >= 0));
    });
  }

  test('the loss the host names wins over the one the output suggests', () => {
    const { analysis } = step0(spec(CASES[0]));
    assert.equal(lossOf({ ...analysis, loss: 'mse' }), 'mse');
    assert.equal(lossOf(undefined), undefined);
  });

  test('the task: binary, multi-class or regression', () => {
    assert.equal(taskOf('binary_cross_entropy', 1), 'binary');
    assert.equal(taskOf('cross_entropy', 3), 'multiclass');
    assert.equal(taskOf('mse', 1), 'regression');
    assert.equal(taskOf(undefined, 3), 'regression');
  });
});

describe('the examples shown', () => {
  const spiral = step0(spec(CASES[2])).snapshot;
  const argmax = (M: { cols: number; data: ArrayLike<number> }, i: number) =>
    [0, 1, 2].reduce((b, k) => (M.data[k * M.cols + i] > M.data[b * M.cols + i] ? k : b), 0);
  const all = Array.from({ length: 40 }, (_, i) => i);

  test('all of them, or a range clamped to the batch', () => {
    assert.deepEqual(pickExamples(spiral, { by: 'all' }, 'cross_entropy').indices, all);
    assert.deepEqual(pickExamples(spiral, { by: 'range', first: 3, last: 6 }, 'cross_entropy').indices, [3, 4, 5, 6]);
    assert.deepEqual(pickExamples(spiral, { by: 'range', first: 38, last: 90 }, 'cross_entropy').indices, [38, 39]);
    assert.deepEqual(pickExamples(spiral, { by: 'range', first: 50, last: 90 }, 'cross_entropy').indices, []);
  });

  test('one class, with the count of each class', () => {
    const picked = pickExamples(spiral, { by: 'class', label: 1 }, 'cross_entropy');
    assert.deepEqual(
      picked.indices,
      all.filter((i) => argmax(spiral.Y, i) === 1),
    );
    const counts = classCounts(spiral);
    assert.equal(counts.length, 3);
    assert.equal(counts[1], picked.indices.length);
    assert.equal(
      counts.reduce((a, b) => a + b),
      40,
    );
  });

  test('the misclassified: argmax of A[L] is not that of Y', () => {
    const A = spiral.layers[1].A;
    const wrong = all.filter((i) => argmax(A, i) !== argmax(spiral.Y, i));
    assert.ok(wrong.length > 0 && wrong.length < 40, 'a check that proves something');
    assert.deepEqual(pickExamples(spiral, { by: 'misclassified' }, 'cross_entropy').indices, wrong);
  });

  test('one sigmoid output: misclassified when a > 0.5 and y is 0, or the other way round', () => {
    const { snapshot: s } = step0(spec(CASES[1])); // rows: example i is row i
    const wrong = Array.from({ length: 40 }, (_, i) => i).filter(
      (i) => s.layers[1].A.data[i] > 0.5 !== s.Y.data[i] > 0.5,
    );
    assert.deepEqual(pickExamples(s, { by: 'misclassified' }, 'binary_cross_entropy', 'sigmoid').indices, wrong);
  });

  test('the largest loss first, as many as asked, with their losses', () => {
    const l = exampleLosses(spiral, 'cross_entropy', 'softmax');
    const picked = pickExamples(spiral, { by: 'largestLoss', count: 5 }, 'cross_entropy', 'softmax');
    const order = [...all].sort((a, b) => l[b] - l[a]).slice(0, 5);
    assert.deepEqual(picked.indices, order);
    assert.deepEqual(
      picked.losses,
      order.map((i) => l[i]),
    );
  });

  test('a regression has no classes: a choice by class falls back to all examples', () => {
    const { snapshot: s } = step0(spec(CASES[4]));
    const picked = pickExamples(s, { by: 'class', label: 0 }, 'mse', 'linear');
    assert.equal(picked.task, 'regression');
    assert.equal(picked.indices.length, 40);
    assert.equal(pickExamples(s, { by: 'misclassified' }, 'mse').indices.length, 40);
  });
});

describe('examples of a sampled snapshot', () => {
  test('are picked among those sent, named by their place in the batch, and values are found by whole indices', () => {
    for (const layout of ['columns', 'rows']) {
      const text = spec({ ...CASES[2], layout });
      const a = analyze(text, { readCsv: () => ({ text: '' }) });
      assert.ok(a.parse.spec && a.dataset);
      const whole = new Trainer(a.parse.spec, a.dataset).next(true)!.snapshot!;
      const { snapshot, sample } = sampleSnapshot(whole, 200 * BYTES_PER_NUMBER);
      assert.ok(sample && sample.examples.length < 40 && sample.units[1].length < 5, 'the budget samples it');
      const s = snapshotDto(snapshot, a.parse.spec.layout);
      const full = snapshotDto(whole, a.parse.spec.layout);
      const choice = { by: 'largestLoss', count: 3 } as const;
      const picked = pickExamples(s, choice, 'cross_entropy', 'softmax');
      assert.deepEqual(picked.sampled, { index: sample.examples, m: 40 });
      const losses = exampleLosses(full, 'cross_entropy', 'softmax');
      picked.indices.forEach((i, k) => assert.equal(picked.losses?.[k], losses[sample.examples[i]]));
      const first = sample.examples[picked.indices[0]] + 1;
      assert.match(
        pickedText(choice, picked),
        new RegExp(`^3 of ${sample.examples.length} examples.*: example ${first} \\(`),
      );
      assert.match(pickedText(choice, picked), /the batch has 40/);
      // W[1] of unit u (kept) from input 2, in the file's layout; a unit that was not sent has no value.
      const u = sample.units[1][1];
      const [r, c] = layout === 'columns' ? [u, 1] : [1, u];
      const e = { matrix: 'W', layer: 1, row: r, col: c } as const;
      assert.equal(entryValue(s, e), entryValue(full, e));
      const gone = [0, 1, 2, 3, 4].find((x) => !sample.units[1].includes(x))!;
      const missing = layout === 'columns' ? { ...e, row: gone } : { ...e, col: gone };
      assert.equal(entryValue(s, missing), undefined);
    }
  });
});

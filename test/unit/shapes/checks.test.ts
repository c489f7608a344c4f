import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkShapes } from '../../../src/core/shapes/index';
import { parseSpec } from '../../../src/core/spec/index';
import { flowerSpec, locate, only, within } from '../spec/helpers';
import { MISTAKES } from './corpus';

const BASE = flowerSpec();

function shapes(text: string, data?: { n0: number; nY: number; m: number }) {
  const r = parseSpec(text);
  assert.ok(r.spec, JSON.stringify(r.diagnostics));
  return { ...checkShapes(r.spec, r.ranges, data, text), text };
}

function edited(from: string, to: string): string {
  assert.ok(BASE.includes(from));
  return BASE.replace(from, to);
}

describe('explicit W[l] and b[l]', () => {
  test('W[2] with the wrong number of columns names the layer before, with a fix', () => {
    const { diagnostics, table, text } = shapes(
      edited('activation: sigmoid', 'activation: sigmoid\n      W: [[0.1, -0.2, 0.3]]'),
    );
    const d = only(diagnostics, 'shape-mismatch-W');
    assert.equal(
      d.message,
      'W[2] must be (1, 4) = (n[2], n[1]), but is (1, 3): its 3 columns should be n[1] = 4, the units of layer 1. Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4.',
    );
    assert.deepEqual(d.related, [
      { message: 'n[1] = 4 from layers[1].units', range: within(text, 'units: 4', '4') },
      { message: 'n[2] = 1 from layers[2].units', range: within(text, 'units: 1', '1') },
    ]);
    assert.deepEqual(d.range, locate(text, '[[0.1, -0.2, 0.3]]'));
    assert.deepEqual(d.fixes, [{ title: "Set layer 1's units to 3", range: within(text, 'units: 4', '4'), text: '3' }]);
    assert.deepEqual(table.layers[1].mismatch, { matrix: 'W', axis: 1, message: d.message, given: '(1, 3)' });
    assert.equal(table.layers[0].mismatch, undefined);
  });

  test('W[1] with the wrong number of rows names its own layer', () => {
    const { diagnostics, table, text } = shapes(
      edited('activation: tanh', 'activation: tanh\n      W: [[1, 2], [3, 4], [5, 6]]'),
    );
    const d = only(diagnostics, 'shape-mismatch-W');
    assert.equal(
      d.message,
      'W[1] must be (4, 2) = (n[1], n[0]), but is (3, 2): its 3 rows should be n[1] = 4, the units of layer 1. Z[1] = W[1] A[0] + b[1]: (3, 2)(2, m) + (4, 1) — 3 ≠ 4.',
    );
    assert.deepEqual(d.fixes?.[0], {
      title: "Set layer 1's units to 3",
      range: within(text, 'units: 4', '4'),
      text: '3',
    });
    assert.equal(table.layers[0].mismatch?.axis, 0);
  });

  test('W[1] against n[0]: network.input, or the rows of X', () => {
    const text = edited('activation: tanh', 'activation: tanh\n      W: [[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]');
    const noData = only(shapes(text).diagnostics, 'shape-mismatch-W');
    assert.equal(
      noData.message,
      'W[1] must be (4, 2) = (n[1], n[0]), but is (4, 3): its 3 columns should be n[0] = 2, set by network.input. Z[1] = W[1] A[0]: (4, 3)(2, m) — 3 ≠ 2.',
    );
    assert.deepEqual(noData.fixes, [
      { title: 'Set network.input to 3', range: within(text, 'input: 2', '2'), text: '3' },
    ]);
    const withData = only(
      shapes(text.replace('  input: 2\n', ''), { n0: 2, nY: 1, m: 400 }).diagnostics,
      'shape-mismatch-W',
    );
    assert.equal(
      withData.message,
      'W[1] must be (4, 2) = (n[1], n[0]), but is (4, 3): its 3 columns should be n[0] = 2, the 2 coordinates of each generated point. Z[1] = W[1] A[0]: (4, 3)(2, m) — 3 ≠ 2.',
    );
  });

  test('a W written in the other layout is called transposed, with a fix that transposes it', () => {
    const { diagnostics, text } = shapes(
      edited('activation: sigmoid', 'activation: sigmoid\n      W: [[1], [2], [3], [4]]'),
    );
    const d = only(diagnostics, 'shape-mismatch-W');
    assert.equal(
      d.message,
      'W[2] must be (1, 4) = (n[2], n[1]), but is (4, 1): it is written transposed. With layout: columns, W[l] is (n[l], n[l-1]). Z[2] = W[2] A[1]: (4, 1)(4, m) — 1 ≠ 4.',
    );
    assert.deepEqual(d.fixes, [
      { title: 'Transpose W[2] to (1, 4)', range: locate(text, '[[1], [2], [3], [4]]'), text: '[[1, 2, 3, 4]]' },
    ]);
  });

  test('rows layout: W[l] is (n[l-1], n[l])', () => {
    const text = edited('layout: columns', 'layout: rows').replace(
      'activation: sigmoid',
      'activation: sigmoid\n      W: [[1], [2], [3]]',
    );
    const d = only(shapes(text).diagnostics, 'shape-mismatch-W');
    assert.equal(
      d.message,
      'W[2] must be (4, 1) = (n[1], n[2]), but is (3, 1): its 3 rows should be n[1] = 4, the units of layer 1. Z[2] = A[1] W[2]: (m, 4)(3, 1) — 4 ≠ 3.',
    );
  });

  test('b[l] of the wrong shape', () => {
    const short = shapes(edited('activation: tanh', 'activation: tanh\n      b: [[0], [0], [0]]'));
    const wrong = only(short.diagnostics, 'shape-mismatch-b');
    assert.equal(
      wrong.message,
      'b[1] must be (4, 1) = (n[1], 1), but is (3, 1): its 3 rows should be n[1] = 4, the units of layer 1. Z[1] = W[1] A[0] + b[1]: (4, 2)(2, m) + (3, 1) — 4 ≠ 3.',
    );
    assert.deepEqual(wrong.fixes, [
      { title: "Set layer 1's units to 3", range: within(short.text, 'units: 4', '4'), text: '3' },
    ]);
    const { diagnostics, table, text } = shapes(
      edited('activation: tanh', 'activation: tanh\n      b: [[0, 0, 0, 0]]'),
    );
    const d = only(diagnostics, 'shape-mismatch-b');
    assert.equal(
      d.message,
      'b[1] must be (4, 1) = (n[1], 1), but is (1, 4): it is written transposed. With layout: columns, b[l] is (n[l], 1). Z[1] = W[1] A[0] + b[1]: (4, 2)(2, m) + (1, 4) — 4 ≠ 1.',
    );
    assert.deepEqual(d.fixes?.[0].text, '[[0], [0], [0], [0]]');
    assert.deepEqual(d.range, locate(text, '[[0, 0, 0, 0]]'));
    assert.equal(table.layers[0].mismatch?.matrix, 'b');
    assert.equal(table.layers[0].mismatch?.given, '(1, 4)');
    const rows = shapes(
      edited('layout: columns', 'layout: rows').replace(
        'activation: tanh',
        'activation: tanh\n      b: [[0, 0, 0, 0]]',
      ),
    );
    assert.deepEqual(rows.diagnostics, []);
  });
});

describe('network against the data', () => {
  const CSV = BASE.replace(
    'data: {generate: {kind: flower, samples: 400}}',
    'data: {csv: {path: points.csv, features: [a, b, c], target: y}}',
  );

  test('X rows against network.input, with the fix and where n[0] comes from', () => {
    const { diagnostics, table, text } = shapes(CSV, { n0: 3, nY: 1, m: 400 });
    const d = only(diagnostics, 'input-mismatch');
    assert.equal(
      d.message,
      'X is (3, 400) but network.input is 2: n[0] must equal the number of rows of X. Z[1] = W[1] A[0]: (4, 2)(3, m) — 2 ≠ 3.',
    );
    assert.deepEqual(d.range, within(text, 'input: 2', '2'));
    assert.deepEqual(d.fixes, [{ title: 'Set network.input to 3', range: within(text, 'input: 2', '2'), text: '3' }]);
    assert.deepEqual(d.related, [
      { message: 'n[0] = 3 from data.csv.features, 3 columns', range: locate(text, '[a, b, c]') },
    ]);
    assert.deepEqual(table.layers[0].mismatch, { matrix: 'W', axis: 1, message: d.message });
  });

  test('CSV and generated data are never called transposed: their rows are always examples', () => {
    for (const text of [BASE, CSV]) {
      const d = only(shapes(text, { n0: 400, nY: 1, m: 2 }).diagnostics, 'input-mismatch');
      assert.doesNotMatch(d.message, /layout/);
      assert.deepEqual(
        d.fixes?.map((f) => f.title),
        ['Set network.input to 400'],
      );
    }
  });

  test('rows layout: X is (m, n[0])', () => {
    const d = only(
      shapes(edited('layout: columns', 'layout: rows'), { n0: 3, nY: 1, m: 400 }).diagnostics,
      'input-mismatch',
    );
    assert.equal(
      d.message,
      'X is (400, 3) but network.input is 2: n[0] must equal the number of columns of X. Z[1] = A[0] W[1]: (m, 3)(2, 4) — 3 ≠ 2.',
    );
  });

  test('Y rows against the last layer, at its units, with a fix', () => {
    const { diagnostics, table, text } = shapes(BASE, { n0: 2, nY: 3, m: 400 });
    const d = only(diagnostics, 'output-mismatch');
    assert.equal(
      d.message,
      'Y has 3 rows but the last layer has n[2] = 1 unit: n[2] must equal the number of rows of Y, one output per target. A[2] - Y: (1, m) - (3, m) — 1 ≠ 3.',
    );
    assert.deepEqual(d.related, [
      { message: 'Y has 3 rows from data.generate: flower', range: locate(text, 'flower') },
    ]);
    assert.deepEqual(d.range, within(text, 'units: 1', '1'));
    assert.deepEqual(d.fixes, [{ title: "Set layer 2's units to 3", range: within(text, 'units: 1', '1'), text: '3' }]);
    assert.deepEqual(table.layers[1].mismatch, { matrix: 'A', axis: 0, message: d.message });
  });

  test('a batch larger than the training set', () => {
    const text = BASE.replace('learning_rate: 1.2}', 'learning_rate: 1.2, batch_size: 512}');
    const d = only(shapes(text, { n0: 2, nY: 1, m: 400 }).diagnostics, 'batch-larger-than-data');
    assert.equal(d.severity, 'warning');
    assert.equal(
      d.message,
      'batch_size 512 is more than the 400 training examples, so every batch is the whole training set.',
    );
    assert.deepEqual(d.range, locate(text, '512'));
  });
});

describe('activations and loss', () => {
  const softmaxOut = (loss: string, units = 3) =>
    BASE.replace(
      '    - units: 1\n      activation: sigmoid',
      `    - units: ${units}\n      activation: softmax`,
    ).replace('loss: binary_cross_entropy', `loss: ${loss}`);

  test('softmax needs cross_entropy, with a fix to the loss', () => {
    const text = softmaxOut('binary_cross_entropy');
    const d = only(shapes(text).diagnostics, 'softmax-needs-cross-entropy');
    assert.equal(d.message, 'softmax needs cross_entropy; with binary_cross_entropy use a single sigmoid unit.');
    assert.deepEqual(d.range, locate(text, 'softmax'));
    assert.deepEqual(d.fixes, [
      { title: 'Set loss: cross_entropy', range: locate(text, 'binary_cross_entropy'), text: 'cross_entropy' },
    ]);
    // The places that clash: the loss, and the softmax's units (the diagnostic itself is on the activation).
    assert.deepEqual(d.related, [
      { message: 'n[2] = 3 from layers[2].units', range: within(text, 'units: 3', '3') },
      {
        message: 'loss: binary_cross_entropy, the cost the output layer is trained on',
        range: locate(text, 'binary_cross_entropy'),
      },
    ]);
    assert.equal(
      only(shapes(softmaxOut('mse')).diagnostics, 'softmax-needs-cross-entropy').message,
      'softmax needs cross_entropy; with mse use a linear output layer.',
    );
    assert.deepEqual(shapes(softmaxOut('cross_entropy')).diagnostics, []);
    const one = only(shapes(softmaxOut('mse', 1)).diagnostics, 'softmax-needs-cross-entropy');
    assert.deepEqual(
      one.related?.map((r) => r.message),
      ['n[2] = 1 from layers[2].units', 'loss: mse, the cost the output layer is trained on'],
    );
  });

  test('a one-unit softmax', () => {
    const text = softmaxOut('cross_entropy', 1);
    const d = only(shapes(text).diagnostics, 'softmax-one-unit');
    assert.deepEqual(d.range, within(text, 'units: 1', '1'));
    assert.match(d.message, /always outputs 1/);
  });

  test('softmax in a hidden layer', () => {
    const text = BASE.replace('activation: tanh', 'activation: softmax');
    const d = only(shapes(text).diagnostics, 'softmax-not-output');
    assert.deepEqual(d.range, locate(text, 'softmax'));
    assert.equal(d.fixes?.[0].text, 'relu');
  });

  test('cross_entropy with one output unit is an error at the loss; with several non-softmax units a warning', () => {
    const text = BASE.replace('loss: binary_cross_entropy', 'loss: cross_entropy');
    const d = only(shapes(text).diagnostics, 'cross-entropy-needs-softmax');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, locate(text, 'cross_entropy'));
    assert.equal(
      d.message,
      'cross_entropy compares one-hot targets with several softmax outputs, but layer 2 is a single sigmoid unit: for two classes use binary_cross_entropy with one sigmoid unit.',
    );
    assert.deepEqual(d.fixes, [
      { title: 'Set loss: binary_cross_entropy', range: locate(text, 'cross_entropy'), text: 'binary_cross_entropy' },
    ]);
    const three = text.replace('    - units: 1\n      activation: sigmoid', '    - units: 3\n      activation: tanh');
    const w = only(shapes(three).diagnostics, 'cross-entropy-needs-softmax');
    assert.equal(w.severity, 'warning');
    assert.deepEqual(w.fixes, [{ title: 'Use softmax', range: locate(three, 'tanh', 1), text: 'softmax' }]);
  });

  test('binary_cross_entropy without a sigmoid output is a warning with a fix', () => {
    const text = BASE.replace('activation: sigmoid', 'activation: relu');
    const d = only(shapes(text).diagnostics, 'bce-needs-sigmoid');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.fixes, [{ title: 'Use sigmoid', range: locate(text, 'relu'), text: 'sigmoid' }]);
  });

  test('several sigmoid outputs under binary_cross_entropy: an info about multi-label', () => {
    const text = BASE.replace('    - units: 1', '    - units: 3');
    const d = only(shapes(text).diagnostics, 'bce-multi-output');
    assert.equal(d.severity, 'info');
    assert.deepEqual(d.range, within(text, 'units: 3', '3'));
  });
});

describe('the sizes a cause names', () => {
  const XOR_AS_ROWS = MISTAKES.find((m) => m.name === 'X written one example per row in a columns file')!.text;

  test('X written as rows: its message reads n[0] and m as the fix will, the table as the file is', () => {
    const { diagnostics, table, text } = shapes(XOR_AS_ROWS);
    const d = only(diagnostics, 'x-transposed');
    assert.match(d.message, /wants \(2, 4\) = \(n\[0\], m\)/);
    const source = (sources: { symbol: string; value?: number }[] | undefined, symbol: string) =>
      sources?.find((s) => s.symbol === symbol)?.value;
    // The message's own sizes: 2 features, 4 examples, where the data's X sets them.
    assert.equal(source(d.dimensions, 'n[0]'), 2);
    assert.equal(source(d.dimensions, 'm'), 4);
    assert.deepEqual(
      d.dimensions?.find((s) => s.symbol === 'n[0]')?.range,
      locate(text, '[[0, 0], [0, 1], [1, 0], [1, 1]]'),
    );
    // The table shows the file as written (X read as columns: 4 rows of features, 2 examples).
    assert.equal(source(table.sources, 'n[0]'), 4);
    assert.equal(source(table.sources, 'm'), 2);
  });

  test('a mismatch that is not a misread matrix keeps the table’s sizes', () => {
    const d = only(
      shapes(edited('activation: sigmoid', 'activation: sigmoid\n      W: [[0.1, -0.2, 0.3]]')).diagnostics,
      'shape-mismatch-W',
    );
    assert.equal(d.dimensions, undefined);
  });
});

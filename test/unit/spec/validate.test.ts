import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSpec } from '../../../src/core/spec/index';
import { edit, locate, only, within, XOR } from './helpers';

/**
 * Parse `XOR` with one edit; the diagnostic with `code` must sit exactly on `at`: its k-th
 * occurrence, or with [context, needle] the needle inside the first occurrence of context.
 */
function check(from: string, to: string, code: string, at: string | [string, string], occurrence = 0) {
  const text = edit(XOR, from, to);
  const r = parseSpec(text);
  const d = only(r.diagnostics, code);
  assert.deepEqual(
    d.range,
    typeof at === 'string' ? locate(text, at, occurrence) : within(text, at[0], at[1]),
    `range of '${code}'`,
  );
  return { d, r, text };
}

describe('keys', () => {
  test('a misspelt key: did you mean, with a fix replacing the key', () => {
    const { d, r, text } = check('learning_rate: 1.2', 'learning_rat: 1.2', 'unknown-key', 'learning_rat');
    assert.equal(d.message, "Unknown key 'learning_rat' in training. Did you mean 'learning_rate'?");
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.fixes, [
      { title: "Change to 'learning_rate'", range: locate(text, 'learning_rat'), text: 'learning_rate' },
    ]);
    // learning_rate is then missing too: the section's key carries that error.
    assert.deepEqual(only(r.diagnostics, 'missing-key').range, locate(text, 'training'));
  });

  test('a key in the wrong section says where it belongs', () => {
    const { d } = check(
      'loss: binary_cross_entropy',
      'loss: binary_cross_entropy\nlearning_rate: 3',
      'unknown-key',
      'learning_rate',
      0,
    );
    assert.equal(d.message, "Unknown key 'learning_rate' at the top level. 'learning_rate' belongs in training.");
    assert.equal(d.fixes, undefined);
  });

  test('an unknown key in a layer names the layer', () => {
    const { d } = check(
      '      activation: sigmoid',
      '      activation: sigmoid\n      unit: 3',
      'unknown-key',
      'unit',
      2,
    );
    assert.equal(d.message, "Unknown key 'unit' in layer 2. Did you mean 'units'?");
  });

  test('unknown keys alone do not stop the network being built', () => {
    const r = parseSpec(edit(XOR, 'seed: 7', 'seed: 7\ncolour: blue'));
    assert.equal(r.diagnostics.length, 1);
    assert.ok(r.spec);
  });

  test('a missing top-level key is reported on the first line', () => {
    const text = edit(XOR, 'loss: binary_cross_entropy\n', '');
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'missing-key');
    assert.deepEqual(d.range, locate(text, 'name: XOR with one hidden layer'));
    assert.match(d.message, /^Missing 'loss' at the top level\./);
    assert.equal(r.spec, undefined);
  });

  test('a layer without activation: the first line of that layer', () => {
    const text = edit(XOR, '    - units: 1\n      activation: sigmoid\n', '    - units: 1\n');
    const d = only(parseSpec(text).diagnostics, 'missing-key');
    assert.deepEqual(d.range, locate(text, 'units: 1'));
    assert.match(d.message, /^Missing 'activation' in layer 2\./);
  });

  test('a section that is not a mapping', () => {
    const { d, r } = check(
      'training:\n  iterations: 1000\n  learning_rate: 1.2\n',
      'training: fast\n',
      'wrong-type',
      'fast',
    );
    assert.match(
      d.message,
      /^training must be a mapping of keys \(iterations, epochs, learning_rate, .*\), but is the text 'fast'\.$/,
    );
    assert.ok(r.spec, 'training errors leave the network buildable');
  });
});

describe('values', () => {
  test('a misspelt activation: did you mean, with a fix', () => {
    const { d, r, text } = check('activation: tanh', 'activation: rellu', 'unknown-value', 'rellu');
    assert.equal(d.message, "Unknown activation 'rellu'. Did you mean 'relu'?");
    assert.deepEqual(d.fixes, [{ title: "Change to 'relu'", range: locate(text, 'rellu'), text: 'relu' }]);
    assert.equal(r.spec, undefined);
  });

  test('a value far from every choice lists them', () => {
    const { d } = check('loss: binary_cross_entropy', 'loss: hinge', 'unknown-value', 'hinge');
    assert.equal(d.message, "Unknown loss 'hinge'. Use one of: binary_cross_entropy, cross_entropy, mse.");
    assert.equal(d.fixes, undefined);
  });

  test('case and dashes are forgiven in suggestions', () => {
    const { d } = check('activation: tanh', 'activation: Leaky-ReLU', 'unknown-value', 'Leaky-ReLU');
    assert.match(d.message, /Did you mean 'leaky_relu'\?/);
  });

  test('the layout enum', () => {
    const { d, r } = check('layout: columns', 'layout: colums', 'unknown-value', 'colums');
    assert.match(d.message, /Did you mean 'columns'\?/);
    assert.equal(r.spec, undefined);
  });

  test('text where a number belongs', () => {
    const { d } = check('units: 4', "units: 'four'", 'wrong-type', "'four'");
    assert.equal(d.message, "units must be a whole number of at least 1, but is the text 'four'.");
  });

  test('a fraction where a whole number belongs', () => {
    const { d, r } = check('units: 4', 'units: 2.5', 'not-integer', '2.5');
    assert.equal(d.message, 'units must be a whole number of at least 1, but is 2.5.');
    assert.equal(r.spec, undefined);
  });

  test('numbers out of range', () => {
    assert.equal(
      check('units: 4', 'units: 0', 'out-of-range', ['units: 0', '0']).d.message,
      'units must be a whole number of at least 1, but is 0.',
    );
    const lr = check('learning_rate: 1.2', 'learning_rate: 0', 'out-of-range', ['learning_rate: 0', '0']);
    assert.equal(lr.d.message, 'learning_rate must be a number above 0, but is 0.');
    assert.ok(lr.r.spec, 'a training error leaves the network buildable');
    const split = check('    Y: [[0, 1, 1, 0]]', '    Y: [[0, 1, 1, 0]]\n  test_split: 1', 'out-of-range', [
      'test_split: 1',
      '1',
    ]);
    assert.equal(split.d.message, 'test_split must be a fraction from 0 up to (not including) 1, but is 1.');
    check('seed: 7', 'seed: -3', 'out-of-range', '-3');
    check('iterations: 1000', 'iterations: -5', 'out-of-range', '-5');
  });

  test('an empty value is a wrong type', () => {
    const { d } = check('learning_rate: 1.2', 'learning_rate:', 'wrong-type', ['learning_rate:', 'learning_rate']);
    assert.equal(d.message, 'learning_rate must be a number above 0, but is empty.');
  });

  test('batch_size: full, a whole number, or a near miss of full', () => {
    const { d, text } = check('learning_rate: 1.2', 'learning_rate: 1.2\n  batch_size: ful', 'unknown-value', 'ful');
    assert.match(d.message, /Did you mean 'full'\?/);
    assert.equal(d.fixes?.[0].text, 'full');
    assert.deepEqual(d.fixes?.[0].range, locate(text, 'ful'));
    check('learning_rate: 1.2', 'learning_rate: 1.2\n  batch_size: 0', 'out-of-range', ['batch_size: 0', '0']);
    assert.equal(
      parseSpec(edit(XOR, 'learning_rate: 1.2', 'learning_rate: 1.2\n  batch_size: 16')).spec?.training.batchSize,
      16,
    );
  });

  test('regularization needs exactly one of l1 and l2', () => {
    const { d } = check(
      'learning_rate: 1.2',
      'learning_rate: 1.2\n  regularization:\n    l1: 0.1\n    l2: 0.1',
      'regularization-kind',
      'regularization',
    );
    assert.equal(d.message, 'regularization takes exactly one of l1: lambda or l2: lambda.');
    check('learning_rate: 1.2', 'learning_rate: 1.2\n  regularization: {}', 'regularization-kind', 'regularization');
    check('learning_rate: 1.2', 'learning_rate: 1.2\n  regularization: {l2: -1}', 'out-of-range', '-1');
  });

  test('iterations or epochs, exactly one', () => {
    const both = check('iterations: 1000', 'iterations: 1000\n  epochs: 3', 'iterations-and-epochs', 'epochs');
    assert.equal(both.d.message, 'training takes iterations or epochs, not both: keep one.');
    const neither = check('  iterations: 1000\n', '', 'iterations-and-epochs', 'training');
    assert.match(neither.d.message, /^training needs iterations: N/);
    assert.equal(neither.r.spec?.training.iterations, 0, 'placeholder: nothing would train');
  });
});

describe('data', () => {
  const inline = `  inline:
    X: [[0, 0, 1, 1],
        [0, 1, 0, 1]]
    Y: [[0, 1, 1, 0]]`;

  test('no source', () => {
    const { d, r } = check(inline, '  normalize: none', 'missing-data-source', 'data');
    assert.equal(d.message, 'data needs exactly one of generate, csv or inline.');
    assert.equal(r.spec, undefined);
  });

  test('two sources: at the second', () => {
    const { d } = check(inline, `${inline}\n  generate: {kind: xor, samples: 10}`, 'multiple-data-sources', 'generate');
    assert.equal(d.message, 'data has both inline and generate: keep exactly one source.');
  });

  test('a misspelt generator', () => {
    const { d } = check(inline, '  generate: {kind: flowr, samples: 10}', 'unknown-value', 'flowr');
    assert.equal(d.message, "Unknown data generator 'flowr'. Did you mean 'flower'?");
  });

  test('classes with a generator that ignores it is a warning', () => {
    const { d, r } = check(inline, '  generate: {kind: moons, samples: 10, classes: 3}', 'unused-key', 'classes');
    assert.equal(d.severity, 'warning');
    assert.ok(r.spec);
  });

  test('csv columns', () => {
    check(inline, '  csv: {path: a.csv, features: [], target: y}', 'empty-list', '[]');
    check(inline, '  csv: {path: a.csv, features: [x, -1], target: y}', 'wrong-type', '-1');
    check(inline, '  csv: {path: a.csv, features: x, target: y}', 'wrong-type', ['features: x', 'x']);
    check(inline, '  csv: {path: a.csv, features: [x], target: y, one_hot: maybe}', 'wrong-type', 'maybe');
    check(inline, '  csv: {path: "", features: [x], target: y}', 'wrong-type', '""');
  });

  test('a ragged row is an error at that row', () => {
    const { d, r } = check('[0, 1, 0, 1]]', '[0, 1, 0]]', 'ragged-matrix', '[0, 1, 0]');
    assert.equal(
      d.message,
      'Row 2 of X has 3 numbers but row 1 has 4: every row of a matrix must have the same length.',
    );
    assert.equal(r.spec, undefined);
  });

  test('a non-numeric entry is an error at that entry', () => {
    const { d } = check('[0, 1, 0, 1]]', '[0, 1, zero, 1]]', 'wrong-type', 'zero');
    assert.equal(d.message, "Entry 3 of row 2 of X must be a number, but is the text 'zero'.");
  });

  test('a flat list is not a matrix; the fix wraps it in a row', () => {
    const { d, text } = check('Y: [[0, 1, 1, 0]]', 'Y: [0, 1, 1, 0]', 'not-a-matrix', '[0, 1, 1, 0]');
    assert.equal(d.message, 'Y must be a list of rows, but is a flat list. For a single row write [[...]].');
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes?.[0].text, '[[0, 1, 1, 0]]');
    const fixed = parseSpec(text.replace('Y: [0, 1, 1, 0]', `Y: ${d.fixes?.[0].text}`));
    assert.deepEqual(fixed.diagnostics, []);
  });

  test('a matrix that is not a list, an empty matrix, an empty row', () => {
    check('Y: [[0, 1, 1, 0]]', 'Y: 5', 'not-a-matrix', '5');
    check('Y: [[0, 1, 1, 0]]', 'Y: []', 'empty-list', '[]');
    check('Y: [[0, 1, 1, 0]]', 'Y: [[0, 1, 1, 0], []]', 'empty-list', '[]');
    check('Y: [[0, 1, 1, 0]]', 'Y: [[], [1]]', 'empty-list', '[]');
  });

  test('X and Y with different numbers of examples still make a spec: the shape check finds the cause', () => {
    const r = parseSpec(edit(XOR, 'Y: [[0, 1, 1, 0]]', 'Y: [[0, 1, 1]]'));
    assert.ok(r.spec);
    assert.deepEqual(r.diagnostics, []);
  });
});

describe('network', () => {
  test('explicit W must be numeric and rectangular', () => {
    const { d } = check(
      '      activation: sigmoid',
      '      activation: sigmoid\n      W: [[1, 2, 3, 4], [1]]',
      'ragged-matrix',
      '[1]',
    );
    assert.equal(
      d.message,
      'Row 2 of W[2] has 1 numbers but row 1 has 4: every row of a matrix must have the same length.',
    );
    check('      activation: sigmoid', '      activation: sigmoid\n      b: [[x]]', 'wrong-type', 'x');
  });

  test('no layers', () => {
    const text = edit(
      XOR,
      `  layers:
    - units: 4
      activation: tanh
    - units: 1
      activation: sigmoid`,
      '  layers: []',
    );
    const d = only(parseSpec(text).diagnostics, 'empty-list');
    assert.deepEqual(d.range, locate(text, '[]'));
    check('    - units: 1', '    - 7\n    - units: 1', 'wrong-type', ['- 7', '7']);
  });

  test('alpha without leaky_relu and init_scale without random are warnings', () => {
    const alpha = check('activation: tanh', 'activation: tanh\n      alpha: 0.2', 'unused-key', 'alpha');
    assert.equal(alpha.d.message, "alpha is leaky_relu's negative slope; layer 1 uses tanh, which ignores it.");
    assert.equal(alpha.d.severity, 'warning');
    const scale = check('  input: 2', '  input: 2\n  init: he\n  init_scale: 0.1', 'unused-key', 'init_scale');
    assert.equal(scale.d.message, 'init_scale is only used by init: random; init: he ignores it.');
    check('  input: 2', '  input: 2\n  init_scale: -1', 'out-of-range', '-1');
  });

  test('init: zeros with hidden layers warns that symmetry is never broken', () => {
    const { d, r, text } = check('  input: 2', '  input: 2\n  init: zeros', 'zero-init-symmetry', 'zeros');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /symmetry is never broken/);
    assert.deepEqual(d.fixes, [{ title: "Change to 'random'", range: locate(text, 'zeros'), text: 'random' }]);
    assert.ok(r.spec);
    // A single layer (logistic regression) has no symmetry to break.
    const single = `data: {generate: {kind: linear, samples: 5}}
network: {init: zeros, layers: [{units: 1, activation: sigmoid}]}
loss: binary_cross_entropy
training: {iterations: 1, learning_rate: 0.1}
`;
    assert.deepEqual(parseSpec(single).diagnostics, []);
  });
});

describe('training warnings', () => {
  test('epochs with full batches', () => {
    const { d } = check('iterations: 1000', 'epochs: 50', 'epochs-full-batch', '50');
    assert.equal(
      d.message,
      'With batch_size full each epoch is one gradient-descent update, so epochs: 50 is 50 updates. Set batch_size (e.g. 32) for mini-batches.',
    );
    const mini = parseSpec(edit(XOR, 'iterations: 1000', 'epochs: 50\n  batch_size: 2'));
    assert.deepEqual(mini.diagnostics, []);
    assert.equal(mini.spec?.training.epochs, 50);
    assert.equal(mini.spec?.training.iterations, undefined);
  });

  test('a large learning rate, by optimizer', () => {
    const gd = check('learning_rate: 1.2', 'learning_rate: 20', 'large-learning-rate', '20');
    assert.equal(gd.d.severity, 'warning');
    check('learning_rate: 1.2', 'learning_rate: 0.5\n  optimizer: adam', 'large-learning-rate', '0.5');
    assert.deepEqual(parseSpec(edit(XOR, 'learning_rate: 1.2', 'learning_rate: 5')).diagnostics, []);
    check('learning_rate: 1.2', 'learning_rate: 1.2\n  optimizer: sgd', 'unknown-value', 'sgd');
  });
});

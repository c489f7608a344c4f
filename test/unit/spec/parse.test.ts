import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSpec } from '../../../src/core/spec/index';
import { edit, locate, only, XOR } from './helpers';

describe('parseSpec on a valid file', () => {
  test('builds the Spec with every value and no diagnostics', () => {
    const r = parseSpec(XOR);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.spec, {
      name: 'XOR with one hidden layer',
      seed: 7,
      layout: 'columns',
      data: {
        source: {
          kind: 'inline',
          X: [
            [0, 0, 1, 1],
            [0, 1, 0, 1],
          ],
          Y: [[0, 1, 1, 0]],
        },
        normalize: 'none',
        testSplit: 0,
      },
      network: {
        input: 2,
        init: 'random',
        initScale: 0.01,
        layers: [
          { units: 4, activation: 'tanh', alpha: 0.01 },
          { units: 1, activation: 'sigmoid', alpha: 0.01 },
        ],
      },
      loss: 'binary_cross_entropy',
      training: { iterations: 1000, learningRate: 1.2, batchSize: 'full', optimizer: 'gd' },
    });
  });

  test('fills the documented defaults when optional keys are left out', () => {
    const text = `data:
  generate: {kind: moons, samples: 200}
network:
  layers: [{units: 1, activation: sigmoid}]
loss: mse
training: {epochs: 5, batch_size: 32, learning_rate: 0.5}
`;
    const { spec, diagnostics } = parseSpec(text);
    assert.deepEqual(diagnostics, []);
    assert.ok(spec);
    assert.equal(spec.seed, 1);
    assert.equal(spec.layout, 'columns');
    assert.equal(spec.name, undefined);
    assert.equal(spec.network.init, 'random');
    assert.equal(spec.network.initScale, 0.01);
    assert.equal(spec.network.input, undefined);
    assert.equal(spec.network.layers[0].alpha, 0.01);
    assert.equal(spec.data.normalize, 'none');
    assert.equal(spec.data.testSplit, 0);
    assert.deepEqual(spec.data.source, { kind: 'generate', generator: 'moons', samples: 200 });
    assert.deepEqual(spec.training, { epochs: 5, learningRate: 0.5, batchSize: 32, optimizer: 'gd' });
  });

  test('reads every optional key when given', () => {
    const text = `layout: rows
data:
  csv:
    path: houses.csv
    features: [size, 2]
    target: price
    one_hot: true
  normalize: standard
  test_split: 0.25
network:
  init: zeros
  init_scale: 0.5
  layers:
    - units: 2
      activation: leaky_relu
      alpha: 0.2
      W: [[1, 2], [3, 4]]
      b: [[0, 0]]
loss: mse
training:
  iterations: 3
  learning_rate: 0.1
  optimizer: adam
  regularization: {l1: 0.3}
`;
    const { spec } = parseSpec(text);
    assert.ok(spec);
    assert.deepEqual(spec.data, {
      source: { kind: 'csv', path: 'houses.csv', features: ['size', 2], target: ['price'], oneHot: true },
      normalize: 'standard',
      testSplit: 0.25,
    });
    assert.deepEqual(spec.network.layers[0], {
      units: 2,
      activation: 'leaky_relu',
      alpha: 0.2,
      W: [
        [1, 2],
        [3, 4],
      ],
      b: [[0, 0]],
    });
    assert.equal(spec.network.init, 'zeros');
    assert.equal(spec.network.initScale, 0.5);
    assert.deepEqual(spec.training.regularization, { kind: 'l1', lambda: 0.3 });
    assert.equal(spec.training.optimizer, 'adam');
  });

  test('a generate source keeps noise and classes', () => {
    const text = edit(
      XOR,
      `  inline:
    X: [[0, 0, 1, 1],
        [0, 1, 0, 1]]
    Y: [[0, 1, 1, 0]]`,
      `  generate:
    kind: spiral
    samples: 300
    noise: 0.2
    classes: 3`,
    );
    assert.deepEqual(parseSpec(text).spec?.data.source, {
      kind: 'generate',
      generator: 'spiral',
      samples: 300,
      noise: 0.2,
      classes: 3,
    });
  });
});

describe('ranges', () => {
  const r = parseSpec(XOR);
  test('value ranges by dotted file path', () => {
    assert.deepEqual(r.ranges.get('training.learning_rate'), locate(XOR, '1.2'));
    assert.deepEqual(r.ranges.get('network.layers.1.activation'), locate(XOR, 'sigmoid'));
    assert.deepEqual(r.ranges.get('network.layers.0.units'), locate(XOR, '4'));
    assert.deepEqual(r.ranges.get('data.inline.Y'), locate(XOR, '[[0, 1, 1, 0]]'));
    assert.deepEqual(r.ranges.get('data.inline.X.1'), locate(XOR, '[0, 1, 0, 1]'));
    assert.deepEqual(r.ranges.get('data.inline.X.1.3'), {
      ...locate(XOR, '[0, 1, 0, 1]'),
      column: locate(XOR, '[0, 1, 0, 1]').column + 10,
      endColumn: locate(XOR, '[0, 1, 0, 1]').column + 11,
    });
  });

  test('a multi-line value ends at its last character', () => {
    const X = locate(
      XOR,
      `[[0, 0, 1, 1],
        [0, 1, 0, 1]]`,
    );
    assert.deepEqual(r.ranges.get('data.inline.X'), X);
    const layers = XOR.slice(
      XOR.indexOf('- units: 4'),
      XOR.indexOf('activation: sigmoid') + 'activation: sigmoid'.length,
    );
    assert.deepEqual(r.ranges.get('network.layers'), locate(XOR, layers));
  });

  test('key: entries give the key itself', () => {
    assert.deepEqual(r.ranges.get('key:training.learning_rate'), locate(XOR, 'learning_rate'));
    assert.deepEqual(r.ranges.get('key:network.layers.1.units'), locate(XOR, 'units', 1));
    assert.deepEqual(r.ranges.get('key:data'), locate(XOR, 'data'));
  });

  test('an explicit W has ranges for its rows and entries', () => {
    const text = edit(
      XOR,
      '      activation: sigmoid\n',
      '      activation: sigmoid\n      W: [[0.1, -0.2, 0.3, 0.05]]\n',
    );
    const rr = parseSpec(text);
    assert.deepEqual(rr.ranges.get('network.layers.1.W'), locate(text, '[[0.1, -0.2, 0.3, 0.05]]'));
    assert.deepEqual(rr.ranges.get('network.layers.1.W.0'), locate(text, '[0.1, -0.2, 0.3, 0.05]'));
    assert.deepEqual(rr.ranges.get('network.layers.1.W.0.3'), locate(text, '0.05'));
  });
});

describe('reading YAML that is broken or hostile', () => {
  test('an empty file, or only comments', () => {
    for (const text of ['', '   \n', '# just a comment\n']) {
      const r = parseSpec(text);
      assert.equal(r.spec, undefined);
      const d = only(r.diagnostics, 'empty-file');
      assert.equal(d.severity, 'error');
      assert.equal(d.range.line, 1);
    }
  });

  test('a duplicate key is reported at the second one', () => {
    const text = edit(XOR, '  learning_rate: 1.2\n', '  learning_rate: 1.2\n  learning_rate: 0.5\n');
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'duplicate-key');
    assert.deepEqual(d.range, locate(text, 'learning_rate', 1));
    assert.match(d.message, /'learning_rate' appears twice/);
    assert.equal(r.spec, undefined);
  });

  test('a tab in the indentation gets a clear message', () => {
    const text = edit(XOR, '  iterations: 1000', '\titerations: 1000');
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'tab-indent');
    assert.equal(d.range.line, locate(text, '\titerations').line);
    assert.match(d.message, /tab/);
    assert.match(d.message, /spaces/);
    assert.equal(r.spec, undefined);
  });

  test('a second document', () => {
    const text = `${XOR}---\nname: another\n`;
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'multiple-documents');
    assert.equal(d.range.line, locate(text, '---').line);
    assert.equal(r.spec, undefined);
  });

  test('a top level that is not a mapping', () => {
    const list = parseSpec('- 1\n- 2\n');
    assert.deepEqual(only(list.diagnostics, 'not-a-mapping').range, { line: 1, column: 1, endLine: 2, endColumn: 4 });
    assert.match(only(parseSpec('42').diagnostics, 'not-a-mapping').message, /single value/);
  });

  test('a syntax error keeps its position', () => {
    const text = 'data: [1, 2\nloss: mse\n';
    const r = parseSpec(text);
    assert.ok(r.diagnostics.some((d) => d.code === 'yaml-syntax' && d.severity === 'error'));
    assert.equal(r.spec, undefined);
  });

  test('an unknown tag is a YAML warning', () => {
    const text = `${XOR}extra: !foo bar\n`;
    const d = only(parseSpec(text).diagnostics, 'yaml-warning');
    assert.equal(d.severity, 'warning');
    assert.equal(d.range.line, locate(text, '!foo').line);
  });

  test('a key that is not a plain name', () => {
    const text = edit(XOR, 'seed: 7', '[a, b]: 7');
    const r = parseSpec(text);
    assert.deepEqual(only(r.diagnostics, 'bad-key').range, locate(text, '[a, b]'));
    assert.equal(r.spec, undefined);
  });

  test('an alias to no anchor', () => {
    const text = edit(XOR, 'seed: 7', 'seed: *nowhere');
    const d = parseSpec(text).diagnostics.find((x) => x.message.includes('*nowhere'));
    assert.ok(d);
    assert.equal(d.code, 'yaml-syntax');
    assert.deepEqual(d.range, locate(text, '*nowhere'));
  });

  test('aliases are followed: a shared row is read as written', () => {
    const text = edit(
      XOR,
      `    X: [[0, 0, 1, 1],
        [0, 1, 0, 1]]`,
      `    X: [&row [0, 1, 0, 1], *row]`,
    );
    const r = parseSpec(text);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.spec?.data.source, {
      kind: 'inline',
      X: [
        [0, 1, 0, 1],
        [0, 1, 0, 1],
      ],
      Y: [[0, 1, 1, 0]],
    });
  });

  test('an alias bomb stops at the budget, quickly, at the alias that crosses it', () => {
    let text = 'a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n';
    for (let i = 1; i <= 12; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'alias-limit');
    // a_k expands to 1 + 10·size(a_{k-1}) nodes: 11, 111, ..., 111111 for a5 (line 6), whose
    // aliases of a4 (11111 each) bring the running total past 1,000,000; a4's total is far below.
    assert.equal(d.range.line, 6);
    assert.equal(r.spec, undefined);
  });

  test('an alias inside the node it names', () => {
    const text = 'a: &x [1, *x]\n';
    const d = only(parseSpec(text).diagnostics, 'alias-limit');
    assert.deepEqual(d.range, locate(text, '*x'));
  });

  test('10 MB of YAML is refused without being parsed', () => {
    const text = `data:\n  inline:\n    X: [[${'1, '.repeat(3_500_000)}1]]\n`;
    assert.ok(text.length > 10_000_000);
    const r = parseSpec(text);
    const d = only(r.diagnostics, 'file-too-large');
    assert.deepEqual(d.range, { line: 1, column: 1, endLine: 1, endColumn: 6 });
    assert.match(d.message, /CSV/);
  });

  test('thousands of nested brackets are refused', () => {
    const r = parseSpec(`a: ${'['.repeat(50_000)}`);
    only(r.diagnostics, 'too-deep');
  });

  test('binary garbage gives diagnostics, not exceptions', () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const r = parseSpec(bytes);
    assert.ok(r.diagnostics.length > 0);
    assert.equal(r.spec, undefined);
  });

  test('an internal failure becomes a diagnostic', () => {
    const hostile = {
      toString: () => {
        throw new Error('boom');
      },
    } as unknown as string;
    const r = parseSpec(hostile);
    const d = only(r.diagnostics, 'internal-error');
    assert.match(d.message, /boom/);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkShapes } from '../../../src/core/shapes/index';
import type { MatrixShape } from '../../../src/core/shapes/types';
import { parseSpec } from '../../../src/core/spec/index';

/** A 2-4-1 network (tanh, sigmoid, binary_cross_entropy) in the given layout, with extra lines. */
function spec(layout: 'columns' | 'rows', extra = '') {
  const text = `layout: ${layout}
data: {generate: {kind: flower, samples: 400}}
network:
  input: 2
  layers:
    - {units: 4, activation: tanh}
    - {units: 1, activation: sigmoid}
loss: binary_cross_entropy
training: {iterations: 10, learning_rate: 1.2${extra}}
`;
  const r = parseSpec(text);
  assert.ok(r.spec, JSON.stringify(r.diagnostics));
  return r;
}

/** '(4, 2)' from a MatrixShape, numbers where known. */
const dims = (s: MatrixShape) => s.dims.map((d) => d.value ?? d.symbol);
const symbols = (s: MatrixShape) => s.dims.map((d) => d.symbol);

describe('shape table, columns layout (deeplearning.ai)', () => {
  const { spec: s, ranges } = spec('columns');
  const { table, diagnostics } = checkShapes(s!, ranges, { n0: 2, nY: 1, m: 400 });

  test('no diagnostics for a consistent network', () => assert.deepEqual(diagnostics, []));

  test('X (n[0], m), Y (n[L], m), m known', () => {
    assert.equal(table.layout, 'columns');
    assert.equal(table.n0, 2);
    assert.equal(table.m, 400);
    assert.deepEqual(symbols(table.X), ['n[0]', 'm']);
    assert.deepEqual(dims(table.X), [2, 400]);
    assert.deepEqual(symbols(table.Y), ['n[2]', 'm']);
  });

  test('every matrix of layer 1', () => {
    const l1 = table.layers[0];
    assert.equal(l1.layer, 1);
    assert.equal(l1.units, 4);
    assert.equal(l1.activation, 'tanh');
    assert.deepEqual(symbols(l1.W), ['n[1]', 'n[0]']);
    assert.deepEqual(dims(l1.W), [4, 2]);
    assert.deepEqual(dims(l1.b), [4, 1]);
    for (const m of [l1.Z, l1.A, l1.dA, l1.dZ]) assert.deepEqual(dims(m), [4, 400]);
    assert.deepEqual(dims(l1.dW), [4, 2]);
    assert.deepEqual(dims(l1.db), [4, 1]);
    assert.deepEqual(dims(l1.dAprev), [2, 400]);
    assert.deepEqual([l1.W.name, l1.dAprev.name, l1.db.name], ['W[1]', 'dA[0]', 'db[1]']);
  });

  test('parameter counts: 4·2 + 4 and 1·4 + 1', () => {
    assert.deepEqual(
      table.layers.map((l) => l.parameters),
      [12, 5],
    );
    assert.equal(table.totalParameters, 17);
  });

  test('forward equations with shapes, m symbolic', () => {
    assert.deepEqual(table.layers[0].forward, [
      { formula: 'Z[1] = W[1] A[0] + b[1]', shapes: '(4, 2)(2, m) + (4, 1) -> (4, m)' },
      { formula: 'A[1] = tanh(Z[1])', shapes: '(4, m) -> (4, m)' },
    ]);
    assert.deepEqual(table.layers[1].forward[0], {
      formula: 'Z[2] = W[2] A[1] + b[2]',
      shapes: '(1, 4)(4, m) + (1, 1) -> (1, m)',
    });
  });

  test('backward equations: sigmoid + binary_cross_entropy gives dZ[2] = A[2] - Y', () => {
    assert.deepEqual(table.layers[1].backward, [
      { formula: 'dZ[2] = A[2] - Y', shapes: '(1, m) - (1, m) -> (1, m)' },
      { formula: 'dW[2] = (1/m) dZ[2] A[1]ᵀ', shapes: '(1, m)(m, 4) -> (1, 4)' },
      { formula: 'db[2] = (1/m) Σ dZ[2]', shapes: '(1, m) -> (1, 1)' },
      { formula: 'dA[1] = W[2]ᵀ dZ[2]', shapes: '(4, 1)(1, m) -> (4, m)' },
    ]);
    assert.deepEqual(table.layers[0].backward, [
      { formula: "dZ[1] = dA[1] * tanh'(Z[1])", shapes: '(4, m) * (4, m) -> (4, m)' },
      { formula: 'dW[1] = (1/m) dZ[1] A[0]ᵀ', shapes: '(4, m)(m, 2) -> (4, 2)' },
      { formula: 'db[1] = (1/m) Σ dZ[1]', shapes: '(4, m) -> (4, 1)' },
      { formula: 'dA[0] = W[1]ᵀ dZ[1]', shapes: '(2, 4)(4, m) -> (2, m)' },
    ]);
  });
});

describe('shape table, rows layout (CS231n)', () => {
  const { spec: s, ranges } = spec('rows');
  const { table, diagnostics } = checkShapes(s!, ranges, { n0: 2, nY: 1, m: 400 });

  test('every matrix is the transpose of the columns layout', () => {
    assert.deepEqual(diagnostics, []);
    const l1 = table.layers[0];
    assert.deepEqual(dims(table.X), [400, 2]);
    assert.deepEqual(symbols(l1.W), ['n[0]', 'n[1]']);
    assert.deepEqual(dims(l1.W), [2, 4]);
    assert.deepEqual(dims(l1.b), [1, 4]);
    assert.deepEqual(dims(l1.Z), [400, 4]);
    assert.deepEqual(dims(l1.dW), [2, 4]);
    assert.deepEqual(dims(l1.db), [1, 4]);
    assert.deepEqual(dims(l1.dAprev), [400, 2]);
    assert.deepEqual(dims(table.Y), [400, 1]);
    assert.equal(table.totalParameters, 17);
  });

  test('equations written as A W + b', () => {
    assert.deepEqual(table.layers[0].forward[0], {
      formula: 'Z[1] = A[0] W[1] + b[1]',
      shapes: '(m, 2)(2, 4) + (1, 4) -> (m, 4)',
    });
    assert.deepEqual(table.layers[0].backward.slice(1), [
      { formula: 'dW[1] = (1/m) A[0]ᵀ dZ[1]', shapes: '(2, m)(m, 4) -> (2, 4)' },
      { formula: 'db[1] = (1/m) Σ dZ[1]', shapes: '(m, 4) -> (1, 4)' },
      { formula: 'dA[0] = dZ[1] W[1]ᵀ', shapes: '(m, 4)(4, 2) -> (m, 2)' },
    ]);
  });
});

describe('shape table variants', () => {
  test('without data: m stays symbolic, n[0] from network.input', () => {
    const { spec: s, ranges } = spec('columns');
    const { table } = checkShapes(s!, ranges);
    assert.equal(table.m, undefined);
    assert.deepEqual(dims(table.layers[0].Z), [4, 'm']);
    assert.equal(table.n0, 2);
  });

  test('without data or input: n[0] unknown, parameters NaN', () => {
    const r = parseSpec(`data: {generate: {kind: xor, samples: 4}}
network: {layers: [{units: 3, activation: relu}, {units: 1, activation: sigmoid}]}
loss: binary_cross_entropy
training: {iterations: 1, learning_rate: 0.1}
`);
    const { table } = checkShapes(r.spec!, r.ranges);
    assert.equal(table.n0, undefined);
    assert.deepEqual(dims(table.layers[0].W), [3, 'n[0]']);
    assert.equal(table.layers[0].forward[0].shapes, '(3, n[0])(n[0], m) + (3, 1) -> (3, m)');
    assert.ok(Number.isNaN(table.layers[0].parameters));
    assert.equal(table.layers[1].parameters, 4);
  });

  test('n[0] from an explicit W[1] when nothing else gives it', () => {
    const r = parseSpec(`data: {generate: {kind: xor, samples: 4}}
network: {layers: [{units: 2, activation: relu, W: [[1, 2, 3], [4, 5, 6]]}, {units: 1, activation: sigmoid}]}
loss: binary_cross_entropy
training: {iterations: 1, learning_rate: 0.1}
`);
    const { table, diagnostics } = checkShapes(r.spec!, r.ranges);
    assert.deepEqual(diagnostics, []);
    assert.equal(table.n0, 3);
  });

  test("mse with a linear output: dA[L] from the loss, then dZ[L] = dA[L] * linear'(Z[L])", () => {
    const r = parseSpec(`data: {generate: {kind: linear, samples: 4}}
network: {input: 1, layers: [{units: 1, activation: linear}]}
loss: mse
training: {iterations: 1, learning_rate: 0.1, regularization: {l2: 0.5}}
`);
    const { table } = checkShapes(r.spec!, r.ranges);
    assert.deepEqual(table.layers[0].backward.slice(0, 3), [
      { formula: 'dA[1] = A[1] - Y', shapes: '(1, m) - (1, m) -> (1, m)' },
      { formula: "dZ[1] = dA[1] * linear'(Z[1])", shapes: '(1, m) * (1, m) -> (1, m)' },
      { formula: 'dW[1] = (1/m) dZ[1] A[0]ᵀ + (λ/m) W[1]', shapes: '(1, m)(m, 1) + (1, 1) -> (1, 1)' },
    ]);
  });

  test('l1 regularization adds the sign term; softmax + cross_entropy combines', () => {
    const r = parseSpec(`data: {generate: {kind: spiral, samples: 300, classes: 3}}
network: {input: 2, layers: [{units: 8, activation: relu}, {units: 3, activation: softmax}]}
loss: cross_entropy
training: {iterations: 1, learning_rate: 0.1, regularization: {l1: 0.01}}
`);
    const { table, diagnostics } = checkShapes(r.spec!, r.ranges, { n0: 2, nY: 3, m: 300 });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(table.layers[1].backward[0], { formula: 'dZ[2] = A[2] - Y', shapes: '(3, m) - (3, m) -> (3, m)' });
    assert.equal(table.layers[1].backward[1].formula, 'dW[2] = (1/m) dZ[2] A[1]ᵀ + (λ/m) sign(W[2])');
    assert.equal(table.layers[0].forward[1].formula, 'A[1] = relu(Z[1])');
    assert.equal(table.totalParameters, 8 * 2 + 8 + 3 * 8 + 3);
  });
});

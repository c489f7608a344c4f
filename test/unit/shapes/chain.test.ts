// The forward chain with the shapes the file gives, and where n[0], n[l] and m come from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { flowerSpec, locate, within, XOR } from '../spec/helpers';
import { analyzed, EXAMPLES } from './fixTools';

const texts = (a: ReturnType<typeof analyzed>, layer: number) =>
  a.shapes!.chain!.steps[layer - 1].operands.map((o) => `${o.name} ${o.text}`);

describe('the forward chain', () => {
  test('a valid spec: every step fits, operands in the formula order with their shapes', () => {
    const a = analyzed(XOR);
    const chain = a.shapes!.chain!;
    assert.equal(chain.firstFailure, undefined);
    assert.deepEqual(
      chain.steps.map((s) => s.formula),
      ['Z[1] = W[1] A[0] + b[1]', 'Z[2] = W[2] A[1] + b[2]', 'A[2] - Y'],
    );
    assert.deepEqual(texts(a, 1), ['W[1] (4, 2)', 'A[0] (2, 4)', 'b[1] (4, 1)']);
    assert.deepEqual(texts(a, 2), ['W[2] (1, 4)', 'A[1] (4, m)', 'b[2] (1, 1)']);
    assert.equal(chain.steps[0].operands[1].written, true, 'inline X is written in the file');
    assert.equal(chain.steps[0].operands[0].written, false);
    assert.equal(chain.steps[0].result?.text, '(4, m)');
  });

  test('rows layout multiplies A[l-1] W[l]', () => {
    const a = analyzed(flowerSpec('rows'));
    assert.equal(a.shapes!.chain!.steps[0].formula, 'Z[1] = A[0] W[1] + b[1]');
    assert.deepEqual(texts(a, 1), ['A[0] (m, 2)', 'W[1] (2, 4)', 'b[1] (1, 4)']);
  });

  test('the first product that does not fit is marked, with what fails', () => {
    const a = analyzed(readFileSync(join(EXAMPLES, 'broken-shapes.nnspec'), 'utf8'));
    const chain = a.shapes!.chain!;
    assert.equal(chain.firstFailure, 1);
    assert.equal(chain.steps[1].failing, 'product');
    assert.equal(chain.steps[1].failure, 'Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4');
    assert.equal(chain.steps[1].operands[0].written, true);
  });

  test('a bias, a declared size and Y can be what does not fit', () => {
    const bias = analyzed(XOR.replace('activation: tanh', 'activation: tanh\n      b: [[0], [0], [0]]')).shapes!.chain!;
    assert.equal(bias.steps[0].failing, 'bias');
    assert.equal(bias.steps[0].failure, 'Z[1] = W[1] A[0] + b[1]: (4, 2)(2, 4) + (3, 1) — 4 ≠ 3');
    const units = analyzed(XOR.replace('activation: tanh', 'activation: tanh\n      W: [[1, 1], [1, 1], [1, 1]]'))
      .shapes!.chain!;
    assert.equal(units.steps[0].failing, 'bias');
    const declared = analyzed(
      XOR.replace('activation: tanh', 'activation: tanh\n      W: [[1, 1], [1, 1], [1, 1]]\n      b: [[0], [0], [0]]'),
    ).shapes!.chain!;
    assert.equal(declared.steps[0].failing, 'units');
    assert.equal(declared.steps[0].failure, 'Z[1] = W[1] A[0] + b[1]: (3, 2)(2, 4) + (3, 1) — 3 ≠ n[1] = 4');
    const output = analyzed(XOR.replace('    - units: 1', '    - units: 2')).shapes!.chain!;
    assert.equal(output.firstFailure, 2);
    assert.equal(output.steps[2].failure, 'A[2] - Y: (2, m) - (1, 4) — 2 ≠ 1');
  });
});

describe('where each dimension comes from', () => {
  const sources = (text: string) =>
    Object.fromEntries(analyzed(text).shapes!.sources!.map((s) => [s.symbol, { text: s.text, range: s.range }]));

  test('generated data, with a test split', () => {
    const text = flowerSpec().replace('samples: 400}', 'samples: 400}, test_split: 0.2');
    const s = sources(text);
    assert.deepEqual(s['n[0]'], {
      text: 'n[0] = 2 from data.generate: flower makes 2-D points',
      range: locate(text, 'flower'),
    });
    assert.deepEqual(s['n[1]'], { text: 'n[1] = 4 from layers[1].units', range: within(text, 'units: 4', '4') });
    assert.deepEqual(s['n[2]'], { text: 'n[2] = 1 from layers[2].units', range: within(text, 'units: 1', '1') });
    assert.deepEqual(s.m, {
      text: 'm = 320 from data.generate.samples, less 80 held out by test_split',
      range: locate(text, '400'),
    });
  });

  test('inline data in each layout', () => {
    const columns = sources(XOR);
    assert.equal(columns['n[0]'].text, 'n[0] = 2 from X, one row per feature');
    assert.equal(columns.m.text, 'm = 4 from X, one column per example');
    const rows = XOR.replace('layout: columns', 'layout: rows')
      .replace('X: [[0, 0, 1, 1],\n        [0, 1, 0, 1]]', 'X: [[0, 0], [0, 1], [1, 0], [1, 1]]')
      .replace('Y: [[0, 1, 1, 0]]', 'Y: [[0], [1], [1], [0]]');
    assert.equal(sources(rows)['n[0]'].text, 'n[0] = 2 from X, one column per feature');
    assert.deepEqual(sources(rows).m.range, locate(rows, '[[0, 0], [0, 1], [1, 0], [1, 1]]'));
  });

  test('CSV data', () => {
    const text = readFileSync(join(EXAMPLES, 'house-prices.nnspec'), 'utf8');
    const s = sources(text);
    assert.equal(s['n[0]'].text, 'n[0] = 2 from data.csv.features, 2 columns');
    assert.equal(s.m.text, 'm = 400 from the rows of data/houses.csv, less 100 held out by test_split');
  });

  test('without data that loads: network.input, or W[1]', () => {
    const missing = flowerSpec().replace(
      'data: {generate: {kind: flower, samples: 400}}',
      'data: {csv: {path: none.csv, features: [a], target: b}}',
    );
    assert.equal(sources(missing)['n[0]'].text, 'n[0] = 2 from network.input');
    const fromW = missing
      .replace('  input: 2\n', '')
      .replace('activation: tanh', 'activation: tanh\n      W: [[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]');
    assert.equal(sources(fromW)['n[0]'].text, 'n[0] = 3 from W[1], its columns');
    assert.equal(sources(fromW).m.text, 'm comes from the rows of none.csv');
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { diskIO } from '../../../src/node/dataFiles';
import { numericShape as formatShape } from '../../../src/core/shapes/dims';
import { layerHoverMarkdown, layerLensTitle, networkLensTitle } from '../../../src/core/shapes/hoverText';
import { flowerSpec } from '../spec/helpers';

const examples = join(__dirname, '..', '..', '..', 'examples');
const io = diskIO({ baseDir: examples });
const table = (text: string) => analyze(text, io).shapes!;

const flower = (layout: 'columns' | 'rows') => flowerSpec(layout, 40);

describe('formatShape', () => {
  test('uses numbers where known and symbols where not', () => {
    assert.equal(
      formatShape({
        name: 'W[1]',
        dims: [
          { symbol: 'n[1]', value: 4 },
          { symbol: 'n[0]', value: 2 },
        ],
      }),
      '(4, 2)',
    );
    assert.equal(formatShape({ name: 'Z[1]', dims: [{ symbol: 'n[1]', value: 4 }, { symbol: 'm' }] }), '(4, m)');
  });
});

describe('CodeLens titles', () => {
  // 2-4-1: W[1] is 4×2 and b[1] 4×1 (12 numbers); W[2] is 1×4 and b[2] 1×1 (5 numbers).
  test('columns layout: W[l] is (n[l], n[l-1]), b[l] is (n[l], 1)', () => {
    const t = table(flower('columns'));
    assert.deepEqual(t.layers.map(layerLensTitle), [
      'W[1] (4, 2) · b[1] (4, 1) · 12 parameters',
      'W[2] (1, 4) · b[2] (1, 1) · 5 parameters',
    ]);
    assert.equal(networkLensTitle(t), '17 parameters in 2 layers');
  });

  test('rows layout: the same matrices transposed', () => {
    const t = table(flower('rows'));
    assert.deepEqual(t.layers.map(layerLensTitle), [
      'W[1] (2, 4) · b[1] (1, 4) · 12 parameters',
      'W[2] (4, 1) · b[2] (1, 1) · 5 parameters',
    ]);
  });

  test('one unit and one parameter are singular', () => {
    const t = table(`
data:
  inline: { X: [[1, 2, 3]], Y: [[2, 4, 6]] }
network:
  layers:
    - units: 1
      activation: linear
      W: [[0.5]]
loss: mse
training: { iterations: 5, learning_rate: 0.1 }
`);
    assert.equal(layerLensTitle(t.layers[0]), 'W[1] (1, 1) · b[1] (1, 1) · 2 parameters');
    assert.equal(networkLensTitle(t), '2 parameters in 1 layer');
  });
});

describe('layerHoverMarkdown', () => {
  test('names the layer and lists its matrices and equations in a code block', () => {
    const t = table(flower('columns'));
    const md = layerHoverMarkdown(t.layers[0], t.layout);
    assert.match(md, /^\*\*Layer 1\*\* — 4 units, tanh, 12 parameters/);
    assert.match(md, /```text\n/);
    assert.match(md, /W\[1\] +\(4, 2\) +\(n\[1\], n\[0\]\)/);
    assert.match(md, /Z\[1\] +\(4, 40\)/);
    for (const e of [...t.layers[0].forward, ...t.layers[0].backward]) assert.ok(md.includes(e.formula), e.formula);
  });

  test('leads with the mismatch when the layer has one', () => {
    const t = table(readFileSync(join(examples, 'broken-shapes.nnspec'), 'utf8'));
    const md = layerHoverMarkdown(t.layers[1], t.layout);
    assert.ok(md.includes('⚠ W[2] must be (1, 4)'), md);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { layerIndexAt, toZeroBased } from '../../../src/core/spec/positions';
import { parseSpec } from '../../../src/core/spec';

describe('toZeroBased', () => {
  test('shifts every coordinate of a 1-based range down by one, end still exclusive', () => {
    assert.deepEqual(toZeroBased({ line: 21, column: 10, endLine: 21, endColumn: 26 }), {
      startLine: 20,
      startCharacter: 9,
      endLine: 20,
      endCharacter: 25,
    });
  });

  test('keeps a multi-line range multi-line', () => {
    assert.deepEqual(toZeroBased({ line: 3, column: 1, endLine: 7, endColumn: 12 }), {
      startLine: 2,
      startCharacter: 0,
      endLine: 6,
      endCharacter: 11,
    });
  });
});

describe('layerIndexAt', () => {
  const text = [
    'data:',
    '  generate:',
    '    kind: xor',
    '    samples: 40',
    'network:',
    '  layers:',
    '    - units: 4',
    '      activation: tanh',
    '    - units: 1',
    '      activation: sigmoid',
    'loss: binary_cross_entropy',
    'training:',
    '  iterations: 10',
    '  learning_rate: 1',
  ].join('\n');
  const { ranges } = parseSpec(text);

  test('finds the list entry under a position, including the "- " before units', () => {
    assert.equal(layerIndexAt(ranges, 6, 4), 0); // on the dash of the first entry
    assert.equal(layerIndexAt(ranges, 6, 8), 0); // on "units"
    assert.equal(layerIndexAt(ranges, 7, 20), 0); // on "tanh"
    assert.equal(layerIndexAt(ranges, 8, 10), 1);
    assert.equal(layerIndexAt(ranges, 9, 20), 1); // on "sigmoid"
  });

  test('is undefined outside the layers', () => {
    assert.equal(layerIndexAt(ranges, 2, 6), undefined);
    assert.equal(layerIndexAt(ranges, 10, 2), undefined);
    assert.equal(layerIndexAt(ranges, 4, 2), undefined);
  });
});

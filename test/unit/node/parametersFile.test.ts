import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatParameters, parametersPath } from '../../../src/node/parametersFile';

test('the parameters file sits beside the spec and is named after it', () => {
  assert.equal(parametersPath('/w/nets/xor.nnspec'), '/w/nets/xor.parameters.json');
  assert.equal(parametersPath('/w/planar.flower.nnspec'), '/w/planar.flower.parameters.json');
});

test('the JSON reads back to the same matrices, one row per line', () => {
  const params = {
    W1: [
      [0.5, -1.25],
      [3e-9, 2],
    ],
    b1: [[0], [-0.1]],
    W2: [[1, 2]],
    b2: [[0.75]],
  };
  const text = formatParameters(params);
  assert.deepEqual(JSON.parse(text), params);
  assert.deepEqual(Object.keys(JSON.parse(text)), ['W1', 'b1', 'W2', 'b2']);
  const lines = text.split('\n');
  assert.ok(lines.includes('    [0.5,-1.25],'), text);
  assert.ok(lines.includes('    [3e-9,2]'), text);
});

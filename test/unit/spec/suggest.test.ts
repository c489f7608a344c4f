import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closest, editDistance } from '../../../src/core/spec/suggest';

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swaps', () => {
    assert.equal(editDistance('relu', 'relu'), 0);
    assert.equal(editDistance('rellu', 'relu'), 1); // one deletion
    assert.equal(editDistance('tahn', 'tanh'), 1); // one swap
    assert.equal(editDistance('sigmod', 'sigmoid'), 1); // one insertion
    assert.equal(editDistance('kitten', 'sitting'), 3); // the textbook example
    assert.equal(editDistance('', 'abc'), 3);
  });
});

describe('closest', () => {
  const activations = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear', 'softmax'];
  test('finds a likely typo', () => {
    assert.equal(closest('rellu', activations), 'relu');
    assert.equal(closest('softmx', activations), 'softmax');
    assert.equal(closest('learning_rat', ['iterations', 'epochs', 'learning_rate']), 'learning_rate');
  });
  test('ignores case, dashes and spaces', () => {
    assert.equal(closest('ReLU', activations), 'relu');
    assert.equal(closest('leaky-relu', activations), 'leaky_relu');
    assert.equal(closest('x', ['X', 'Y']), 'X');
  });
  test('offers nothing for a word that is not close', () => {
    assert.equal(closest('banana', activations), undefined);
    assert.equal(closest('gelu', ['sigmoid', 'tanh']), undefined);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCost, statusText } from '../../../src/extension/statusText';

test('shows step, cost and accuracy of the latest step', () => {
  assert.equal(statusText('running', 1200, 10000, { step: 1199, cost: 0.26314, accuracy: 0.9125, gradNorms: [] }), '$(sync~spin) nnspec 1200/10000 · J 0.2631 · acc 91.3%');
  assert.equal(statusText('paused', 3, 10, { step: 2, cost: 12.5, gradNorms: [] }), '$(debug-pause) nnspec 3/10 · J 12.5000');
  assert.equal(statusText('idle', 0, 10), '$(circle-outline) nnspec 0/10');
});

test('costs far from 1 use exponents; non-finite costs are shown as they are', () => {
  assert.equal(formatCost(0.000123), '1.230e-4');
  assert.equal(formatCost(2.5e7), '2.500e+7');
  assert.equal(formatCost(0), '0.0000');
  assert.equal(formatCost(Number.NaN), 'NaN');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCost, statusText, stepText } from '../../../src/core/runText';

test('shows the last step run (numbered from 0, as the panel does), its cost and accuracy', () => {
  // 1200 steps run: steps 0..1199 of 0..9999, the last one's J_1199.
  assert.equal(
    statusText('running', 1200, 10000, { step: 1199, cost: 0.26314, accuracy: 0.9125, gradNorms: [] }),
    '$(sync~spin) nnspec step 1199/9999 · J 0.2631 · acc 91.3%',
  );
  assert.equal(
    statusText('paused', 3, 10, { step: 2, cost: 12.5, gradNorms: [] }),
    '$(debug-pause) nnspec step 2/9 · J 12.5000',
  );
  assert.equal(statusText('idle', 0, 10), '$(circle-outline) nnspec steps 0–9');
  assert.equal(stepText(10000, 10000), 'step 9999/9999');
});

test('costs far from 1 use exponents; non-finite costs are shown as they are', () => {
  assert.equal(formatCost(0.000123), '1.230e-4');
  assert.equal(formatCost(2.5e7), '2.500e+7');
  assert.equal(formatCost(0), '0.0000');
  assert.equal(formatCost(Number.NaN), 'NaN');
});

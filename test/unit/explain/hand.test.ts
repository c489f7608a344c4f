// A 2-1 logistic regression on two examples, worked out by hand, explained in both layouts.
// Example 1: x = (1, 0.5), y = 1; example 2: x = (-2, 3), y = 0; W = (0.2, -0.4), b = 0.1, α = 0.5.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explain, explainContext, type Explanation } from '../../../src/core/explain';
import type { Layout, OptimizerKind } from '../../../src/core/spec/types';
import { Trainer } from '../../../src/core/training/trainer';
import { makeDataset, makeSpec, matrix } from '../engine/fixtures';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const a1 = sigmoid(0.2 * 1 - 0.4 * 0.5 + 0.1);
const a2 = sigmoid(0.2 * -2 - 0.4 * 3 + 0.1);
const dW = [((a1 - 1) * 1 + a2 * -2) / 2, ((a1 - 1) * 0.5 + a2 * 3) / 2];
const db = (a1 - 1 + a2) / 2;

function logistic(layout: Layout, optimizer: OptimizerKind = 'gd', batchSize: 'full' | number = 'full') {
  const rows = layout === 'rows';
  const spec = makeSpec({
    layers: [{ units: 1, activation: 'sigmoid', W: rows ? [[0.2], [-0.4]] : [[0.2, -0.4]], b: [[0.1]] }],
    loss: 'binary_cross_entropy',
    layout,
    learningRate: 0.5,
    optimizer,
    batchSize,
    iterations: 3,
  });
  const trainer = new Trainer(spec, makeDataset(matrix(2, 2, [1, -2, 0.5, 3]), matrix(1, 2, [1, 0]), 'classification'));
  const snapshot = trainer.next(true)!.snapshot!;
  return (name: string): Explanation => {
    const r = explain(snapshot, explainContext(spec), name);
    if (!r.ok) throw new Error(r.error);
    return r.explanation;
  };
}

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${a} != ${b}`);

describe('a logistic regression explained by hand', () => {
  test('Z: the row of W times the column of X, plus b (columns)', () => {
    const x = logistic('columns')('Z[1][1,2]');
    assert.equal(x.formula, 'Z[1]₁,₂ = Σₖ W[1]₁,ₖ A[0]ₖ,₂ + b[1]₁');
    assert.equal(x.substituted, 'Z[1]₁,₂ = 0.2 · (-2) + (-0.4) · 3 + 0.1 = -1.5');
    assert.deepEqual(x.operands, ['W[1]', 'A[0]', 'b[1]']);
    assert.deepEqual(
      x.links.map((l) => l.name),
      ['W[1][1,1]', 'A[0][1,2]', 'W[1][1,2]', 'A[0][2,2]', 'b[1][1,1]'],
    );
    assert.deepEqual(x.highlights[0], { matrix: 'W', layer: 1, rows: [1, 1], cols: [1, 2] });
    assert.deepEqual(x.highlights[1], { matrix: 'A', layer: 0, rows: [1, 2], cols: [2, 2] });
  });

  test('Z: the row of X times the column of W, plus b (rows)', () => {
    const x = logistic('rows')('Z[1][2,1]');
    assert.equal(x.formula, 'Z[1]₂,₁ = Σₖ A[0]₂,ₖ W[1]ₖ,₁ + b[1]₁');
    assert.equal(x.substituted, 'Z[1]₂,₁ = (-2) · 0.2 + 3 · (-0.4) + 0.1 = -1.5');
    assert.deepEqual(x.highlights[0], { matrix: 'W', layer: 1, rows: [1, 2], cols: [1, 1] });
    assert.deepEqual(x.highlights[1], { matrix: 'A', layer: 0, rows: [2, 2], cols: [1, 2] });
  });

  test('A = σ(Z) and dZ = A − Y', () => {
    const e = logistic('columns');
    near(e('A[1][1,1]').value, a1);
    assert.equal(e('A[1][1,1]').substituted, 'A[1]₁,₁ = 1 / (1 + e^(−0.1)) = 0.524979');
    const dz = e('dZ[1][1,1]');
    assert.equal(dz.formula, 'dZ[1]₁,₁ = A[1]₁,₁ − Y₁,₁');
    assert.equal(dz.substituted, 'dZ[1]₁,₁ = 0.524979 − 1 = -0.475021');
    near(dz.value, a1 - 1);
    assert.deepEqual(
      dz.links.map((l) => l.name),
      ['A[1][1,1]', 'Y[1,1]'],
    );
  });

  test('dA[1] from the loss: −(Y/A − (1 − Y)/(1 − A)), the zero term left out', () => {
    const e = logistic('columns');
    near(e('dA[1][1,1]').value, -1 / a1);
    near(e('dA[1][1,2]').value, 1 / (1 - a2));
    assert.equal(e('dA[1][1,2]').substituted, 'dA[1]₁,₂ = (1 − 0) / (1 − 0.182426) = 1.22313');
  });

  test('dW and db: averages over the batch, in each layout’s order', () => {
    const cols = logistic('columns')('dW[1][1,1]');
    assert.equal(cols.formula, 'dW[1]₁,₁ = (1/m) Σᵢ dZ[1]₁,ᵢ A[0]₁,ᵢ');
    assert.equal(cols.substituted, 'dW[1]₁,₁ = (1/2) · ((-0.475021) · 1 + 0.182426 · (-2)) = -0.419936');
    near(cols.value, dW[0]);
    const rows = logistic('rows')('dW[1][2,1]');
    assert.equal(rows.formula, 'dW[1]₂,₁ = (1/m) Σᵢ A[0]ᵢ,₂ dZ[1]ᵢ,₁');
    assert.equal(rows.substituted, 'dW[1]₂,₁ = (1/2) · (0.5 · (-0.475021) + 3 · 0.182426) = 0.154883');
    near(rows.value, dW[1]);
    // The format page's order in both layouts: what is differentiated, then what it multiplies.
    assert.deepEqual(rows.operands, ['dZ[1]', 'A[0]']);
    const b = logistic('rows')('db[1][1,1]');
    assert.equal(b.substituted, 'db[1]₁ = (1/2) · (-0.475021 + 0.182426) = -0.146298');
    near(b.value, db);
  });

  test('a mini-batch of one: m = 1 and the example is the batch’s first', () => {
    const x = logistic('columns', 'gd', 1)('dW[1][1,1]');
    assert.match(x.substituted, /^dW\[1\]₁,₁ = \(1\/1\) · /);
    assert.throws(() => logistic('columns', 'gd', 1)('Z[1][1,2]'), /the column 1–1\./);
  });

  test('W+ by gradient descent, and W before it', () => {
    const e = logistic('columns');
    const after = e('W+[1][1,1]');
    assert.equal(after.formula, 'W+[1]₁,₁ = W[1]₁,₁ − α · dW[1]₁,₁');
    assert.equal(after.substituted, 'W+[1]₁,₁ = 0.2 − 0.5 · (-0.419936) = 0.409968');
    near(after.value, 0.2 - 0.5 * dW[0]);
    const before = e('W[1][1,1]');
    assert.equal(before.value, 0.2);
    assert.equal(before.lines[0].formula, 'W[1]₁,₁ = its initial value');
    assert.equal(before.lines[1].substituted, after.substituted);
  });

  test('W+ by momentum and by Adam at step 0 (moments start at 0)', () => {
    const m = logistic('columns', 'momentum')('W+[1][1,1]');
    assert.deepEqual(
      m.lines.map((l) => l.lhs),
      ['W+[1]₁,₁', 'vdW+[1]₁,₁'],
    );
    near(m.lines[1].value, 0.1 * dW[0]);
    near(m.value, 0.2 - 0.5 * 0.1 * dW[0]);
    assert.deepEqual(m.operands, ['W[1]', 'dW[1]', 'vdW[1]']);
    const a = logistic('columns', 'adam')('b+[1][1,1]');
    assert.equal(a.lines[0].formula, 'b+[1]₁ = b[1]₁ − α · v̂db[1]₁ / (√ŝdb[1]₁ + ε)');
    // After one step v̂ = db and ŝ = db², so the step is α·db/(|db| + ε): about α against the sign.
    near(a.lines[1].value, db);
    near(a.lines[2].value, db * db);
    near(a.value, 0.1 - (0.5 * db) / (Math.abs(db) + 1e-8));
  });

  test('J: one loss term per example, −log A where Y = 1 and −log(1 − A) where Y = 0', () => {
    const x = logistic('columns')('J');
    assert.equal(x.formula, 'J = −(1/m) Σᵢ [Y₁,ᵢ log A[1]₁,ᵢ + (1 − Y₁,ᵢ) log(1 − A[1]₁,ᵢ)]');
    assert.deepEqual(
      x.terms.map((t) => t.label),
      ['−log A[1]₁,₁', '−log(1 − A[1]₁,₂)'],
    );
    near(x.terms[0].value, -Math.log(a1));
    near(x.terms[1].value, -Math.log(1 - a2));
    near(x.value, -(Math.log(a1) + Math.log(1 - a2)) / 2);
    assert.equal(x.substituted, 'J = (1/2) · (0.644397 + 0.201413) = 0.422905');
  });
});

// What a student reads: the why of dZ[L] = A[L] − Y, "… and N more" for a wide layer, relu's
// slope, and the plain-text form the CLI prints.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explain, explainContext, type Explanation } from '../../../src/core/explain';
import { explanationText } from '../../../src/core/explain/text';
import type { Activation, Layout, LossKind } from '../../../src/core/spec/types';
import { Trainer } from '../../../src/core/training/trainer';
import type { Snapshot } from '../../../src/core/training/types';
import { randomData, makeSpec } from '../engine/fixtures';

interface Net {
  hidden: { units: number; activation: Activation }[];
  output: { units: number; activation: Activation };
  loss: LossKind;
  layout?: Layout;
  n0?: number;
  m?: number;
}

function explainer(n: Net): { snapshot: Snapshot; of: (name: string) => Explanation } {
  const spec = makeSpec({ layers: [...n.hidden, n.output], loss: n.loss, layout: n.layout, initScale: 1, seed: 3 });
  const trainer = new Trainer(spec, randomData(n.n0 ?? 2, n.output.units, n.m ?? 5, n.loss, 4));
  const snapshot = trainer.next(true)!.snapshot!;
  return {
    snapshot,
    of(name) {
      const r = explain(snapshot, explainContext(spec), name);
      if (!r.ok) throw new Error(r.error);
      return r.explanation;
    },
  };
}

describe('the why of dZ[L] = A[L] − Y', () => {
  test('sigmoid + binary cross-entropy: the divisions cancel, and the long way gives the same number', () => {
    const { of } = explainer({ hidden: [], output: { units: 1, activation: 'sigmoid' }, loss: 'binary_cross_entropy' });
    const x = of('dZ[1][1,2]');
    assert.equal(x.formula, 'dZ[1]₁,₂ = A[1]₁,₂ − Y₁,₂');
    assert.match(x.notes[0], /^Why A − Y: with a sigmoid output and binary cross-entropy/);
    assert.match(x.notes[0], /σ'\(Z\) = A\(1 − A\), so dA · σ'\(Z\) = −Y\(1 − A\) \+ \(1 − Y\)A = A − Y/);
    const long = /= (-?[\d.e-]+)\.$/.exec(x.notes[1]);
    assert.ok(long, x.notes[1]);
    assert.ok(Math.abs(Number(long[1]) - x.value) <= 1e-5 * Math.abs(x.value), x.notes[1]);
    assert.match(x.notes[2], /gradient of m·J/);
  });

  test('softmax + cross-entropy: the one-hot Y sums to 1', () => {
    const { of } = explainer({ hidden: [], output: { units: 3, activation: 'softmax' }, loss: 'cross_entropy' });
    const x = of('dZ[1][2,4]');
    assert.match(x.notes[0], /^Why A − Y: with softmax and cross-entropy/);
    assert.match(x.notes[0], /Aᵢ Σₖ Yₖ − Yᵢ = Aᵢ − Yᵢ, because an example's Y \(one-hot\) sums to 1/);
    assert.match(x.notes[1], /^The long way for this entry: Aᵢ\(dAᵢ − Σₖ Aₖ dAₖ\)/);
  });

  test('elsewhere it is upstream × local, dA · g′(Z)', () => {
    const { of } = explainer({ hidden: [], output: { units: 1, activation: 'sigmoid' }, loss: 'mse' });
    const x = of('dZ[1][1,1]');
    assert.equal(x.formula, "dZ[1]₁,₁ = dA[1]₁,₁ · σ'(Z[1]₁,₁) = dA[1]₁,₁ · A[1]₁,₁ (1 − A[1]₁,₁)");
    assert.match(x.notes[0], /^Upstream × local: dA\[1\] from the loss/);
  });

  test('relu: its slope is 1 or 0, and the note says which side of 0 Z is on', () => {
    const { of, snapshot } = explainer({
      hidden: [{ units: 6, activation: 'relu' }],
      output: { units: 1, activation: 'sigmoid' },
      loss: 'binary_cross_entropy',
    });
    const z = snapshot.layers[0].Z;
    const k = z.data.findIndex((v) => v <= 0);
    assert.ok(k >= 0, 'no unit is off');
    const [i, j] = [Math.floor(k / z.cols) + 1, (k % z.cols) + 1];
    const x = of(`dZ[1][${i},${j}]`);
    assert.equal(x.formula, `dZ[1]${sub(i)},${sub(j)} = dA[1]${sub(i)},${sub(j)} · relu'(Z[1]${sub(i)},${sub(j)})`);
    assert.match(x.substituted, / · 0 = 0$/);
    assert.match(x.notes[1], /≤ 0\.$/);
    assert.ok(
      x.links.some((l) => l.name === `Z[1][${i},${j}]`),
      'Z is a link',
    );
  });
});

function sub(n: number): string {
  return [...String(n)].map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]).join('');
}

describe('wide sums', () => {
  test('a 32-unit layer shows the 6 largest products and "… and 26 more" with their sum', () => {
    const { of, snapshot } = explainer({
      hidden: [{ units: 32, activation: 'tanh' }],
      output: { units: 1, activation: 'sigmoid' },
      loss: 'binary_cross_entropy',
    });
    const x = of('Z[2][1,3]');
    assert.deepEqual(x.truncated && { shown: x.truncated.shown, more: x.truncated.more }, { shown: 6, more: 26 });
    assert.match(x.substituted, / \+ … and 26 more \(sum -?[\d.e-]+\) \+ -?[\d.e-]+ = -?[\d.e-]+$/);
    // From the snapshot: W[2]₁,ₖ A[1]ₖ,₃ for k = 1..32; the 6 shown are the largest, the rest add to the sum.
    const W = snapshot.layers[1].W.data;
    const A = snapshot.layers[0].A;
    const products = Array.from(W, (w, k) => w * A.data[k * A.cols + 2]);
    const bySize = [...products].sort((a, b) => Math.abs(b) - Math.abs(a));
    assert.deepEqual(
      x.terms.map((t) => t.value),
      bySize.slice(0, 6),
    );
    const rest = bySize.slice(6).reduce((s, p) => s + p, 0);
    assert.ok(Math.abs(x.truncated!.sum - rest) <= 1e-12 * bySize.reduce((s, p) => s + Math.abs(p), 0));
    assert.equal(x.highlights.find((h) => h.matrix === 'W')?.cols.join('–'), '1–32');
  });

  test('a sum of at most 8 terms is written out whole', () => {
    const { of } = explainer({
      hidden: [{ units: 8, activation: 'tanh' }],
      output: { units: 1, activation: 'sigmoid' },
      loss: 'binary_cross_entropy',
    });
    const x = of('Z[2][1,1]');
    assert.equal(x.truncated, undefined);
    assert.equal(x.terms.length, 8);
    assert.doesNotMatch(x.substituted, /more/);
  });
});

describe('the text the CLI prints', () => {
  test('the formula, the numbers and the result aligned, the notes, and where to go next', () => {
    const { of } = explainer({
      hidden: [{ units: 3, activation: 'tanh' }],
      output: { units: 1, activation: 'sigmoid' },
      loss: 'binary_cross_entropy',
    });
    const x = of('dZ[1][2,3]');
    const text = explanationText(x, 'net.nnspec').split('\n');
    assert.equal(text[0], `dZ[1][2,3] at step 0 of net.nnspec: ${x.value}`);
    assert.equal(text[2], "  dZ[1]₂,₃ = dA[1]₂,₃ · tanh'(Z[1]₂,₃) = dA[1]₂,₃ · (1 − A[1]₂,₃²)");
    assert.match(text[3], /^ {11}= \(?-?[\d.e-]+\)? · \(1 − \(?-?[\d.e-]+\)?²\)$/);
    assert.match(text[4], /^ {11}= -?[\d.e-]+$/);
    assert.ok(text.includes('  Reads dA[1], A[1].'), text.join('\n'));
    assert.ok(text.includes('  Walk back with --entry: dA[1][2,3], A[1][2,3].'), text.join('\n'));
  });

  test('J lists each example’s loss term; a long sum its largest terms', () => {
    const { of } = explainer({ hidden: [], output: { units: 1, activation: 'sigmoid' }, loss: 'binary_cross_entropy' });
    const text = explanationText(of('J'), 'net.nnspec').split('\n');
    const at = text.indexOf('  The 5 terms:');
    assert.ok(at > 0, text.join('\n'));
    for (const line of text.slice(at + 1, at + 6))
      assert.match(line, /^ {4}−log( A|\(1 − A)\[1\]₁,[₁-₅]\)? = .+ = [\d.e-]+$/);
    const wide = explainer({
      hidden: [{ units: 32, activation: 'tanh' }],
      output: { units: 1, activation: 'sigmoid' },
      loss: 'binary_cross_entropy',
    });
    assert.match(explanationText(wide.of('Z[2][1,1]'), 'net.nnspec'), /\n {2}The 6 largest terms of 32:\n {4}W\[2\]₁,/);
  });
});

// The engine against the naive reference implementation: costs, every Z/A/dA/dZ/dW/db and the
// parameters over several steps of each optimizer, to 1e-9 relative.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toArrays, transpose, fromArrays } from '../../../src/core/engine/matrix';
import { Trainer } from '../../../src/core/training/trainer';
import type { Activation, LossKind, OptimizerKind } from '../../../src/core/spec/types';
import { assertClose, lcg, makeSpec, randomData } from './fixtures';
import { refPass, RefOptimizer, type RefLayer, type Mat } from './reference';

interface Case {
  name: string;
  sizes: number[];
  activations: Activation[];
  loss: LossKind;
  reg?: { kind: 'l1' | 'l2'; lambda: number };
  batchSize?: number;
  layout?: 'columns' | 'rows';
}

const CASES: Case[] = [
  { name: '2-4-1 tanh/sigmoid BCE', sizes: [2, 4, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_cross_entropy' },
  {
    name: '3-5-3 relu/softmax CE, l2',
    sizes: [3, 5, 3],
    activations: ['relu', 'softmax'],
    loss: 'cross_entropy',
    reg: { kind: 'l2', lambda: 0.7 },
  },
  {
    name: '2-3-2-1 leaky/sigmoid/linear MSE, l1',
    sizes: [2, 3, 2, 1],
    activations: ['leaky_relu', 'sigmoid', 'linear'],
    loss: 'mse',
    reg: { kind: 'l1', lambda: 0.3 },
  },
  {
    name: '2-3-2 linear/tanh MSE, rows',
    sizes: [2, 3, 2],
    activations: ['linear', 'tanh'],
    loss: 'mse',
    layout: 'rows',
  },
  {
    name: '2-4-2 tanh/sigmoid BCE, two output units',
    sizes: [2, 4, 2],
    activations: ['tanh', 'sigmoid'],
    loss: 'binary_cross_entropy',
  },
  {
    name: '3-4-2 sigmoid/sigmoid CE (not fused)',
    sizes: [3, 4, 2],
    activations: ['sigmoid', 'sigmoid'],
    loss: 'cross_entropy',
  },
  {
    name: '2-4-3 relu/softmax CE, mini-batches of 4',
    sizes: [2, 4, 3],
    activations: ['relu', 'softmax'],
    loss: 'cross_entropy',
    batchSize: 4,
  },
];

function randomLayers(c: Case, seed: number): RefLayer[] {
  const rnd = lcg(seed);
  return c.activations.map((activation, i) => ({
    W: Array.from({ length: c.sizes[i + 1] }, () => Array.from({ length: c.sizes[i] }, () => rnd() * 2 - 1)),
    b: Array.from({ length: c.sizes[i + 1] }, () => rnd() - 0.5),
    activation,
    alpha: 0.05,
  }));
}

/** The file's form of a columns-oriented nested array. */
const inLayout = (a: Mat, layout: 'columns' | 'rows'): Mat =>
  layout === 'rows' ? toArrays(transpose(fromArrays(a))) : a;

const flat = (a: Mat): number[] => a.flat();

for (const optimizer of ['gd', 'momentum', 'adam'] as OptimizerKind[]) {
  describe(`engine = naive reference, ${optimizer}`, () => {
    for (const c of CASES) {
      test(c.name, () => {
        const layers = randomLayers(c, 11);
        const layout = c.layout ?? 'columns';
        const spec = makeSpec({
          layers: layers.map((l) => ({
            units: l.W.length,
            activation: l.activation,
            alpha: l.alpha,
            W: inLayout(l.W, layout),
            b: inLayout(
              l.b.map((v) => [v]),
              layout,
            ),
          })),
          loss: c.loss,
          layout,
          optimizer,
          learningRate: 0.3,
          iterations: 6,
          batchSize: c.batchSize ?? 'full',
          regularization: c.reg,
        });
        const data = randomData(c.sizes[0], c.sizes[c.sizes.length - 1], 10, c.loss, 5);
        const trainer = new Trainer(spec, data);
        const ref = new RefOptimizer(optimizer, 0.3);
        for (let t = 0; t < 6; t++) {
          const record = trainer.next(true);
          assert.ok(record?.snapshot, 'a snapshot was asked for');
          const snap = record.snapshot;
          const pass = refPass(layers, toArrays(snap.X), toArrays(snap.Y), c.loss, c.reg);
          assertClose([record.cost], [pass.cost], 1e-9, `J_${t}`);
          snap.layers.forEach((s, i) => {
            const l = i + 1;
            assertClose(s.W.data, flat(layers[i].W), 1e-12, `W[${l}] at step ${t}`);
            assertClose(s.b.data, layers[i].b, 1e-12, `b[${l}] at step ${t}`);
            assertClose(s.Z.data, flat(pass.Z[l]), 1e-9, `Z[${l}] at step ${t}`);
            assertClose(s.A.data, flat(pass.A[l]), 1e-9, `A[${l}] at step ${t}`);
            assertClose(s.dA.data, flat(pass.dA[l]), 1e-9, `dA[${l}] at step ${t}`);
            assertClose(s.dZ.data, flat(pass.dZ[l]), 1e-9, `dZ[${l}] at step ${t}`);
            assertClose(s.dW.data, flat(pass.dW[l]), 1e-9, `dW[${l}] at step ${t}`);
            assertClose(s.db.data, pass.db[l], 1e-9, `db[${l}] at step ${t}`);
            assert.ok(Math.abs(record.gradNorms[i] - Math.hypot(...flat(pass.dW[l]))) <= 1e-9 * record.gradNorms[i]);
          });
          ref.step(layers, pass);
        }
        trainer.parameters().forEach((p, i) => {
          assertClose(p.W.data, flat(layers[i].W), 1e-9, `final W[${i + 1}]`);
          assertClose(p.b.data, layers[i].b, 1e-9, `final b[${i + 1}]`);
        });
      });
    }
  });
}

// Property-based: for random small networks of every combination the format allows, backprop
// equals centred finite differences of J, and the two layouts give the same numbers transposed.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { transpose } from '../../../src/core/engine/matrix';
import { gradientCheck } from '../../../src/core/training/gradcheck';
import { toFileLayout } from '../../../src/core/layout';
import { Trainer } from '../../../src/core/training/trainer';
import type { Activation, LossKind } from '../../../src/core/spec/types';
import { lcg, makeSpec, randomData, type SpecOptions } from './fixtures';

const HIDDEN: Activation[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'];

/** Output activation and loss pairs: softmax only with cross_entropy. */
interface Output {
  activation: Activation;
  loss: LossKind;
  minUnits: number;
}
const OUTPUTS: Output[] = [
  { activation: 'sigmoid', loss: 'binary_cross_entropy', minUnits: 1 },
  { activation: 'softmax', loss: 'cross_entropy', minUnits: 2 },
  { activation: 'sigmoid', loss: 'cross_entropy', minUnits: 1 },
  ...HIDDEN.map((activation): Output => ({ activation, loss: 'mse', minUnits: 1 })),
];

const networkArb = fc.record({
  hidden: fc.array(fc.record({ units: fc.integer({ min: 1, max: 4 }), activation: fc.constantFrom(...HIDDEN) }), {
    maxLength: 2,
  }),
  output: fc.constantFrom(...OUTPUTS),
  outUnits: fc.integer({ min: 1, max: 3 }),
  n0: fc.integer({ min: 1, max: 3 }),
  m: fc.integer({ min: 1, max: 6 }),
  init: fc.constantFrom('random' as const, 'xavier' as const, 'he' as const),
  reg: fc.option(
    fc.record({
      kind: fc.constantFrom('l1' as const, 'l2' as const),
      lambda: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
    { nil: undefined },
  ),
  optimizer: fc.constantFrom('gd' as const, 'momentum' as const, 'adam' as const),
  seed: fc.integer({ min: 0, max: 1000 }),
});

type Net = typeof networkArb extends fc.Arbitrary<infer T> ? T : never;

function specOf(n: Net): SpecOptions {
  return {
    layers: [
      ...n.hidden.map((h) => ({ ...h, alpha: 0.07 })),
      { units: Math.max(n.outUnits, n.output.minUnits), activation: n.output.activation },
    ],
    loss: n.output.loss,
    init: n.init,
    initScale: 0.8,
    seed: n.seed,
    regularization: n.reg,
    optimizer: n.optimizer,
    learningRate: 0.05,
    iterations: 4,
  };
}

/** True when no relu/leaky_relu unit sits within δ of its kink (finite differences would straddle it). */
function awayFromKinks(n: Net, trainer: Trainer): boolean {
  const snap = trainer.next(true)!.snapshot!;
  return snap.layers.every((layer, i) => {
    const act = i < n.hidden.length ? n.hidden[i].activation : n.output.activation;
    if (act !== 'relu' && act !== 'leaky_relu') return true;
    return layer.Z.data.every((z) => Math.abs(z) > 1e-3);
  });
}

describe('properties', () => {
  test('backprop = centred finite differences of J (every activation, loss, regularisation)', () => {
    fc.assert(
      fc.property(networkArb, (n) => {
        const spec = makeSpec(specOf(n));
        const units = spec.network.layers[spec.network.layers.length - 1].units;
        const data = randomData(n.n0, units, n.m, spec.loss, n.seed + 1);
        fc.pre(awayFromKinks(n, new Trainer(spec, data)));
        for (const r of gradientCheck(spec, data)) {
          assert.ok(
            r.relativeError < 1e-6 || r.maxAbsDiff < 1e-10,
            `${r.param}[${r.layer}]: relative error ${r.relativeError}, max |diff| ${r.maxAbsDiff}`,
          );
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  test('rows and columns give the same numbers, transposed', () => {
    fc.assert(
      fc.property(networkArb, fc.boolean(), (n, explicit) => {
        const options = specOf(n);
        const rnd = lcg(n.seed);
        let nPrev = n.n0;
        if (explicit) {
          for (const layer of options.layers) {
            layer.W = Array.from({ length: layer.units }, () => Array.from({ length: nPrev }, () => rnd() - 0.5));
            layer.b = Array.from({ length: layer.units }, () => [rnd() - 0.5]);
            nPrev = layer.units;
          }
        }
        const columns = makeSpec({ ...options, layout: 'columns' });
        const rowsOptions = {
          ...options,
          layout: 'rows' as const,
          layers: options.layers.map((l) => ({
            ...l,
            W: l.W && l.W[0].map((_, j) => l.W!.map((row) => row[j])),
            b: l.b && [l.b.map((row) => row[0])],
          })),
        };
        const rows = makeSpec(rowsOptions);
        const units = options.layers[options.layers.length - 1].units;
        const data = randomData(n.n0, units, n.m, options.loss, n.seed + 2);
        const a = new Trainer(columns, data);
        const b = new Trainer(rows, data);
        for (let t = 0; t < 3; t++) {
          const ra = a.next(true)!;
          const rb = b.next(true)!;
          assert.equal(ra.cost, rb.cost);
          ra.snapshot!.layers.forEach((la, i) => {
            const lb = rb.snapshot!.layers[i];
            for (const key of ['W', 'b', 'Z', 'A', 'dA', 'dZ', 'dW', 'db'] as const) {
              // The file's view of each layout: rows shows the transpose of columns.
              assert.deepEqual(
                toFileLayout(lb[key], 'rows'),
                toFileLayout(transpose(la[key]), 'columns'),
                `${key}[${i + 1}]`,
              );
            }
          });
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

// Property-based: over random networks (every activation, loss, optimizer and regulariser, both
// layouts, mini-batches), every kind of entry's explanation is consistent with the engine:
// its value is the engine's number, its operands are the snapshot's entries, and evaluating its
// terms (independently, from the leaves up) reproduces the value to 1e-12 relative.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Matrix } from '../../../src/core/engine/matrix';
import { explain, explainContext, type Explanation } from '../../../src/core/explain';
import { LARGEST_SHOWN } from '../../../src/core/explain/sum';
import type { EntryRef, MatrixName } from '../../../src/core/explain/types';
import { toFileLayout } from '../../../src/core/layout';
import type { Activation, Layout, LossKind } from '../../../src/core/spec/types';
import { Trainer } from '../../../src/core/training/trainer';
import type { Snapshot } from '../../../src/core/training/types';
import { lcg, makeSpec, randomData } from '../engine/fixtures';
import { closeTo, engineValue, evaluate, leaves, magnitude } from './evaluate';

const HIDDEN: Activation[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'];
const OUTPUTS: { activation: Activation; loss: LossKind; minUnits: number }[] = [
  { activation: 'sigmoid', loss: 'binary_cross_entropy', minUnits: 1 },
  { activation: 'softmax', loss: 'cross_entropy', minUnits: 2 },
  { activation: 'sigmoid', loss: 'cross_entropy', minUnits: 1 },
  // Allowed with a warning (A may leave (0, 1), giving NaN, which the explanation must reproduce too).
  { activation: 'tanh', loss: 'binary_cross_entropy', minUnits: 1 },
  // Rejected by the checker but run by the engine: softmax's own Jacobian in dZ.
  { activation: 'softmax', loss: 'mse', minUnits: 2 },
  ...HIDDEN.map((activation) => ({ activation, loss: 'mse' as const, minUnits: 1 })),
];

const networkArb = fc.record({
  hidden: fc.array(fc.record({ units: fc.integer({ min: 1, max: 10 }), activation: fc.constantFrom(...HIDDEN) }), {
    maxLength: 2,
  }),
  output: fc.constantFrom(...OUTPUTS),
  outUnits: fc.integer({ min: 1, max: 4 }),
  n0: fc.integer({ min: 1, max: 10 }),
  m: fc.integer({ min: 1, max: 12 }),
  batch: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  layout: fc.constantFrom<Layout>('columns', 'rows'),
  reg: fc.option(
    fc.record({
      kind: fc.constantFrom('l1' as const, 'l2' as const),
      lambda: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
    { nil: undefined },
  ),
  optimizer: fc.constantFrom('gd' as const, 'momentum' as const, 'adam' as const),
  step: fc.integer({ min: 0, max: 3 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});
type Net = typeof networkArb extends fc.Arbitrary<infer T> ? T : never;

const LAYER_MATRICES: MatrixName[] = ['W', 'b', 'W+', 'b+', 'Z', 'A', 'dA', 'dZ', 'dW', 'db'];

/** Two random entries of every matrix of every layer, X's and Y's, and J. */
function entries(s: Snapshot, layout: Layout, seed: number): (EntryRef | 'J')[] {
  const rnd = lcg(seed);
  const out: (EntryRef | 'J')[] = ['J'];
  const pick = (matrix: MatrixName, layer: number, m: Matrix) => {
    const a = toFileLayout(m, layout);
    for (let k = 0; k < 2; k++) {
      const [row, col] = [1 + Math.floor(rnd() * a.length), 1 + Math.floor(rnd() * a[0].length)];
      const name = matrix === 'Y' ? `Y[${row},${col}]` : `${matrix}[${layer}][${row},${col}]`;
      out.push({ name, matrix, layer, row, col });
    }
  };
  pick('A', 0, s.X);
  pick('Y', s.layers.length, s.Y);
  s.layers.forEach((l, i) => {
    for (const matrix of LAYER_MATRICES) {
      pick(matrix, i + 1, matrix === 'W+' ? l.W : matrix === 'b+' ? l.b : l[matrix as keyof typeof l]);
    }
  });
  return out;
}

/** Runs steps 0..T; the snapshot of the last step run (T, or the step where the run diverged). */
function runTo(n: Net): { trainer: Trainer; snapshot: Snapshot; spec: ReturnType<typeof makeSpec> } {
  const units = Math.max(n.outUnits, n.output.minUnits);
  const spec = makeSpec({
    layers: [...n.hidden.map((h) => ({ ...h, alpha: 0.07 })), { units, activation: n.output.activation }],
    loss: n.output.loss,
    layout: n.layout,
    initScale: 0.8,
    seed: n.seed,
    regularization: n.reg,
    optimizer: n.optimizer,
    learningRate: 0.05,
    batchSize: n.batch ?? 'full',
    iterations: n.step + 1,
  });
  const trainer = new Trainer(spec, randomData(n.n0, units, n.m, spec.loss, n.seed + 1));
  let snapshot: Snapshot | undefined;
  for (let r = trainer.next(true); r; r = trainer.next(true)) snapshot = r.snapshot;
  return { trainer, snapshot: snapshot!, spec };
}

function checkExplanation(
  x: Explanation,
  expected: number,
  s: Snapshot,
  after: { W: Matrix; b: Matrix }[],
  layout: Layout,
) {
  const what = `${x.entry}: ${x.substituted}`;
  assert.ok(Object.is(x.value, expected) || x.value === expected, `${what}: value ${x.value} != engine ${expected}`);
  const lines = x.lines;
  lines.forEach((line, k) => {
    const v = evaluate(line.expr, lines);
    const scale = magnitude(line.expr, lines);
    assert.ok(closeTo(v, line.value, scale, 1e-12), `${what}: line ${k} evaluates to ${v}, shows ${line.value}`);
    for (const leaf of leaves(line.expr)) {
      if (leaf.ref) {
        const engine = engineValue(s, after, leaf.ref, layout);
        assert.ok(Object.is(leaf.value, engine) || leaf.value === engine, `${what}: ${leaf.ref.name} is ${engine}`);
      }
      if (leaf.line !== undefined) assert.ok(closeTo(leaf.value, evaluate(lines[leaf.line].expr, lines), scale, 1e-12));
    }
  });
  assert.ok(x.formula.startsWith(lines[0].lhs), what);
  assert.ok(x.operands.length > 0, what);
  for (const link of x.links) {
    const inside = x.highlights.some(
      (h) =>
        h.matrix === link.matrix &&
        h.layer === link.layer &&
        h.rows[0] <= link.row &&
        link.row <= h.rows[1] &&
        h.cols[0] <= link.col &&
        link.col <= h.cols[1],
    );
    assert.ok(inside, `${what}: link ${link.name} is not highlighted`);
  }
  if (x.truncated) {
    assert.equal(x.terms.length, LARGEST_SHOWN, what);
    const smallest = Math.min(...x.terms.map((t) => Math.abs(t.value)));
    const bound = x.truncated.more * smallest * (1 + 1e-12);
    assert.ok(Number.isNaN(smallest) || Math.abs(x.truncated.sum) <= bound, `${what}: not the largest terms`);
  }
}

describe('explanations of random networks', () => {
  test('every kind of entry: the engine’s value, the snapshot’s operands, terms that add up to 1e-12', () => {
    let explained = 0;
    let truncated = 0;
    fc.assert(
      fc.property(networkArb, (n) => {
        const { trainer, snapshot, spec } = runTo(n);
        const context = explainContext(spec);
        const after = trainer.parameters();
        for (const e of entries(snapshot, n.layout, n.seed)) {
          const name = e === 'J' ? 'J' : e.name;
          const result = explain(snapshot, context, name);
          if (e !== 'J' && (e.matrix === 'W+' || e.matrix === 'b+') && !snapshot.update) {
            assert.ok(!result.ok && /diverged/.test(result.error), name);
            continue;
          }
          assert.ok(result.ok, `${name}: ${result.ok ? '' : result.error}`);
          const expected = e === 'J' ? snapshot.cost : engineValue(snapshot, after, e, n.layout);
          checkExplanation(result.explanation, expected, snapshot, after, n.layout);
          explained++;
          if (result.explanation.truncated) truncated++;
        }
      }),
      { numRuns: 150, seed: 20261208 },
    );
    // The runs must reach the "… and N more" sums too, or the bound above was never tried.
    assert.ok(truncated > 50, `only ${truncated} of ${explained} explanations were truncated`);
  });
});

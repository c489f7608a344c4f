// A kept step's snapshot is computed again on request from θ_t, the optimizer's moments and the
// step's examples: it must equal, bit for bit, the snapshot taken while the step ran, and asking
// for it must not change the run.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MESSAGE_BYTES, sampleSnapshot } from '../../../src/core/messageBudget';
import type { Activation, LossKind, OptimizerKind } from '../../../src/core/spec/types';
import { Trainer } from '../../../src/core/training/trainer';
import type { Snapshot } from '../../../src/core/training/types';
import { divergedTrainer, makeSpec, overflowingTrainer, randomData, type SpecOptions } from '../engine/fixtures';

interface Case {
  name: string;
  hidden: Activation;
  output: Activation;
  loss: LossKind;
  nL: number;
  optimizer: OptimizerKind;
  batchSize: 'full' | number;
  regularization?: SpecOptions['regularization'];
}

const cases: Case[] = [
  {
    name: 'tanh/sigmoid, gd, full batch',
    hidden: 'tanh',
    output: 'sigmoid',
    loss: 'binary_cross_entropy',
    nL: 1,
    optimizer: 'gd',
    batchSize: 'full',
  },
  {
    name: 'relu/softmax, momentum, batches of 3',
    hidden: 'relu',
    output: 'softmax',
    loss: 'cross_entropy',
    nL: 3,
    optimizer: 'momentum',
    batchSize: 3,
  },
  {
    name: 'leaky relu/linear mse, Adam, batches of 4, L2',
    hidden: 'leaky_relu',
    output: 'linear',
    loss: 'mse',
    nL: 2,
    optimizer: 'adam',
    batchSize: 4,
    regularization: { kind: 'l2', lambda: 0.3 },
  },
  {
    name: 'sigmoid/sigmoid, gd, batches of 2, L1',
    hidden: 'sigmoid',
    output: 'sigmoid',
    loss: 'binary_cross_entropy',
    nL: 1,
    optimizer: 'gd',
    batchSize: 2,
    regularization: { kind: 'l1', lambda: 0.1 },
  },
];

/** `replaySteps`: undefined for the default (these small networks run up to 64 steps from a checkpoint). */
function twins(c: Case, steps: number, replaySteps?: number): [Trainer, Trainer] {
  const spec = makeSpec({
    layers: [
      { units: 4, activation: c.hidden },
      { units: c.nL, activation: c.output },
    ],
    loss: c.loss,
    optimizer: c.optimizer,
    batchSize: c.batchSize,
    regularization: c.regularization,
    iterations: steps,
    learningRate: 0.05,
  });
  const data = randomData(3, c.nL, 7, c.loss, 11);
  // Small budgets, so that thinning drops and keeps steps while the run goes on.
  const history = { first: 3, last: 4, thinned: 5, replaySteps };
  return [new Trainer(spec, data, { history }), new Trainer(spec, data, { history })];
}

describe('replayed snapshots', () => {
  for (const [c, replaySteps] of cases.flatMap((c) => [0, 5, undefined].map((r) => [c, r] as const))) {
    const from = replaySteps === undefined ? 'the default' : `${replaySteps}`;
    test(`equal the snapshots taken during the run, bit for bit (${c.name}; steps replayed: ${from})`, () => {
      const [taking, replaying] = twins(c, 60, replaySteps);
      const taken: Snapshot[] = [];
      for (let r = taking.next(true); r; r = taking.next(true)) taken.push(r.snapshot!);
      // Asked for in the middle of the run too: replaying must leave the run as it was.
      for (let r = replaying.next(); r; r = replaying.next()) {
        if (r.step % 7 !== 3) continue;
        const t = replaying.history.snapshotSteps().at(-1)!;
        assert.deepStrictEqual(replaying.snapshot(t), taken[t], `step ${t}, asked at step ${r.step}`);
      }
      const steps = replaying.history.snapshotSteps();
      assert.ok(steps.length >= 10, `${steps.length} steps kept`);
      const checkpoints = new Set(steps.map((t) => replaying.history.kept(t)!.from));
      if (replaySteps === 0) assert.equal(checkpoints.size, steps.length, 'a checkpoint for every kept step');
      else if (replaySteps === undefined) assert.equal(checkpoints.size, 1, 'all 60 steps run from step 0');
      else assert.ok(checkpoints.size < steps.length, `${checkpoints.size} checkpoints for ${steps.length} steps`);
      for (const t of steps) {
        const point = replaying.history.kept(t)!;
        assert.ok(t - point.from.step <= (replaySteps ?? 64), `step ${t} runs from ${point.from.step}`);
      }
      for (const t of steps) {
        // θ_t first, while the last replayed snapshot is another step's: run from the checkpoint.
        const layers = taken[t].layers.map((l) => ({ W: l.W, b: l.b }));
        assert.deepStrictEqual(replaying.parametersAt(t), layers, `θ_${t}`);
        assert.deepStrictEqual(replaying.snapshot(t), taken[t], `step ${t}`);
        assert.deepStrictEqual(replaying.parametersAt(t), layers, `θ_${t}, after its snapshot`);
      }
      assert.deepStrictEqual(replaying.parameters(), taking.parameters());
      assert.deepStrictEqual(replaying.history.costs.values(), taking.history.costs.values());
    });
  }

  for (const [c, replaySteps] of cases.flatMap((c) => [0, undefined].map((r) => [c, r] as const))) {
    const from = replaySteps === undefined ? 'the default' : `${replaySteps}`;
    test(`sampled, pick the numbers sampling the whole snapshot picks, and leave the run as it was (${c.name}; steps replayed: ${from})`, () => {
      const [sampling, plain] = twins(c, 60, replaySteps);
      // 40 numbers: fewer than any of these networks' snapshots hold, so every one is sampled.
      const small = 40 * 25;
      let checked = 0;
      for (let r = sampling.next(); r; r = sampling.next(), plain.next()) {
        if (r.step % 5 !== 2) continue;
        const t = sampling.history.snapshotSteps().at(-2) ?? 0;
        const picked = sampling.sampledSnapshot(t, small)!;
        assert.ok(picked.sample, `step ${t} sampled`);
        assert.deepStrictEqual(picked, sampleSnapshot(sampling.snapshot(t)!, small), `step ${t}`);
        assert.deepStrictEqual(sampling.sampledSnapshot(t, MESSAGE_BYTES), { snapshot: sampling.snapshot(t) });
        const whole = sampling.snapshot(t)!.layers.map((l) => ({ W: l.W, b: l.b }));
        assert.deepStrictEqual(sampling.parametersAt(t), whole, `θ_${t}`);
        checked++;
      }
      assert.ok(checked >= 10, `${checked} steps checked`);
      assert.deepStrictEqual(sampling.parameters(), plain.parameters());
      assert.deepStrictEqual(sampling.history.costs.values(), plain.history.costs.values());
      assert.equal(sampling.sampledSnapshot(1234, small), undefined);
      assert.equal(sampling.parametersAt(1234), undefined);
    });
  }

  test('a diverged step replays without its update, and an overflowing one with it', () => {
    const diverged = divergedTrainer();
    const last = diverged.divergence!.step;
    const s = diverged.snapshot(last)!;
    assert.ok(!Number.isFinite(s.cost));
    assert.equal(s.update, undefined);

    const overflowing = overflowingTrainer();
    const taken = overflowing.next(true)!.snapshot!;
    assert.equal(overflowing.status, 'diverged');
    assert.equal(taken.update![0].W.data[0], -Infinity);
    assert.deepStrictEqual(overflowing.snapshot(0), taken);
  });

  test('a step the history did not keep has no snapshot', () => {
    const [trainer] = twins(cases[0], 60);
    while (trainer.next()) continue;
    const kept = new Set(trainer.history.snapshotSteps());
    const missing = Array.from({ length: 60 }, (_, t) => t).filter((t) => !kept.has(t));
    assert.ok(missing.length > 0);
    for (const t of missing) assert.equal(trainer.snapshot(t), undefined, `step ${t}`);
  });
});

// A step whose cost (or gradient, or updated parameter) is NaN or ±Infinity stops the trainer.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Trainer } from '../../../src/core/training/trainer';
import { divergedTrainer, makeDataset, makeSpec, matrix, overflowingTrainer, trainedLinear } from '../engine/fixtures';

describe('divergence', () => {
  test('too large a learning rate: stops at the first non-finite cost, with a message naming the step and α', () => {
    // 1-1 linear network, mse: each step multiplies the error by about (1 - α·x²) = -99.
    const trainer = divergedTrainer();
    assert.equal(trainer.status, 'diverged');
    const d = trainer.divergence!;
    assert.ok(d.step > 0 && d.step < 1000);
    assert.match(
      d.message,
      new RegExp(
        `^Training diverged at step ${d.step}: the cost became (Infinity|NaN)\\. The learning rate \\(α = 10\\) is probably too large; try 1 or smaller\\.$`,
      ),
    );
    // Every step up to the bad one is recorded; only the bad one has the non-finite cost.
    assert.equal(trainer.history.costs.length, d.step + 1);
    assert.equal(trainer.stepIndex, d.step + 1);
    assert.ok(trainer.history.costs.values().slice(0, d.step).every(Number.isFinite));
    assert.ok(!Number.isFinite(trainer.history.costs.at(d.step)!));
    // The costs grew before that: it really was blowing up.
    assert.ok(trainer.history.costs.at(d.step - 1)! > 1e100);
    // No update was applied at the bad step, and nothing more runs.
    assert.ok(trainer.parameters().every((p) => p.W.data.every(Number.isFinite) && p.b.data.every(Number.isFinite)));
    assert.equal(trainer.next(), undefined);
    assert.equal(trainer.history.costs.length, d.step + 1);
  });

  test('a cost that is already NaN at step 0 points at the data and the loss, not the learning rate', () => {
    const spec = makeSpec({
      layers: [{ units: 1, activation: 'sigmoid' }],
      loss: 'binary_cross_entropy',
      iterations: 5,
    });
    const trainer = new Trainer(spec, makeDataset(matrix(1, 2, [NaN, 1]), matrix(1, 2, [0, 1]), 'classification'));
    const r = trainer.next();
    assert.ok(r && Number.isNaN(r.cost));
    assert.equal(trainer.status, 'diverged');
    assert.equal(trainer.divergence!.step, 0);
    assert.match(
      trainer.divergence!.message,
      /^Training diverged at step 0: the cost became NaN\. This happens with the initial parameters/,
    );
    assert.doesNotMatch(trainer.divergence!.message, /learning rate/);
  });

  test('an update that overflows stops the run and names the parameter', () => {
    const trainer = overflowingTrainer();
    const r = trainer.next()!;
    assert.equal(r.cost, 2);
    assert.equal(trainer.status, 'diverged');
    assert.equal(trainer.divergence!.step, 0);
    assert.match(
      trainer.divergence!.message,
      /^Training diverged at step 0: W\[1\] overflowed after the update\. The learning rate \(α = 1\.7976931348623157e\+308\) is probably too large; try .* or smaller\.$/,
    );
    assert.deepEqual(trainer.history.costs.values(), [2]);
  });

  test('a well-behaved run ends as done, without divergence', () => {
    const trainer = trainedLinear(0.01, 50);
    assert.equal(trainer.status, 'done');
    assert.equal(trainer.divergence, undefined);
    assert.equal(trainer.history.costs.length, 50);
  });
});

// `train` on a file with compare: each variant is exactly the run `train --set ...` gives, and
// one variant diverging hides nothing.
import { formatCost } from '../../../src/core/runText';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run, specFile } from './helpers';

const SPEC = `name: moons, compared
seed: 4
data:
  generate: { kind: moons, samples: 60, noise: 0.2 }
  test_split: 0.25
network:
  layers:
    - { units: 4, activation: tanh }
    - { units: 1, activation: sigmoid }
loss: binary_cross_entropy
training:
  iterations: 40
  learning_rate: 0.8
compare:
  - name: zero init
    set: { network.init: zeros }
  - name: relu, 6 units, lr 0.3
    set:
      network.layers.1.activation: relu
      network.layers.1.units: 6
      training.learning_rate: 0.3
  - name: l2 0.5
    set: { training.regularization.l2: 0.5 }
  - name: mini-batches
    set: { training.batch_size: 16, data.generate.noise: 0.3 }
`;

/** The --set arguments each variant of SPEC stands for. */
const SETS: Record<string, string[]> = {
  'zero init': ['network.init=zeros'],
  'relu, 6 units, lr 0.3': [
    'network.layers.1.activation=relu',
    'network.layers.1.units=6',
    'training.learning_rate=0.3',
  ],
  'l2 0.5': ['training.regularization.l2=0.5'],
  'mini-batches': ['training.batch_size=16', 'data.generate.noise=0.3'],
};

const FIELDS = ['costs', 'finalCost', 'accuracy', 'testCost', 'testAccuracy', 'parameters'];

describe('train with compare:', () => {
  test('each variant is exactly what train --json --set prints for it (byte for byte)', () => {
    const file = specFile(SPEC);
    const all = run('train', file, '--json');
    assert.equal(all.code, 0, all.err);
    const out = JSON.parse(all.out);
    assert.deepEqual(
      out.variants.map((v: { name: string }) => v.name),
      Object.keys(SETS),
    );
    for (const v of out.variants) {
      const single = run('train', file, '--json', ...SETS[v.name].flatMap((s) => ['--set', s]));
      assert.equal(single.code, 0, single.err);
      const one = JSON.parse(single.out);
      assert.deepEqual(Object.keys(v).sort(), ['name', ...FIELDS].sort(), v.name);
      for (const k of FIELDS) assert.equal(JSON.stringify(v[k]), JSON.stringify(one[k]), `${v.name}: ${k}`);
    }
    // The variants differ from the file and from one another: the comparison compares something.
    const finals = [out.finalCost, ...out.variants.map((v: { finalCost: number }) => v.finalCost)];
    assert.equal(new Set(finals).size, finals.length);
    assert.ok(
      out.variants[0].parameters.W1.flat().every((w: number) => w === 0),
      'tanh units from zeros never move',
    );
    assert.deepEqual(out.variants[1].parameters.W1.length, 6);
  });

  test('--iterations applies to every run; --steps only to the file', () => {
    const out = JSON.parse(run('train', specFile(SPEC), '--json', '--iterations', '5', '--steps', '2').out);
    assert.equal(out.costs.length, 5);
    assert.equal(out.steps.length, 2);
    for (const v of out.variants) {
      assert.equal(v.costs.length, 5, v.name);
      assert.equal(v.steps, undefined);
    }
  });

  test('one variant diverging: it says where, the others are trained, the exit code is the file’s', () => {
    const text = `data:
  inline:
    X: [[1, 2, 3, 4]]
    Y: [[2, 4, 6, 8]]
network:
  layers:
    - { units: 1, activation: linear }
loss: mse
training:
  iterations: 200
  learning_rate: 0.05
compare:
  - name: lr 1000
    set: { training.learning_rate: 1000 }
  - name: lr 0.01
    set: { training.learning_rate: 0.01 }
`;
    const file = specFile(text);
    const json = run('train', file, '--json');
    assert.equal(json.code, 0, json.err);
    const out = JSON.parse(json.out);
    const [high, low] = out.variants;
    assert.ok(high.diverged, JSON.stringify(high).slice(0, 200));
    assert.match(high.diverged.message, new RegExp(`step ${high.diverged.step}`));
    assert.equal(high.finalCost, null);
    assert.equal(low.diverged, undefined);
    assert.equal(low.costs.length, 200);
    assert.ok(low.finalCost < low.costs[0]);

    const textRun = run('train', file);
    assert.equal(textRun.code, 0);
    const table = textRun.out.slice(textRun.out.indexOf('compare (every run from seed 1):'));
    const lines = table.split('\n');
    assert.match(lines[1], /^run\s+final J$/);
    assert.match(lines[2], /^this file\s+\d/);
    assert.match(lines[3], new RegExp(`^lr 1000\\s+diverged at step ${high.diverged.step}$`));
    assert.match(lines[4], new RegExp(`^lr 0\\.01\\s+${formatCost(low.finalCost).replace('.', '\\.')}$`));
  });

  test('the text table has accuracy and test columns when the runs have them', () => {
    const r = run('train', specFile(SPEC));
    assert.equal(r.code, 0, r.err);
    const lines = r.out.slice(r.out.indexOf('compare (every run from seed 4):')).split('\n');
    assert.match(lines[1], /^run\s+final J\s+accuracy\s+test J\s+test accuracy$/);
    assert.deepEqual(
      lines.slice(2).map((l) => l.split(/\s{2,}/)[0]),
      ['this file', ...Object.keys(SETS)],
    );
    assert.match(lines[3], /^zero init\s+\d\.\d+\s+\d+\.\d%\s+\d\.\d+\s+\d+\.\d%$/);
  });

  test('a file whose variant is wrong is not trained', () => {
    const text = SPEC.replace('set: { network.init: zeros }', 'set: { network.init: zero }');
    const r = run('train', specFile(text));
    assert.equal(r.code, 1);
    assert.match(r.err, /Unknown init 'zero'\. Did you mean 'zeros'\? \(in variant 'zero init'\)/);
    assert.match(r.err, /not trained: 1 error/);
  });

  test('without compare, train --json prints no variants', () => {
    const out = JSON.parse(run('train', specFile(SPEC.slice(0, SPEC.indexOf('compare:'))), '--json').out);
    assert.equal(out.variants, undefined);
  });
});

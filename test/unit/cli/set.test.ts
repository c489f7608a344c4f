// `--set PATH=VALUE` on every subcommand: the run is exactly the run of a file that says so, and
// a PATH or VALUE the file cannot take is a usage error (exit 2) naming it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { edited, EXAMPLES, run, specFile } from './helpers';

const BASE = `name: base
seed: 2
data:
  generate:
    kind: moons
    samples: 40
    noise: 0.1
network:
  input: 2
  init: random
  layers:
    - units: 3
      activation: tanh
    - units: 1
      activation: sigmoid
      W: [[0.1, -0.2, 0.3]]
loss: binary_cross_entropy
training:
  iterations: 20
  learning_rate: 0.5
`;

/** `train --json` with the --set arguments prints exactly what it prints for the file edited to say so. */
function sameAsEdited(edits: [string, string][], sets: string[], base = BASE, files: Record<string, string> = {}) {
  const viaSet = run('train', specFile(base, files), '--json', ...sets.flatMap((s) => ['--set', s]));
  const viaFile = run('train', specFile(edited(base, edits), files), '--json');
  assert.equal(viaFile.code, 0, viaFile.out + viaFile.err);
  assert.equal(viaSet.code, 0, viaSet.err);
  assert.equal(viaSet.out, viaFile.out);
  return JSON.parse(viaSet.out);
}

describe('--set: the run of a file that says so', () => {
  test('numbers and whole numbers', () => {
    sameAsEdited([['learning_rate: 0.5', 'learning_rate: 0.05']], ['training.learning_rate=0.05']);
    const out = sameAsEdited([['iterations: 20', 'iterations: 7']], ['training.iterations=7']);
    assert.equal(out.costs.length, 7);
    sameAsEdited([['seed: 2', 'seed: 9']], ['seed=9']);
  });

  test('enums: init, a generator, an activation', () => {
    sameAsEdited([['init: random', 'init: xavier']], ['network.init=xavier']);
    sameAsEdited([['kind: moons', 'kind: circles']], ['data.generate.kind=circles']);
    sameAsEdited([['activation: tanh', 'activation: relu']], ['network.layers.1.activation=relu']);
  });

  test('a layer and a matrix together, by layer number', () => {
    const out = sameAsEdited(
      [
        ['units: 3', 'units: 2'],
        ['W: [[0.1, -0.2, 0.3]]', 'W: [[0.1, -0.2]]'],
      ],
      ['network.layers.1.units=2', 'network.layers.2.W=[[0.1, -0.2]]'],
    );
    assert.deepEqual(out.shapes.layers[0].W, [2, 2]);
  });

  test('keys the file lacks, nested or at the top', () => {
    sameAsEdited(
      [['learning_rate: 0.5\n', 'learning_rate: 0.5\n  regularization:\n    l2: 0.1\n']],
      ['training.regularization.l2=0.1'],
    );
    const rows = sameAsEdited(
      [
        ['name: base\n', 'name: base\nlayout: rows\n'],
        ['W: [[0.1, -0.2, 0.3]]', 'W: [[0.1], [-0.2], [0.3]]'],
      ],
      ['layout=rows', 'network.layers.2.W=[[0.1], [-0.2], [0.3]]'],
    );
    assert.equal(rows.shapes.layout, 'rows');
    sameAsEdited([['noise: 0.1', 'noise: 0.3']], ['data.generate.noise=0.3']);
  });

  test('booleans and lists, in a CSV source', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i / 10},${(i * 7) % 5},${'abc'[i % 3]}`);
    const csv = `x1,x2,cls\n${rows.join('\n')}\n`;
    const base = `data:
  csv: { path: d.csv, features: [x1], target: cls, one_hot: false }
network:
  layers:
    - { units: 3, activation: softmax }
loss: cross_entropy
training: { iterations: 5, learning_rate: 0.1 }
`;
    assert.equal(run('check', specFile(base, { 'd.csv': csv })).code, 1, 'a class column needs one_hot');
    const out = sameAsEdited(
      [
        ['one_hot: false', 'one_hot: true'],
        ['features: [x1]', 'features: [x1, x2]'],
      ],
      ['data.csv.one_hot=true', 'data.csv.features=[x1, x2]'],
      base,
      { 'd.csv': csv },
    );
    assert.equal(out.shapes.n0, 2);
  });

  test('check and shapes take --set too', () => {
    const file = specFile(BASE);
    const shapes = JSON.parse(run('shapes', file, '--json', '--set', 'network.layers.1.units=5').out);
    assert.deepEqual(shapes.shapes.layers[0].W, [5, 2]);
    const check = run('check', file, '--json', '--set', 'training.learning_rate=50');
    assert.equal(check.code, 0);
    const [d] = JSON.parse(check.out).diagnostics;
    assert.equal(d.code, 'large-learning-rate');
    assert.match(d.message, /\(from --set training\.learning_rate=50\)$/);
    assert.equal(d.line, BASE.split('\n').indexOf('  learning_rate: 0.5') + 1);
  });
});

describe('--set: a PATH or VALUE the file cannot take is a usage error', () => {
  const refused = (command: string, set: string, message: RegExp) => {
    const r = run(command, specFile(BASE), '--set', set);
    assert.equal(r.code, 2, `${command} --set ${set}: ${r.out}${r.err}`);
    assert.match(r.err, message);
    assert.match(r.err, /Usage:/);
    assert.equal(r.out, '');
  };

  test('PATHs: misspelt, misplaced, a missing layer, past a value, compare', () => {
    refused(
      'train',
      'training.learnig_rate=0.1',
      /Unknown key 'learnig_rate' in training\. Did you mean training\.learning_rate\? \(from --set training\.learnig_rate=0\.1\)/,
    );
    refused('check', 'learning_rate=0.1', /Did you mean training\.learning_rate\?/);
    refused('shapes', 'network.layers.3.units=2', /There is no layer 3: the file has 2 layers/);
    refused('train', 'network.layers.0.units=2', /a layer number from 1/);
    refused('check', 'training.learning_rate.value=1', /training\.learning_rate is a single value/);
    refused('check', 'compare=[]', /compare lists the variants/);
  });

  test('VALUEs the validator, the data or the shapes refuse', () => {
    refused(
      'train',
      'training.learning_rate=-1',
      /^nnspec: learning_rate must be a number above 0, but is -1\. \(from --set training\.learning_rate=-1\)/,
    );
    refused(
      'check',
      'network.init=zero',
      /Unknown init 'zero'\. Did you mean 'zeros'\? \(from --set network\.init=zero\)/,
    );
    refused('shapes', 'training.iterations=2.5', /iterations must be a whole number of at least 1, but is 2\.5/);
    refused(
      'check',
      'data.generate.samples=abc',
      /samples must be a whole number of at least 1, but is the text 'abc'/,
    );
    refused('train', 'network.layers.2.units=3', /Layer 2 has 3 units.*\(from --set network\.layers\.2\.units=3\)/);
    refused('train', 'network.layers.2.W=[[1, 2]]', /W\[2\] must be \(1, 3\)/);
    refused('check', 'data.test_split=0.999', /leaving none to train on/);
    refused('check', 'training.regularization.l3=1', /Unknown key 'l3'/);
  });

  test('not PATH=VALUE, or a VALUE that is not YAML', () => {
    refused('check', 'seed', /--set takes PATH=VALUE, e\.g\. --set training\.learning_rate=0\.5, but got 'seed'/);
    refused('check', '=3', /--set takes PATH=VALUE/);
    refused('train', 'network.layers.2.W=[[1, 2', /--set network\.layers\.2\.W=\[\[1, 2: the VALUE is not valid YAML/);
  });

  test('several bad ones are all named; a problem of the file itself stays exit 1', () => {
    const r = run('check', specFile(BASE), '--set', 'seed=-1', '--set', 'network.init=he', '--set', 'loss=mae');
    assert.equal(r.code, 2);
    assert.match(r.err, /seed must be .* \(from --set seed=-1\)/);
    assert.match(r.err, /Unknown loss 'mae'.*\(from --set loss=mae\)/);
    assert.doesNotMatch(r.err, /network\.init=he/);
    // What an override makes wrong elsewhere is a problem of the file as changed: exit 1, at that place.
    const elsewhere = run('train', specFile(BASE), '--set', 'network.layers.2.units=2');
    assert.equal(elsewhere.code, 1);
    assert.match(elsewhere.err, /net\.nnspec:16:10: error W\[2\] must be \(2, 3\)/);
    const broken = run('check', join(EXAMPLES, 'broken-shapes.nnspec'), '--set', 'training.learning_rate=0.1');
    assert.equal(broken.code, 1);
    assert.match(broken.out, /W\[2\] must be \(1, 4\)/);
  });
});

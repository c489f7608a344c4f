// What changed between two versions of a spec, for the labels of a list of runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { addCompare } from '../../../src/core/experiments/addCompare';
import { changeSummary, describeChanges } from '../../../src/core/experiments/specChanges';
import { applyTextEdit } from '../../../src/core/experiments/textEdit';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const FLOWER = readFileSync(join(EXAMPLES, 'planar-flower.nnspec'), 'utf8');
const change = (from: string, to: string, text = FLOWER) => {
  assert.ok(text.includes(from), from);
  return describeChanges(text, text.replace(from, to));
};

describe('describeChanges', () => {
  test('a value: its key without the section, old → new', () => {
    assert.deepEqual(change('learning_rate: 1.2', 'learning_rate: 0.5'), ['learning_rate 1.2 → 0.5']);
    assert.deepEqual(change('seed: 3', 'seed: 4'), ['seed 3 → 4']);
    assert.deepEqual(change('noise: 0.2', 'noise: 0.3'), ['generate.noise 0.2 → 0.3']);
  });

  test('layers by their number from 1', () => {
    assert.deepEqual(change('activation: tanh', 'activation: relu'), ['layers.1.activation tanh → relu']);
    assert.deepEqual(change('units: 1', 'units: 2'), ['layers.2.units 1 → 2']);
    const third = change(
      '      activation: sigmoid\n',
      '      activation: sigmoid\n    - units: 1\n      activation: sigmoid\n',
    );
    assert.deepEqual(third, ['+ layers.3']);
    assert.deepEqual(describeChanges(FLOWER.replace('units: 1', 'units: 2'), FLOWER), ['layers.2.units 2 → 1']);
  });

  test('added and removed keys, a section told key by key', () => {
    const l2 = '  learning_rate: 1.2\n  regularization:\n    l2: 0.1\n';
    assert.deepEqual(change('  learning_rate: 1.2\n', l2), ['+ regularization.l2 0.1']);
    assert.deepEqual(describeChanges(FLOWER.replace('  learning_rate: 1.2\n', l2), FLOWER), [
      '− regularization.l2 0.1',
    ]);
    assert.deepEqual(change('  init_scale: 0.01\n', ''), ['− init_scale 0.01']);
  });

  test('compare: added, removed or edited as one change', () => {
    const r = addCompare(FLOWER, 'network.init', ['zeros']);
    assert.ok(r.ok);
    const withCompare = applyTextEdit(FLOWER, r.edit);
    assert.deepEqual(describeChanges(FLOWER, withCompare), ['+ compare']);
    assert.deepEqual(describeChanges(withCompare, FLOWER), ['− compare']);
    assert.deepEqual(change('network.init: zeros', 'network.init: he', withCompare), ['compare edited']);
  });

  test('comments, spacing, flow or block style and key order are not changes', () => {
    assert.deepEqual(describeChanges(FLOWER, FLOWER), []);
    assert.deepEqual(change('# The deeplearning.ai', '# The course'), []);
    assert.deepEqual(
      change('  iterations: 10000\n  learning_rate: 1.2\n', '  learning_rate: 1.2\n  iterations: 10000\n'),
      [],
    );
    const block = '  generate:\n    kind: flower\n    samples: 400\n    noise: 0.2\n';
    assert.deepEqual(change(block, '  generate: {kind: flower, samples: 400, noise: 0.2}\n'), []);
  });

  test('long values are cut short; a file that is not valid YAML is just edited', () => {
    const text = FLOWER.replace(
      '      activation: sigmoid\n',
      '      activation: sigmoid\n      W: [[0.1, -0.2, 0.3, 0.05]]\n',
    );
    assert.deepEqual(change('[[0.1, -0.2, 0.3, 0.05]]', '[[0.5, -0.2, 0.3, 0.05]]', text), [
      'layers.2.W [[0.1,-0.2,0.3,0.05]] → [[0.5,-0.2,0.3,0.05]]',
    ]);
    const long = change(
      'name: Planar flower, 2-4-1 tanh/sigmoid',
      'name: A much longer name for the same flower network',
    );
    assert.deepEqual(long, ['name Planar flower, 2-4-1 ta… → A much longer name for …']);
    assert.deepEqual(describeChanges(FLOWER, `${FLOWER}\n  bad: [`), ['edited']);
    assert.deepEqual(describeChanges('a: [', 'a: ['), []);
  });

  test('changeSummary: the first few, then how many more', () => {
    const after = FLOWER.replace('seed: 3', 'seed: 4')
      .replace('learning_rate: 1.2', 'learning_rate: 2')
      .replace('units: 4', 'units: 5');
    assert.equal(changeSummary(FLOWER, after, 'en', 2), 'seed 3 → 4, layers.1.units 4 → 5 and 1 more');
    assert.equal(changeSummary(FLOWER, after), 'seed 3 → 4, layers.1.units 4 → 5, learning_rate 1.2 → 2');
    assert.equal(changeSummary(FLOWER, FLOWER), '');
  });
});

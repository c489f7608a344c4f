// What "nnspec: Compare…" offers for a spec, and how a typed list of values is split.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { addCompare } from '../../../src/core/experiments/addCompare';
import { applyTextEdit } from '../../../src/core/experiments/textEdit';
import { parseSpec } from '../../../src/core/spec';
import { compareKeys, splitValues } from '../../../src/node/compareChoices';
import { diskIO } from '../../../src/node/dataFiles';

const examples = join(__dirname, '..', '..', '..', 'examples');
const read = (f: string) => readFileSync(join(examples, f), 'utf8');

describe('Compare… choices', () => {
  test("the flower example: learning rate around the file's 1.2, the other inits, layer 1's activation and units, L2", () => {
    const keys = compareKeys(parseSpec(read('planar-flower.nnspec')).spec);
    assert.deepEqual(
      keys.map((k) => [k.path, k.current, k.suggested]),
      [
        ['training.learning_rate', '1.2', ['0.12', '3.6']],
        ['network.init', 'random', ['zeros', 'he']],
        ['network.layers.1.activation', 'tanh', ['sigmoid', 'relu']],
        ['network.layers.1.units', '4', ['2', '8']],
        ['training.regularization.l2', undefined, ['0.01', '0.1', '1']],
      ],
    );
    // Only the hidden layer is offered (the output layer's activation goes with the loss), and never softmax.
    assert.deepEqual(keys[2].choices, ['sigmoid', 'relu', 'leaky_relu', 'linear']);
  });

  test('every suggested value of every example makes a variant that analyses without error', () => {
    for (const file of ['planar-flower.nnspec', 'deep-relu.nnspec', 'xor.nnspec', 'spiral-softmax.nnspec']) {
      const text = read(file);
      for (const key of compareKeys(parseSpec(text).spec)) {
        const r = addCompare(text, key.path, key.suggested);
        assert.ok(r.ok, `${file} ${key.path}: ${r.ok ? '' : r.message}`);
        const edited = analyze(applyTextEdit(text, r.edit), diskIO({ baseDir: examples }));
        const errors = edited.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
        assert.deepEqual(errors, [], `${file} ${key.path} ${key.suggested.join(', ')}`);
        assert.equal(edited.variants.length, key.suggested.length);
      }
    }
  });

  test('without a spec (the file is broken) the keys that need none are still offered', () => {
    assert.deepEqual(
      compareKeys(undefined).map((k) => k.path),
      ['training.learning_rate', 'network.init', 'training.regularization.l2'],
    );
  });

  test('values split at commas outside brackets and quotes', () => {
    assert.deepEqual(splitValues(' 0.01, 0.1 ,1,'), ['0.01', '0.1', '1']);
    assert.deepEqual(splitValues('[size, rooms], {kind: moons, samples: 200}, "a, b"'), [
      '[size, rooms]',
      '{kind: moons, samples: 200}',
      '"a, b"',
    ]);
    assert.deepEqual(splitValues('  '), []);
  });
});

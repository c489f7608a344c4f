// The edit behind "nnspec: Compare…": variants added to the examples, and nothing else touched.
import { diskIO } from '../../../src/node/dataFiles';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { addCompare } from '../../../src/core/experiments/addCompare';
import { applyTextEdit, offsetAt, type TextEdit } from '../../../src/core/experiments/textEdit';
import { parseSpec } from '../../../src/core/spec';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const io = diskIO({ baseDir: EXAMPLES });
const BROKEN = ['broken-shapes.nnspec', 'typo-activation.nnspec'];
const example = (f: string) => readFileSync(join(EXAMPLES, f), 'utf8');

/** Applies a successful result, checking that the edit only inserts. */
function added(text: string, path: string, values: string[]): { edited: string; names: string[]; edit: TextEdit } {
  const r = addCompare(text, path, values);
  assert.ok(r.ok, r.ok ? '' : r.message);
  const { range } = r.edit;
  assert.deepEqual([range.endLine, range.endColumn], [range.line, range.column], 'an insertion');
  const edited = applyTextEdit(text, r.edit);
  const at = offsetAt(text, range.line, range.column);
  assert.equal(edited.slice(0, at) + edited.slice(at + r.edit.text.length), text, 'everything else unchanged');
  return { edited, names: r.names, edit: r.edit };
}

describe('addCompare on every example', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.nnspec') && !BROKEN.includes(f));

  for (const f of files) {
    test(`${f}: two learning rates become two variants; the file still trains`, () => {
      const text = example(f);
      const before = parseSpec(text).spec?.variants ?? [];
      const { edited, names } = added(text, 'training.learning_rate', ['0.1', '0.05']);
      const a = analyze(edited, io);
      assert.ok(a.runnable, a.diagnostics.map((d) => d.message).join('; '));
      assert.deepEqual(names, ['lr 0.1', 'lr 0.05']);
      const variants = a.parse.spec?.variants ?? [];
      assert.deepEqual(variants.slice(0, before.length), before);
      assert.deepEqual(variants.slice(before.length), [
        { name: 'lr 0.1', set: [{ path: 'training.learning_rate', value: 0.1 }] },
        { name: 'lr 0.05', set: [{ path: 'training.learning_rate', value: 0.05 }] },
      ]);
      const last = a.variants[a.variants.length - 1].analysis.parse.spec;
      assert.equal(last?.training.learningRate, 0.05);
    });
  }
});

describe('addCompare: where and how the variants are written', () => {
  test('a file without compare: a compare block at the end, after a blank line, indented as the file is', () => {
    const text = example('xor.nnspec');
    const { edited } = added(text, 'network.init', ['zeros', 'he']);
    assert.ok(
      edited.endsWith(`  learning_rate: 1

compare:
  - name: init zeros
    set: { network.init: zeros }
  - name: init he
    set: { network.init: he }
`),
      edited.slice(-200),
    );
  });

  test("an existing compare list: the new variants after its last one, at its dash's indentation", () => {
    const text = example('compare-l2.nnspec');
    const { edited, names } = added(text, 'training.regularization.l2', ['0.1', '3']);
    assert.deepEqual(names, ['l2 0.1 (2)', 'l2 3'], 'a name already taken gets a number');
    assert.ok(
      edited.endsWith(`    set: { training.regularization.l2: 1 }
  - name: l2 0.1 (2)
    set: { training.regularization.l2: 0.1 }
  - name: l2 3
    set: { training.regularization.l2: 3 }
`),
      edited.slice(-250),
    );
  });

  test('compare in the middle of the file, with comments after it and four-space indentation', () => {
    const text = `# top
data:
    generate: { kind: xor, samples: 20 }
compare:   # what to try
    -   name: a
        set: { seed: 2 }   # the seed
# between
network:
    layers: [{ units: 1, activation: sigmoid }]
loss: binary_cross_entropy
training: { iterations: 2, learning_rate: 0.1 }
`;
    const { edited } = added(text, 'network.layers.1.activation', ['tanh']);
    assert.ok(
      edited.includes(`        set: { seed: 2 }   # the seed
    - name: layer 1 tanh
      set: { network.layers.1.activation: tanh }
# between
`),
      edited,
    );
    assert.deepEqual(
      parseSpec(edited).spec?.variants?.map((v) => v.name),
      ['a', 'layer 1 tanh'],
    );
  });

  test('an empty compare: (with a comment), a flow list, CRLF line ends, no final line break', () => {
    const base = example('xor.nnspec');
    const empty = added(base.replace('seed: 2', 'seed: 2\ncompare:   # later'), 'seed', ['3']).edited;
    assert.ok(empty.includes('compare:   # later\n  - name: seed 3\n    set: { seed: 3 }\nlayout:'), empty);
    const flow = added(`${base}compare: [{ name: a, set: { seed: 5 } }]\n`, 'seed', ['6']).edited;
    assert.ok(flow.endsWith('compare: [{ name: a, set: { seed: 5 } }, { name: seed 6, set: { seed: 6 } }]\n'));
    const emptyFlow = added(`${base}compare: []\n`, 'seed', ['6']).edited;
    assert.ok(emptyFlow.endsWith('compare: [{ name: seed 6, set: { seed: 6 } }]\n'));
    const crlf = added(base.replace(/\n/g, '\r\n'), 'seed', ['3']).edited;
    assert.ok(crlf.endsWith('\r\n\r\ncompare:\r\n  - name: seed 3\r\n    set: { seed: 3 }\r\n'));
    assert.ok(!/[^\r]\n/.test(crlf), 'every line ends in CRLF');
    const bare = added(base.trimEnd(), 'seed', ['3']).edited;
    assert.ok(bare.endsWith('  learning_rate: 1\n\ncompare:\n  - name: seed 3\n    set: { seed: 3 }\n'));
  });

  test('names and values that need quotes, matrices and layers', () => {
    const text = example('xor.nnspec');
    const { edited, names } = added(text, 'network.layers.1.units', ['8']);
    assert.deepEqual(names, ['layer 1 units 8']);
    const matrix = added(text, 'network.layers.2.W', ['[[1, 2, 3, 4]]']);
    assert.deepEqual(matrix.names, ['layer 2 W [[1, 2, 3, 4]]']);
    assert.ok(
      matrix.edited.includes('  - name: "layer 2 W [[1, 2, 3, 4]]"\n    set: { network.layers.2.W: [[1, 2, 3, 4]] }'),
    );
    assert.deepEqual(parseSpec(matrix.edited).spec?.variants?.[0].set, [
      { path: 'network.layers.2.W', value: [[1, 2, 3, 4]] },
    ]);
    const comma = added(text, 'name', ['x, y']);
    assert.ok(comma.edited.includes('  - name: "name x, y"\n    set: { name: "x, y" }'), comma.edited);
    // Typed as YAML, 'a: b' is a mapping: it is written as one, and the validator says name wants text.
    const mapping = added(text, 'name', ['a: b']);
    assert.ok(mapping.edited.includes('    set: { name: {"a":"b"} }'), mapping.edited);
    assert.ok(edited.includes('set: { network.layers.1.units: 8 }'));
  });

  test('what cannot be added says why', () => {
    const text = example('xor.nnspec');
    const no = (path: string, values: string[], message: RegExp, t = text) => {
      const r = addCompare(t, path, values);
      assert.ok(!r.ok);
      assert.match(r.message, message);
    };
    no('training.learnig_rate', ['1'], /Did you mean training\.learning_rate\?/);
    no('network.layers.3.units', ['1'], /There is no layer 3/);
    no('training.learning_rate', [' ', ''], /Give at least one value for training\.learning_rate/);
    no('training.learning_rate', ['[1,'], /'\[1,' is not a value nnspec can read/);
    no(
      'seed',
      Array.from({ length: 11 }, (_, i) => String(i)),
      /at most 10 variants/,
    );
    no('seed', ['1'], /Fix the YAML errors/, `${text}\n  bad: [`);
    no('seed', ['1'], /compare must be a list/, `${text}compare: 3\n`);
  });
});

// compare: the variants trained beside a file; each is validated as the file with its keys changed.
import { NO_FILES } from '../data/spec-fixture';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { Codes } from '../../../src/core/spec/codes';
import { parseSpec } from '../../../src/core/spec/index';
import { MAX_VARIANTS } from '../../../src/core/spec/keys';
import { edit, locate, only, within, XOR } from './helpers';

const withCompare = (block: string, base = XOR) => `${base}compare:\n${block}`;
const io = NO_FILES;

describe('compare: reading the variants', () => {
  test('each variant: its name and what it sets, in the spec; its own spec in the parse', () => {
    const text = withCompare(`  - name: zero init
    set: { network.init: zeros }
  - name: relu, lr 0.5
    set:
      network.layers.1.activation: relu
      training.learning_rate: 0.5
`);
    const r = parseSpec(text);
    assert.ok(r.spec);
    assert.deepEqual(r.spec.variants, [
      { name: 'zero init', set: [{ path: 'network.init', value: 'zeros' }] },
      {
        name: 'relu, lr 0.5',
        set: [
          { path: 'network.layers.1.activation', value: 'relu' },
          { path: 'training.learning_rate', value: 0.5 },
        ],
      },
    ]);
    const [zero, relu] = r.variants ?? [];
    assert.equal(zero.parse.spec?.network.init, 'zeros');
    assert.equal(zero.parse.spec?.training.learningRate, 1.2);
    assert.equal(zero.parse.spec?.variants, undefined, 'a variant has no variants of its own');
    assert.equal(relu.parse.spec?.network.layers[0].activation, 'relu');
    assert.equal(relu.parse.spec?.training.learningRate, 0.5);
    // The file itself is unchanged, and the zero-init warning is the variant's, at its value.
    assert.equal(r.spec.network.init, 'random');
    const warning = only(r.diagnostics, 'zero-init-symmetry');
    assert.deepEqual(warning.range, within(text, 'set: { network.init: zeros }', 'zeros'));
    assert.match(warning.message, /\(in variant 'zero init'\)$/);
    assert.equal(parseSpec(XOR).spec?.variants, undefined);
  });

  test('compare that is not a list, an entry that is not a mapping, a misspelt key', () => {
    const notList = withCompare('  name: x\n');
    const d = only(parseSpec(notList).diagnostics, 'wrong-type');
    assert.match(d.message, /^compare must be a list of variants, each with a name and set/);
    assert.deepEqual(d.range, locate(notList, 'name: x'));
    assert.ok(parseSpec(notList).spec, 'a bad compare does not stop the shapes being shown');

    const notMap = withCompare('  - lr 0.1\n');
    const e = only(parseSpec(notMap).diagnostics, 'wrong-type');
    assert.equal(e.message, "Variant 1 of compare must be a mapping of keys (name, set), but is the text 'lr 0.1'.");

    const typo = withCompare('  - nmae: a\n    set: { seed: 2 }\n');
    const u = parseSpec(typo).diagnostics.find((x) => x.code === 'unknown-key');
    assert.equal(u?.message, "Unknown key 'nmae' in variant 1 of compare. Did you mean 'name'?");
    const missing = only(parseSpec(typo).diagnostics, 'missing-key');
    assert.equal(missing.message, "Missing 'name' in variant 1 of compare.");
    assert.deepEqual(missing.range, locate(typo, 'nmae: a'));
  });

  test('names are required, text, and unique', () => {
    const text = withCompare(`  - name: a
    set: { seed: 2 }
  - name: b
    set: { seed: 3 }
  - name: a
    set: { seed: 4 }
`);
    const r = parseSpec(text);
    const d = only(r.diagnostics, Codes.compareDuplicateName);
    assert.equal(
      d.message,
      "Variants 1 and 3 are both named 'a': give each its own name, as the results are told apart by name.",
    );
    const third = locate(text, '  - name: a', 1);
    assert.deepEqual(d.range, { line: third.line, column: 11, endLine: third.line, endColumn: 12 });
    assert.deepEqual(
      r.spec?.variants?.map((v) => v.name),
      ['a', 'b'],
    );
    const empty = only(parseSpec(withCompare('  - name: ""\n    set: { seed: 2 }\n')).diagnostics, 'wrong-type');
    assert.equal(empty.message, "A variant's name must be a short text such as lr 0.1, but is the text ''.");
  });

  test(`at most ${MAX_VARIANTS} variants: the one after is where the error is`, () => {
    const entries = Array.from({ length: MAX_VARIANTS + 2 }, (_, i) => `  - { name: s${i}, set: { seed: ${i} } }\n`);
    const text = withCompare(entries.join(''));
    const r = parseSpec(text);
    const d = only(r.diagnostics, Codes.compareTooMany);
    assert.equal(
      d.message,
      `compare lists ${MAX_VARIANTS + 2} variants; nnspec trains at most ${MAX_VARIANTS} beside the file. Split them over several files.`,
    );
    assert.deepEqual(d.range, locate(text, `{ name: s${MAX_VARIANTS}, set: { seed: ${MAX_VARIANTS} } }`));
    assert.equal(r.spec?.variants?.length, MAX_VARIANTS);
  });

  test('set must be a non-empty mapping of PATH: VALUE', () => {
    const list = withCompare('  - name: a\n    set: [seed, 2]\n');
    const d = only(parseSpec(list).diagnostics, 'wrong-type');
    assert.equal(
      d.message,
      'set must be a mapping of PATH: VALUE, e.g. { training.learning_rate: 0.1 }, but is a list.',
    );
    assert.deepEqual(d.range, locate(list, '[seed, 2]'));
    const empty = withCompare('  - name: a\n    set: {}\n');
    const e = only(parseSpec(empty).diagnostics, 'empty-list');
    assert.deepEqual(e.range, locate(empty, '{}'));
  });
});

describe("compare: a variant's PATHs", () => {
  test('a misspelt PATH: at the key, with a fix writing the corrected PATH', () => {
    const text = withCompare('  - name: a\n    set: { training.learnig_rate: 0.1 }\n');
    const d = only(parseSpec(text).diagnostics, 'unknown-key');
    assert.equal(d.message, "Unknown key 'learnig_rate' in training. Did you mean training.learning_rate?");
    assert.deepEqual(d.range, locate(text, 'training.learnig_rate'));
    assert.deepEqual(d.fixes, [
      {
        title: "Change to 'training.learning_rate'",
        range: locate(text, 'training.learnig_rate'),
        text: 'training.learning_rate',
      },
    ]);
    assert.equal(parseSpec(text).spec?.variants?.length, 0, 'a variant with a bad PATH is not trained');
  });

  test('a layer the file lacks, a PATH past a value, compare itself: bad-set-path at the key', () => {
    for (const [path, message] of [
      ['network.layers.3.units', /^There is no layer 3: the file has 2 layers/],
      ['training.learning_rate.x', /is a single value/],
      ['compare', /compare lists the variants/],
    ] as const) {
      const text = withCompare(`  - name: a\n    set: { ${path}: 1 }\n`);
      const d = only(parseSpec(text).diagnostics, Codes.badSetPath);
      assert.match(d.message, message);
      assert.deepEqual(d.range, locate(text, path, path === 'compare' ? 1 : 0));
      assert.equal(d.severity, 'error');
    }
  });
});

describe("compare: a variant's values, validated as if the file said them", () => {
  test('a bad value: at the value in compare, naming the variant, with a fix that edits it there', () => {
    const text = withCompare(
      '  - name: relu\n    set: { network.layers.1.activation: rellu, training.learning_rate: 0 }\n',
    );
    const r = parseSpec(text);
    const act = only(r.diagnostics, 'unknown-value');
    assert.equal(act.message, "Unknown activation 'rellu'. Did you mean 'relu'? (in variant 'relu')");
    assert.deepEqual(act.range, locate(text, 'rellu'));
    assert.deepEqual(act.fixes, [{ title: "Change to 'relu'", range: locate(text, 'rellu'), text: 'relu' }]);
    const rate = only(r.diagnostics, 'out-of-range');
    assert.deepEqual(rate.range, within(text, 'training.learning_rate: 0 }', '0'));
    assert.equal(rate.from, undefined, 'only --set overrides are usage errors');
    assert.ok(r.spec, "the file's own network is fine");
    assert.equal(analyze(text, io).runnable, false, 'but nothing trains while a variant is wrong');
  });

  test("a matrix value: a bad row is found at that row of the variant's value", () => {
    const text = withCompare('  - name: w\n    set: { network.layers.2.W: [[1, 2, 3, 4], [5]] }\n');
    const d = only(parseSpec(text).diagnostics, 'ragged-matrix');
    assert.deepEqual(d.range, locate(text, '[5]'));
    assert.match(d.message, /^Row 2 of W\[2\] has 1 numbers but row 1 has 4/);
  });

  test("what a variant makes wrong elsewhere: at the variant's first line, naming the line it is about", () => {
    const base = edit(XOR, '      activation: sigmoid', '      activation: sigmoid\n      W: [[1, 2, 3, 4]]');
    const text = withCompare('  - name: three units\n    set: { network.layers.1.units: 3 }\n', base);
    const a = analyze(text, io);
    const d = only(a.diagnostics, 'shape-mismatch-W');
    const line = locate(text, '[[1, 2, 3, 4]]').line;
    assert.match(d.message, new RegExp(`^W\\[2\\] must be \\(1, 3\\).*\\(in variant 'three units', line ${line}\\)$`));
    assert.deepEqual(d.range, locate(text, 'name: three units'));
    assert.equal(d.fixes, undefined);
    assert.equal(a.runnable, false);
    assert.equal(a.variants[0].analysis.runnable, false);
  });

  test("data and shapes are checked per variant: a test split too large for the variant's data", () => {
    const text = withCompare('  - name: split\n    set: { data.test_split: 0.9 }\n');
    const d = only(analyze(text, io).diagnostics, 'data-test-split');
    assert.deepEqual(d.range, locate(text, '0.9'));
    assert.match(d.message, /leaving none to train on\. \(in variant 'split'\)$/);
  });

  test("the file's own diagnostics are not repeated for each variant", () => {
    const base = edit(XOR, 'seed: 7', 'seed: 7\ncolour: blue');
    const text = withCompare('  - { name: a, set: { seed: 1 } }\n  - { name: b, set: { seed: 2 } }\n', base);
    const a = analyze(text, io);
    assert.equal(a.diagnostics.filter((d) => d.code === 'unknown-key').length, 1);
    assert.deepEqual(
      a.variants.map((v) => [v.name, v.analysis.parse.spec?.seed, v.analysis.dataset?.X.cols]),
      [
        ['a', 1, 4],
        ['b', 2, 4],
      ],
    );
  });

  test('with --set, each variant is the file, then --set, then its own set', () => {
    const text = withCompare('  - { name: a, set: { training.learning_rate: 0.3 } }\n');
    const r = parseSpec(text, [
      {
        path: 'training.learning_rate',
        value: { kind: 'scalar', value: 0.7 },
        origin: '--set training.learning_rate=0.7',
      },
      { path: 'seed', value: { kind: 'scalar', value: 9 }, origin: '--set seed=9' },
    ]);
    assert.equal(r.spec?.training.learningRate, 0.7);
    assert.equal(r.variants?.[0].parse.spec?.training.learningRate, 0.3);
    assert.equal(r.variants?.[0].parse.spec?.seed, 9);
  });
});

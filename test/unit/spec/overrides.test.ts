// --set PATH=VALUE in the core: applied to the tree before validation, as if the file said so.
import { NO_FILES } from '../data/spec-fixture';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseSpec } from '../../../src/core/spec/index';
import { resolvePath } from '../../../src/core/spec/overridePath';
import { applyOverrides, parseSetArgument, type Override } from '../../../src/core/spec/overrides';
import { readTree } from '../../../src/core/spec/yamlTree';
import { localizeDiagnostic } from '../../../src/core/messages/localize';
import { edit, flowerSpec, locate, only, within, XOR } from './helpers';

function set(...args: string[]): Override[] {
  return args.map((a) => {
    const o = parseSetArgument(a);
    assert.ok(typeof o !== 'string', o as string);
    return o;
  });
}

/** The spec of `text` with the overrides; fails when there is none or when there is an error. */
function specWith(text: string, ...args: string[]) {
  const r = parseSpec(text, set(...args));
  assert.deepEqual(
    r.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  assert.ok(r.spec);
  return r.spec;
}

const CSV = `data:
  csv: {path: a.csv, features: [x], target: y}
network: {layers: [{units: 1, activation: sigmoid}]}
loss: binary_cross_entropy
training: {iterations: 5, learning_rate: 0.1}
`;

describe('--set: every kind of key', () => {
  test('numbers and whole numbers', () => {
    const s = specWith(XOR, 'training.learning_rate=0.5', 'training.iterations=7', 'seed=11');
    assert.equal(s.training.learningRate, 0.5);
    assert.equal(s.training.iterations, 7);
    assert.equal(s.seed, 11);
    assert.equal(specWith(XOR, 'training.learning_rate=1e-3').training.learningRate, 0.001);
  });

  test('enums: init, loss, optimizer, layout, normalize, an activation', () => {
    const s = specWith(flowerSpec(), 'network.init=zeros', 'training.optimizer=adam', 'data.normalize=standard');
    assert.equal(s.network.init, 'zeros');
    assert.equal(s.training.optimizer, 'adam');
    assert.equal(s.data.normalize, 'standard');
    assert.equal(specWith(flowerSpec(), 'layout=rows').layout, 'rows');
    assert.equal(specWith(flowerSpec(), 'network.layers.1.activation=relu').network.layers[0].activation, 'relu');
    const mse = specWith(flowerSpec(), 'loss=mse', 'network.layers.2.activation=linear');
    assert.equal(mse.loss, 'mse');
    assert.equal(mse.network.layers[1].activation, 'linear');
  });

  test('booleans, text and lists', () => {
    const s = specWith(CSV, 'data.csv.one_hot=true', 'data.csv.path=b.csv', 'data.csv.features=[x, 3]', 'name=Run 2');
    assert.deepEqual(s.data.source, { kind: 'csv', path: 'b.csv', features: ['x', 3], target: ['y'], oneHot: true });
    assert.equal(s.name, 'Run 2');
  });

  test('matrices, as YAML flow lists of rows', () => {
    const s = specWith(XOR, 'network.layers.2.W=[[1, 2, 3, 4]]', 'network.layers.2.b=[[0.5]]');
    assert.deepEqual(s.network.layers[1].W, [[1, 2, 3, 4]]);
    assert.deepEqual(s.network.layers[1].b, [[0.5]]);
    const x = specWith(XOR, 'data.inline.X=[[1, 2, 3, 4], [5, 6, 7, 8]]');
    assert.deepEqual(x.data.source.kind === 'inline' && x.data.source.X, [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });

  test('layers by their number from 1, and their keys', () => {
    const s = specWith(
      XOR,
      'network.layers.1.units=8',
      'network.layers.2.activation=tanh',
      'network.layers.1.alpha=0.2',
    );
    assert.equal(s.network.layers[0].units, 8);
    assert.equal(s.network.layers[0].alpha, 0.2);
    assert.equal(s.network.layers[1].activation, 'tanh');
    assert.equal(s.network.layers[1].units, 1);
  });

  test('a key the file lacks is added, with the sections it needs', () => {
    const s = specWith(XOR, 'training.regularization.l2=0.1', 'training.batch_size=2');
    assert.deepEqual(s.training.regularization, { kind: 'l2', lambda: 0.1 });
    assert.equal(s.training.batchSize, 2);
    const empty = specWith(
      edit(XOR, '  learning_rate: 1.2\n', '  learning_rate: 1.2\n  regularization:\n'),
      'training.regularization.l1=0.3',
    );
    assert.deepEqual(empty.training.regularization, { kind: 'l1', lambda: 0.3 });
  });

  test('a whole section, a whole layer or the layer list at once', () => {
    const g = specWith(flowerSpec(), 'data.generate={kind: moons, samples: 50, noise: 0.2}');
    assert.deepEqual(g.data.source, { kind: 'generate', generator: 'moons', samples: 50, noise: 0.2 });
    const l = specWith(XOR, 'network.layers.1={units: 3, activation: relu}');
    assert.deepEqual(l.network.layers[0], { units: 3, activation: 'relu', alpha: 0.01 });
    const all = specWith(XOR, 'network.layers=[{units: 1, activation: sigmoid}]');
    assert.equal(all.network.layers.length, 1);
  });

  test('later overrides apply to what earlier ones made; the same PATH twice: the last wins', () => {
    const s = specWith(XOR, 'training.regularization={l2: 1}', 'training.regularization.l2=2', 'seed=3', 'seed=4');
    assert.deepEqual(s.training.regularization, { kind: 'l2', lambda: 2 });
    assert.equal(s.seed, 4);
  });

  test('the tree given is not changed (copy on write), and no override changes nothing', () => {
    const tree = readTree(XOR);
    const before = JSON.stringify(tree.root);
    const out = applyOverrides(
      tree.root!,
      tree.ranges,
      XOR,
      set('network.layers.1.units=9', 'training.regularization.l2=1'),
    );
    assert.equal(JSON.stringify(tree.root), before);
    assert.notEqual(JSON.stringify(out.root), before);
    assert.equal(tree.ranges.get('key:training.regularization.l2'), undefined);
    const none = applyOverrides(tree.root!, tree.ranges, XOR, []);
    assert.equal(none.root, tree.root);
    assert.equal(none.ranges, tree.ranges);
  });
});

describe('--set: diagnostics about an override name it and sit at its key', () => {
  test("a bad value of a key in the file: at that key, '(from --set ...)', no fix to edit the file with", () => {
    const r = parseSpec(XOR, set('network.layers.1.activation=rellu'));
    const d = only(r.diagnostics, 'unknown-value');
    assert.equal(
      d.message,
      "Unknown activation 'rellu'. Did you mean 'relu'? (from --set network.layers.1.activation=rellu)",
    );
    assert.equal(d.from, '--set network.layers.1.activation=rellu');
    assert.deepEqual(d.range, locate(XOR, 'activation'));
    assert.equal(d.fixes, undefined);
    assert.equal(r.spec, undefined);
  });

  test('out of range and of the wrong type, at the key', () => {
    const rate = only(parseSpec(XOR, set('training.learning_rate=-1')).diagnostics, 'out-of-range');
    assert.equal(
      rate.message,
      'learning_rate must be a number above 0, but is -1. (from --set training.learning_rate=-1)',
    );
    assert.deepEqual(rate.range, locate(XOR, 'learning_rate'));
    const seed = only(parseSpec(XOR, set('seed=abc')).diagnostics, 'wrong-type');
    assert.match(
      seed.message,
      /^seed must be a whole number from 0 to 4,294,967,295 \(2\^32 - 1\), but is the text 'abc'\. \(from --set seed=abc\)$/,
    );
    assert.deepEqual(seed.range, locate(XOR, 'seed'));
    const units = only(parseSpec(XOR, set('network.layers.2.units=1.5')).diagnostics, 'not-integer');
    assert.deepEqual(units.range, locate(XOR, 'units', 1));
  });

  test("a key the file lacks: at the nearest key it has, or a layer's first line", () => {
    const l2 = only(parseSpec(XOR, set('training.regularization.l2=-1')).diagnostics, 'out-of-range');
    assert.deepEqual(l2.range, locate(XOR, 'training'));
    assert.equal(l2.from, '--set training.regularization.l2=-1');
    const alpha = only(parseSpec(XOR, set('network.layers.2.alpha=-1')).diagnostics, 'out-of-range');
    assert.deepEqual(alpha.range, within(XOR, '    - units: 1', 'units: 1'));
    const seed = only(parseSpec(flowerSpec(), set('seed=-2')).diagnostics, 'out-of-range');
    assert.deepEqual(seed.range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  test("a warning about an override says so too, and the file's own diagnostics do not", () => {
    const text = edit(XOR, 'layout: columns', 'layout: columns\ncolour: blue');
    const r = parseSpec(text, set('training.learning_rate=50'));
    const big = only(r.diagnostics, 'large-learning-rate');
    assert.equal(big.severity, 'warning');
    assert.match(big.message, /\(from --set training\.learning_rate=50\)$/);
    const own = only(r.diagnostics, 'unknown-key');
    assert.equal(own.from, undefined);
    assert.doesNotMatch(own.message, /--set/);
    assert.ok(r.spec);
  });

  test('a consequence elsewhere in the file stays where it is: W[2] after layer 1 changes size', () => {
    const text = edit(XOR, '      activation: sigmoid', '      activation: sigmoid\n      W: [[1, 2, 3, 4]]');
    const io = NO_FILES;
    assert.ok(analyze(text, io).runnable);
    const after = only(analyze(text, io, set('network.layers.1.units=3')).diagnostics, 'shape-mismatch-W');
    assert.deepEqual(after.range, locate(text, '[[1, 2, 3, 4]]'));
    assert.equal(after.from, undefined);
    const own = only(analyze(text, io, set('network.layers.2.W=[[1, 2]]')).diagnostics, 'shape-mismatch-W');
    assert.deepEqual(own.range, locate(text, 'W'));
    assert.equal(own.from, '--set network.layers.2.W=[[1, 2]]');
    assert.match(own.message, /^W\[2\] must be \(1, 4\)/);
  });
});

describe('--set: a consequence elsewhere names the --set where the file shows another value', () => {
  const text = edit(XOR, '      activation: sigmoid', '      activation: sigmoid\n      W: [[1, 2, 3, 4]]');
  const mismatch = (...args: string[]) => only(analyze(text, NO_FILES, set(...args)).diagnostics, 'shape-mismatch-W');

  test("the related place at the file's key, and the message, name the --set; the fix to edit that key goes", () => {
    const fileOnly = only(analyze(edit(text, 'units: 4', 'units: 3'), NO_FILES).diagnostics, 'shape-mismatch-W');
    assert.ok(
      fileOnly.fixes?.some((f) => /units/.test(f.title)),
      'without --set, a fix edits units',
    );
    const d = mismatch('network.layers.1.units=3');
    assert.match(d.message, /^W\[2\] must be \(1, 3\).* \(with --set network\.layers\.1\.units=3\)$/);
    assert.equal(d.from, undefined, 'still a problem of the file as changed: exit 1, not a usage error');
    const units = d.related?.find((r) => r.message.startsWith('n[1] = 3'));
    assert.equal(units?.message, 'n[1] = 3 from layers[1].units (set by --set network.layers.1.units=3, not the file)');
    assert.deepEqual(units?.range, locate(text, 'units'));
    const other = d.related?.find((r) => r.message.startsWith('n[2]'));
    assert.equal(other?.message, 'n[2] = 1 from layers[2].units');
    assert.equal(d.fixes?.some((f) => /units/.test(f.title)) ?? false, false);
  });

  test('in Korean too', () => {
    const ko = localizeDiagnostic(mismatch('network.layers.1.units=3'), 'ko');
    assert.match(ko.message, /\(--set network\.layers\.1\.units=3 적용\)$/);
    assert.ok(
      ko.related?.some((r) => r.message.endsWith('(--set network.layers.1.units=3에서 바꾼 값이며 파일의 값이 아님)')),
    );
  });

  test('only the --set that replaced that key, the last one of it; a key the file lacks claims no place', () => {
    const twice = mismatch('network.layers.1.units=5', 'network.layers.1.units=3');
    assert.match(twice.message, /\(with --set network\.layers\.1\.units=3\)$/);
    // alpha is not in layer 2: its --set sits on the layer's first line, where n[2]'s value is.
    const added = mismatch('network.layers.1.units=3', 'network.layers.2.alpha=0.1');
    assert.doesNotMatch(added.message, /alpha/);
    assert.deepEqual(
      added.related?.filter((r) => /--set/.test(r.message)).map((r) => r.message.slice(0, 8)),
      ['n[1] = 3'],
    );
    const unrelated = mismatch('network.layers.2.W=[[1, 2, 3]]', 'training.learning_rate=0.2');
    assert.doesNotMatch(JSON.stringify(unrelated.related), /learning_rate/);
  });
});

describe('--set: PATHs that name nothing', () => {
  const problem = (path: string, text = XOR) => {
    const r = resolvePath(path, readTree(text).root);
    assert.ok(!r.ok, `${path} should be refused`);
    return r;
  };

  test('a misspelt key: did you mean, with the whole PATH corrected', () => {
    const r = problem('training.learnig_rate');
    assert.equal(r.code, 'unknown-key');
    assert.equal(r.message, "Unknown key 'learnig_rate' in training. Did you mean training.learning_rate?");
    assert.equal(r.suggestion, 'training.learning_rate');
    assert.equal(problem('netwrk.init').suggestion, 'network.init');
  });

  test('a key in the wrong section says where it belongs', () => {
    const r = problem('learning_rate');
    assert.equal(r.message, "Unknown key 'learning_rate' at the top level. Did you mean training.learning_rate?");
    assert.equal(r.suggestion, 'training.learning_rate');
    assert.match(
      problem('network.activation').message,
      /activation belongs to a layer: network\.layers\.N\.activation/,
    );
    assert.match(problem('training.zzzzzzzz').message, /Keys here: iterations, epochs, learning_rate/);
  });

  test('layers are numbered from 1 and must exist', () => {
    for (const p of ['network.layers.0.units', 'network.layers.one.units', 'network.layers.01']) {
      const r = problem(p);
      assert.equal(r.code, 'bad-set-path', p);
      assert.match(r.message, /a layer number from 1/, p);
    }
    assert.equal(
      problem('network.layers.3.units').message,
      'There is no layer 3: the file has 2 layers, network.layers.1 to network.layers.2, so network.layers.3.units names no layer.',
    );
    const r = resolvePath('network.layers.2.units', readTree(XOR).root);
    assert.deepEqual(r, { ok: true, segments: ['network', 'layers', 1, 'units'], treePath: 'network.layers.1.units' });
  });

  test('a PATH past a value, into compare, or not a PATH at all', () => {
    assert.equal(
      problem('training.learning_rate.x').message,
      'training.learning_rate is a single value, so training.learning_rate.x goes past it: set training.learning_rate itself.',
    );
    assert.match(
      problem('network.layers.1.W.1').message,
      /W is a matrix: set it whole, e\.g\. network\.layers\.1\.W=\[\[0\.1, 0\.2\]\]/,
    );
    assert.match(problem('compare').message, /compare lists the variants/);
    assert.match(problem('training..learning_rate').message, /is not a PATH/);
    assert.equal(problem('').code, 'bad-set-path');
  });

  test('a PATH through something the file does not hold as a mapping', () => {
    const text = edit(XOR, '  learning_rate: 1.2\n', '  learning_rate: 1.2\n  regularization: 0.1\n');
    assert.match(
      problem('training.regularization.l2', text).message,
      /^training\.regularization in the file is not a mapping of keys/,
    );
  });

  test('in parseSpec: an error at the first line naming the --set, nothing else applied wrongly', () => {
    const r = parseSpec(XOR, set('training.learnig_rate=0.5'));
    const d = only(r.diagnostics, 'unknown-key');
    assert.equal(d.from, '--set training.learnig_rate=0.5');
    assert.match(d.message, /Did you mean training\.learning_rate\? \(from --set training\.learnig_rate=0\.5\)$/);
    assert.deepEqual(d.range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  });
});

describe('parseSetArgument', () => {
  test('PATH=VALUE: VALUE is YAML, split at the first =', () => {
    const o = parseSetArgument('name=a=b');
    assert.ok(typeof o !== 'string');
    assert.equal(o.path, 'name');
    assert.deepEqual(o.value, { kind: 'scalar', value: 'a=b' });
    assert.equal(o.origin, '--set name=a=b');
    const empty = parseSetArgument('training.learning_rate=');
    assert.ok(typeof empty !== 'string');
    assert.deepEqual(empty.value, { kind: 'scalar', value: null });
  });

  test('without = or PATH, or with a VALUE that is not YAML: why', () => {
    assert.equal(
      parseSetArgument('training.learning_rate'),
      "--set takes PATH=VALUE, e.g. --set training.learning_rate=0.5, but got 'training.learning_rate'.",
    );
    assert.match(parseSetArgument('=1') as string, /--set takes PATH=VALUE/);
    assert.match(
      parseSetArgument('network.layers.1.W=[[1, 2]') as string,
      /^--set network\.layers\.1\.W=\[\[1, 2\]: the VALUE is not valid YAML/,
    );
  });
});

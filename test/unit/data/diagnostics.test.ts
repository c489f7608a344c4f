// Each data diagnostic the other data tests do not pin down: its code, severity and the key it is placed at.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadDataset } from '../../../src/core/data';
import { checkShapes } from '../../../src/core/shapes';
import type { DataSource, Diagnostic } from '../../../src/core/spec/types';
import { makeSpec, memoryIO, NO_FILES, rangesFor, type SpecOptions } from './spec-fixture';

const PATHS = [
  'data.generate.samples',
  'data.generate.noise',
  'data.generate.classes',
  'data.test_split',
  'data.csv.path',
  'data.csv.features.0',
  'data.csv.features.1',
  'data.csv.target.0',
  'data.inline.Y',
];
const ranges = rangesFor(PATHS);
const lineOf = (path: string) => PATHS.indexOf(path) + 2;

const CSV = 'a,b,label\n1,2,cat\n3,x,dog\n5,6,\n';

function only(source: DataSource, o: SpecOptions = {}, files = NO_FILES): Diagnostic {
  const r = loadDataset(makeSpec(source, o), ranges, files);
  assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
  return r.diagnostics[0];
}

function expectAt(d: Diagnostic, code: string, severity: Diagnostic['severity'], path: string, words: RegExp) {
  assert.equal(d.code, code);
  assert.equal(d.severity, severity);
  assert.equal(d.range.line, lineOf(path), `${code} placed at line ${d.range.line}, not at ${path}`);
  assert.match(d.message, words);
}

describe('data diagnostics', () => {
  test('generated data: samples, noise and classes out of range', () => {
    const gen = (g: Partial<Extract<DataSource, { kind: 'generate' }>>): DataSource => ({
      kind: 'generate',
      generator: 'flower',
      samples: 100,
      ...g,
    });
    expectAt(only(gen({ samples: 0 })), 'data-samples', 'error', 'data.generate.samples', /from 1 to/);
    expectAt(only(gen({ noise: -1 })), 'data-noise', 'error', 'data.generate.noise', /≥ 0/);
    expectAt(only(gen({ generator: 'spiral', classes: 1 })), 'data-classes', 'error', 'data.generate.classes', /≥ 2/);
    expectAt(
      only(gen({ generator: 'blobs', samples: 2, classes: 3 }), { loss: 'cross_entropy', lastUnits: 3 }),
      'data-samples',
      'error',
      'data.generate.samples',
      /every class needs an example/,
    );
    expectAt(only(gen({ classes: 3 })), 'data-classes-ignored', 'warning', 'data.generate.classes', /ignored/);
  });

  test('a test split that leaves nothing to train on, or nothing to test', () => {
    const xor: DataSource = { kind: 'generate', generator: 'xor', samples: 10 };
    expectAt(only(xor, { testSplit: 0.99 }), 'data-test-split', 'error', 'data.test_split', /none to train on/);
    expectAt(only(xor, { testSplit: 0.01 }), 'data-test-split-empty', 'warning', 'data.test_split', /./);
  });

  test('CSV: a missing file, an unknown column, an index past the end, a word among numbers, an empty class', () => {
    const files = memoryIO({ 'pets.csv': CSV });
    const csv = (features: (string | number)[], target: string[], oneHot = false, path = 'pets.csv'): DataSource => ({
      kind: 'csv',
      path,
      features,
      target,
      oneHot,
    });
    expectAt(only(csv(['a'], ['b'], false, 'nope.csv')), 'data-csv-missing', 'error', 'data.csv.path', /nope/);
    expectAt(
      only(csv(['aa'], ['b']), {}, files),
      'data-csv-column',
      'error',
      'data.csv.features.0',
      /Did you mean 'a'/,
    );
    expectAt(only(csv(['a', 7], ['label']), {}, files), 'data-csv-index', 'error', 'data.csv.features.1', /0 to 2/);
    const word = loadDataset(makeSpec(csv(['b'], ['a']), { loss: 'mse' }), ranges, files).diagnostics;
    expectAt(word[0], 'data-csv-not-number', 'error', 'data.csv.features.0', /'x' is not a number/);
    const empty = loadDataset(
      makeSpec(csv(['a'], ['label'], true), { loss: 'cross_entropy', lastUnits: 2 }),
      ranges,
      files,
    );
    const d = empty.diagnostics.find((x) => x.code === 'data-csv-empty-class');
    assert.ok(d, JSON.stringify(empty.diagnostics));
    expectAt(d, 'data-csv-empty-class', 'error', 'data.csv.target.0', /empty/);
  });

  test('inline X and Y with different numbers of examples: no data set, and the shape check says why', () => {
    const spec = makeSpec({ kind: 'inline', X: [[0, 1, 2]], Y: [[0, 1]] });
    const r = loadDataset(spec, ranges, NO_FILES);
    assert.deepEqual([r.dataset, r.diagnostics], [undefined, []]);
    const [d] = checkShapes(spec, ranges).diagnostics;
    expectAt(
      d,
      'inline-example-count',
      'error',
      'data.inline.Y',
      /X holds m = 3 examples, one per column, and Y holds 2/,
    );
  });
});

// Each limit of src/core/spec/limits.ts: the reproductions of issue 13 get a clear message at the
// key at fault, without allocating what they ask for (every case here runs in milliseconds).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { Codes } from '../../../src/core/spec/codes';
import { count, MAX_CLASSES, MAX_EXAMPLES, MAX_STEPS } from '../../../src/core/spec/limits';
import { Random } from '../../../src/core/engine/random';
import { memoryIO } from '../data/spec-fixture';
import { locate, only, within } from './helpers';

interface Flower {
  units?: string;
  samples?: string;
  steps?: string;
  batch?: string;
  second?: string;
}

/** The course's flower network with some values replaced. */
function flower(o: Flower = {}): string {
  return `data:
  generate:
    kind: flower
    samples: ${o.samples ?? '400'}
network:
  layers:
    - units: ${o.units ?? '4'}
      activation: tanh
${o.second ?? ''}    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  ${o.steps ?? 'iterations: 1000'}
  learning_rate: 1.2
  batch_size: ${o.batch ?? 'full'}
`;
}

function spiral(samples: string, classes: string): string {
  return `data:
  generate: {kind: spiral, samples: ${samples}, classes: ${classes}}
network:
  layers:
    - {units: 8, activation: relu}
    - {units: 3, activation: softmax}
loss: cross_entropy
training: {iterations: 10, learning_rate: 1}
`;
}

const check = (text: string, files: Record<string, string> = {}) => analyze(text, memoryIO(files));

describe('limits on the work a spec asks for', () => {
  test('iterations: 1000000000000 is an error at the value, naming the 10,000,000 steps', () => {
    const text = flower({ steps: 'iterations: 1000000000000' });
    const a = check(text);
    const d = only(a.diagnostics, Codes.tooManySteps);
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, within(text, 'iterations: 1000000000000', '1000000000000'));
    assert.match(d.message, /^iterations: 1,000,000,000,000 is more than the 10,000,000 gradient-descent steps/);
    assert.equal(a.runnable, false);
  });

  test('epochs: 1e308 is an error, never an infinite number of steps', () => {
    const text = flower({ steps: 'epochs: 1e308' });
    const d = only(check(text).diagnostics, Codes.tooManySteps);
    assert.deepEqual(d.range, within(text, 'epochs: 1e308', '1e308'));
    assert.match(d.message, /epochs: 1e\+308 is more than the 10,000,000 .*each epoch is at least one step/);
  });

  test('epochs × batches over the limit is an error that shows the multiplication', () => {
    const epochs = Math.ceil(MAX_STEPS / 400) + 1;
    const text = flower({ steps: `epochs: ${epochs}`, batch: '1' });
    const d = only(check(text).diagnostics, Codes.tooManySteps);
    assert.deepEqual(d.range, within(text, `epochs: ${epochs}`, String(epochs)));
    assert.match(d.message, /^epochs: 25,001 × 400 batches per epoch \(m = 400, batch_size 1\) is 10,000,400 steps/);
  });

  test('units: 100000, 1e6 and 1e9 are errors at the value, and nothing is built', () => {
    for (const units of ['100000', '1e6', '1e9']) {
      const text = flower({ units });
      const a = check(text);
      const d = only(a.diagnostics, Codes.tooManyUnits);
      assert.deepEqual(d.range, within(text, `units: ${units}`, units));
      assert.match(d.message, /is more than the 10,000 units nnspec builds in one layer/);
      assert.equal(a.dataset, undefined, 'no data is generated for a network that cannot be built');
    }
  });

  test('units: 2000 on the flower is a warning: a run may start, the panel shows a sample', () => {
    const text = flower({ units: '2000' });
    const a = check(text);
    const d = only(a.diagnostics, Codes.largeStep);
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, within(text, 'units: 2000', '2000'));
    assert.match(d.message, /Z\[1\], A\[1\], dA\[1\] and dZ\[1\] are each \(2000, 400\)/);
    assert.match(d.message, /shows a sample/);
    assert.ok(a.runnable);
  });

  test('a step too large to hold is an error naming the matrices and the remedy', () => {
    const text = flower({ units: '10000', samples: '1000' });
    const d = only(check(text).diagnostics, Codes.stepTooLarge);
    assert.deepEqual(d.range, within(text, 'units: 10000', '10000'));
    assert.match(
      d.message,
      /are each \(10000, 1000\)\. nnspec holds up to 16,000,000 .* mini-batches \(batch_size: 64\)/,
    );
  });

  test('two wide layers have too many parameters, reported at the layer holding most of them', () => {
    const text = flower({ units: '2000', second: '    - units: 2000\n      activation: tanh\n', batch: '8' });
    const d = only(check(text).diagnostics, Codes.tooManyParameters);
    assert.deepEqual(d.range, locate(text, '2000', 1));
    assert.match(
      d.message,
      /^The network has 4,010,001 parameters \(W\[2\] and b\[2\] alone 4,002,000\); nnspec trains up to 2,000,000/,
    );
  });

  test('a long run is a warning with an estimate, and may still run', () => {
    const text = flower({ units: '100', steps: 'iterations: 5000000' });
    const a = check(text);
    const d = only(a.diagnostics, Codes.longRun);
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, within(text, 'iterations: 5000000', '5000000'));
    assert.match(
      d.message,
      /^This run is long: 5,000,000 steps of 401 parameters on batches of 400 examples take about 73 minutes on a laptop/,
    );
    assert.ok(a.runnable);
  });

  test('samples: 1000000 is an error at the value', () => {
    const text = flower({ samples: '1000000' });
    const d = only(check(text).diagnostics, Codes.tooManyExamples);
    assert.deepEqual(d.range, within(text, 'samples: 1000000', '1000000'));
    assert.match(d.message, new RegExp(`more than the ${MAX_EXAMPLES.toLocaleString('en-US')} examples`));
  });

  test('spiral with classes: 20000 and classes: 1000000 are errors at classes, not internal errors', () => {
    for (const classes of ['20000', '1000000']) {
      const text = spiral('90000', classes);
      const a = check(text);
      const d = only(a.diagnostics, Codes.tooManyClasses);
      assert.deepEqual(d.range, within(text, `classes: ${classes}`, classes));
      assert.match(
        d.message,
        new RegExp(`more than the ${MAX_CLASSES.toLocaleString('en-US')} classes nnspec generates`),
      );
      assert.ok(!a.diagnostics.some((x) => x.code === Codes.internalError));
    }
  });

  test('a one-hot Y over the data budget is an error before it is made', () => {
    const text = spiral('90000', '500');
    const d = only(check(text).diagnostics, Codes.dataTooLarge);
    assert.deepEqual(d.range, within(text, 'samples: 90000', '90000'));
    assert.match(d.message, /^X \(2, 90,000\) and Y \(500, 90,000\) would hold 45,180,000 numbers/);
  });

  test('a CSV with more rows than examples allowed is an error at its path', () => {
    const rows = Array.from({ length: MAX_EXAMPLES + 1 }, (_, i) => `${i % 7},${i % 2}`).join('\n');
    const text = csvSpec('big.csv', false);
    const d = only(check(text, { 'big.csv': `x,y\n${rows}\n` }).diagnostics, Codes.tooManyExamples);
    assert.deepEqual(d.range, within(text, 'path: big.csv', 'big.csv'));
    assert.match(d.message, /^'big\.csv' has 100,001 examples \(rows\); nnspec trains on up to 100,000/);
  });

  test('a one-hot CSV column with more classes than allowed is an error at the target', () => {
    const rows = Array.from({ length: MAX_CLASSES + 1 }, (_, i) => `${i},c${i}`).join('\n');
    const text = csvSpec('many.csv', true);
    const d = only(check(text, { 'many.csv': `x,y\n${rows}\n` }).diagnostics, Codes.tooManyClasses);
    assert.deepEqual(d.range, within(text, 'target: y', 'y'));
    assert.match(d.message, /column 'y' has 1,001 distinct values; nnspec handles up to 1,000 classes/);
  });

  test('a one-hot CSV target whose Y would be over the data budget is an error at the target', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},c${i % 1000}`).join('\n');
    const text = csvSpec('wide.csv', true);
    const d = only(check(text, { 'wide.csv': `x,y\n${rows}\n` }).diagnostics, Codes.dataTooLarge);
    assert.deepEqual(d.range, within(text, 'target: y', 'y'));
    assert.match(
      d.message,
      /^X \(1, 10,000\) and a one-hot Y \(1,000, 10,000\) from column 'y' would hold 10,010,000 numbers/,
    );
  });
});

function csvSpec(path: string, oneHot: boolean): string {
  return `data:
  csv:
    path: ${path}
    features: [x]
    target: y
    one_hot: ${oneHot}
network:
  layers:
    - units: ${oneHot ? 3 : 1}
      activation: ${oneHot ? 'softmax' : 'sigmoid'}
loss: ${oneHot ? 'cross_entropy' : 'binary_cross_entropy'}
training:
  iterations: 10
  learning_rate: 0.1
`;
}

describe('count', () => {
  test("groups as toLocaleString('en-US') does, for whole, fractional, negative and huge numbers", () => {
    const r = new Random(5);
    const values = [0, -0, -0.4, 0.5, -1.5, 999, 1000, -1000, 999_999.5, 1e15 - 1, 1e15, -1e20, NaN, Infinity];
    for (let k = 0; k < 20_000; k++) values.push((r.uniform() - 0.5) * 10 ** r.int(16));
    const locale = (n: number) =>
      Number.isFinite(n) && Math.abs(n) < 1e15 ? Math.round(n).toLocaleString('en-US') : String(n);
    for (const n of values) assert.equal(count(n), locale(n), String(n));
    assert.equal(count(10_000_000), '10,000,000');
  });
});

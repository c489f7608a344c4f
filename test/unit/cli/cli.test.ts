import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../../src/cli';
import { specFile } from './helpers';

const examples = join(__dirname, '..', '..', '..', 'examples');

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// A 2-1 logistic regression on two examples, small enough to work out by hand.
const logistic = (layout: 'columns' | 'rows') => `
layout: ${layout}
data:
  inline:
    X: ${layout === 'columns' ? '[[1, -2], [0.5, 3]]' : '[[1, 0.5], [-2, 3]]'}
    Y: ${layout === 'columns' ? '[[1, 0]]' : '[[1], [0]]'}
network:
  layers:
    - units: 1
      activation: sigmoid
      W: ${layout === 'columns' ? '[[0.2, -0.4]]' : '[[0.2], [-0.4]]'}
      b: [[0.1]]
loss: binary_cross_entropy
training:
  iterations: 3
  learning_rate: 0.5
`;

describe('nnspec check', () => {
  test('reports the wrong W of the broken example at its line and exits 1', () => {
    const file = join(examples, 'broken-shapes.nnspec');
    const r = run('check', file, '--json');
    assert.equal(r.code, 1);
    const { diagnostics } = JSON.parse(r.out);
    const wLine =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.trim().startsWith('W: [[0.1')) + 1;
    const d = diagnostics.find((x: { message: string }) => x.message.startsWith('W[2] must be (1, 4)'));
    assert.ok(d, `no W[2] diagnostic in ${r.out}`);
    assert.equal(d.severity, 'error');
    assert.equal(d.line, wLine);
    assert.match(d.message, /is \(1, 3\)/);
  });

  test('the cause on its line, with the related places under it (text) or in related (JSON)', () => {
    const file = specFile(
      logistic('columns')
        .replace('X: [[1, -2], [0.5, 3]]', 'X: [[1, 0.5], [-2, 3], [4, 5]]')
        .replace('Y: [[1, 0]]', 'Y: [[1, 0, 1]]'),
    );
    const text = run('check', file);
    assert.equal(text.code, 1);
    const lines = text.out.split('\n');
    assert.match(
      lines[0],
      /:5:8: error X is written with one example per row: \(3, 2\) holds 3 examples of 2 features/,
    );
    assert.equal(lines[1], `  ${file}:6:8: Y holds m = 3 examples, one column each`);
    const [d] = JSON.parse(run('check', file, '--json').out).diagnostics;
    assert.equal(d.code, 'x-transposed');
    assert.deepEqual(d.related, [
      { message: 'Y holds m = 3 examples, one column each', line: 6, column: 8, endLine: 6, endColumn: 19 },
      { message: 'W[1] is written (1, 2) = (n[1], n[0])', line: 11, column: 10, endLine: 11, endColumn: 23 },
    ]);
  });

  test('a good file has no diagnostics and exits 0', () => {
    const r = run('check', join(examples, 'planar-flower.nnspec'));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /no problems found/);
  });

  test('a missing file is a clear message and exit 1, not a crash', () => {
    const r = run('check', join(examples, 'no-such-file.nnspec'));
    assert.equal(r.code, 1);
    assert.match(r.err, /Cannot read .*no-such-file\.nnspec: no such file/);
  });

  test('usage errors exit 2 with the usage text', () => {
    assert.equal(run().code, 2);
    assert.equal(run('frobnicate', 'x.nnspec').code, 2);
    assert.equal(run('check', 'x.nnspec', '--steps', '2').code, 2);
    const r = run('train', 'x.nnspec', '--steps', 'two');
    assert.equal(r.code, 2);
    assert.match(r.err, /--steps must be a whole number/);
  });
});

describe('nnspec shapes', () => {
  test('prints every matrix of the flower network in the columns layout', () => {
    const r = run('shapes', join(examples, 'planar-flower.nnspec'), '--json');
    assert.equal(r.code, 0);
    const { shapes } = JSON.parse(r.out);
    assert.deepEqual(shapes.layers[0].W, [4, 2]);
    assert.deepEqual(shapes.layers[0].b, [4, 1]);
    assert.deepEqual(shapes.layers[0].Z, [4, 400]);
    assert.deepEqual(shapes.layers[1].W, [1, 4]);
    assert.equal(shapes.totalParameters, 4 * 2 + 4 + 1 * 4 + 1);
  });

  test('the human table names the equations in course notation', () => {
    const r = run('shapes', join(examples, 'planar-flower.nnspec'));
    assert.match(r.out, /Z\[1\] = W\[1\] A\[0\] \+ b\[1\]: \(4, 2\)\(2, m\) \+ \(4, 1\) -> \(4, m\)/);
  });
});

describe('nnspec train', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

  test('J_0 and the gradients of step 0 equal the formulas worked by hand', () => {
    const r = run('train', specFile(logistic('columns')), '--json', '--steps', '2');
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    // Example 1: x = (1, 0.5), y = 1; example 2: x = (-2, 3), y = 0.
    const a1 = sigmoid(0.2 * 1 - 0.4 * 0.5 + 0.1);
    const a2 = sigmoid(0.2 * -2 - 0.4 * 3 + 0.1);
    const J0 = -(Math.log(a1) + Math.log(1 - a2)) / 2;
    const dW = [((a1 - 1) * 1 + a2 * -2) / 2, ((a1 - 1) * 0.5 + a2 * 3) / 2];
    const db = (a1 - 1 + a2) / 2;
    assert.equal(out.costs.length, 3);
    assert.ok(Math.abs(out.costs[0] - J0) < 1e-12 * J0);
    assert.equal(out.steps.length, 2);
    const l1 = out.steps[0].layers[0];
    assert.ok(Math.abs(l1.A[0][0] - a1) < 1e-12 && Math.abs(l1.A[0][1] - a2) < 1e-12);
    assert.ok(Math.abs(l1.dW[0][0] - dW[0]) < 1e-12 && Math.abs(l1.dW[0][1] - dW[1]) < 1e-12);
    assert.ok(Math.abs(l1.db[0][0] - db) < 1e-12);
    // Step 1 starts from θ_1 = θ_0 - α dθ_0, so its cost is J at the updated weights.
    const W1 = [0.2 - 0.5 * dW[0], -0.4 - 0.5 * dW[1]];
    const b1 = 0.1 - 0.5 * db;
    const J1 = -(Math.log(sigmoid(W1[0] + 0.5 * W1[1] + b1)) + Math.log(1 - sigmoid(-2 * W1[0] + 3 * W1[1] + b1))) / 2;
    assert.ok(Math.abs(out.steps[1].cost - J1) < 1e-12 * J1);
    assert.equal(out.costs[1], out.steps[1].cost);
    assert.ok(out.accuracy >= 0 && out.accuracy <= 1);
  });

  test('the rows layout prints the same numbers transposed', () => {
    const cols = JSON.parse(run('train', specFile(logistic('columns')), '--json', '--steps', '1').out);
    const rows = JSON.parse(run('train', specFile(logistic('rows')), '--json', '--steps', '1').out);
    assert.deepEqual(rows.costs, cols.costs);
    const t = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));
    assert.deepEqual(rows.parameters.W1, t(cols.parameters.W1));
    for (const k of ['Z', 'A', 'dA', 'dZ', 'dW', 'db'] as const) {
      assert.deepEqual(rows.steps[0].layers[0][k], t(cols.steps[0].layers[0][k]), k);
    }
  });

  test('--iterations overrides the file', () => {
    const out = JSON.parse(run('train', specFile(logistic('columns')), '--json', '--iterations', '7').out);
    assert.equal(out.costs.length, 7);
    assert.ok(out.costs[6] < out.costs[0]);
  });

  test('a file with errors is not trained', () => {
    const r = run('train', join(examples, 'broken-shapes.nnspec'));
    assert.equal(r.code, 1);
    assert.match(r.err, /not trained/);
  });

  test('a diverging run stops with a message naming the step', () => {
    // A linear unit under mse with a huge α: each update multiplies the error, so J_t overflows.
    const text = logistic('columns')
      .replace('activation: sigmoid', 'activation: linear')
      .replace('loss: binary_cross_entropy', 'loss: mse')
      .replace('learning_rate: 0.5', 'learning_rate: 1e10')
      .replace('iterations: 3', 'iterations: 50');
    const r = run('train', specFile(text), '--json');
    assert.equal(r.code, 1);
    const out = JSON.parse(r.out);
    assert.ok(out.diverged, r.out);
    assert.match(out.diverged.message, new RegExp(`step ${out.diverged.step}`));
    assert.ok(out.costs.length <= 50);
  });
});

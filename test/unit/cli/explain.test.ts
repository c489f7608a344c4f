// `nnspec explain`: the same numbers as `nnspec train --json`, in both layouts, and clear errors
// with the exit codes of the other commands (1: the file, 2: the command line).

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../../src/cli';

const examples = join(__dirname, '..', '..', '..', 'examples');

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function specFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nnspec-explain-')), 'net.nnspec');
  writeFileSync(file, text);
  return file;
}

/** Two layers on moons, mini-batches of 12 (12, 12, 6 per epoch), momentum and l2: every part of an explanation in use. */
const moons = (layout: 'columns' | 'rows', extra = '') => `
layout: ${layout}
seed: 4
data:
  generate:
    kind: moons
    samples: 30
    noise: 0.2
network:
  layers:
    - units: 5
      activation: tanh
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 6
  learning_rate: 0.3
  batch_size: 12
  optimizer: momentum
  regularization:
    l2: 0.1
${extra}`;

function explained(file: string, step: number, entry: string) {
  const r = run('explain', file, '--step', String(step), '--entry', entry, '--json');
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
}

describe('nnspec explain', () => {
  for (const layout of ['columns', 'rows'] as const) {
    test(`every value equals train --json (${layout})`, () => {
      const file = specFile(moons(layout));
      const T = 3;
      const trained = JSON.parse(run('train', file, '--json', '--steps', String(T + 1)).out);
      const before = JSON.parse(run('train', file, '--json', '--iterations', String(T)).out).parameters;
      const after = JSON.parse(run('train', file, '--json', '--iterations', String(T + 1)).out).parameters;
      const step = trained.steps[T];
      // (unit, example) in the file's layout: (row, column) in columns, (column, row) in rows.
      const at = (unit: number, example: number) => (layout === 'columns' ? [unit, example] : [example, unit]);
      const cases: [string, number][] = [['J', trained.costs[T]]];
      for (const [l, unit] of [
        [1, 4],
        [2, 1],
      ]) {
        const [r, c] = at(unit, 7);
        for (const M of ['Z', 'A', 'dA', 'dZ'] as const)
          cases.push([`${M}[${l}][${r},${c}]`, step.layers[l - 1][M][r - 1][c - 1]]);
        const [wr, wc] = at(unit, 2);
        cases.push([`dW[${l}][${wr},${wc}]`, step.layers[l - 1].dW[wr - 1][wc - 1]]);
        cases.push([`W[${l}][${wr},${wc}]`, before[`W${l}`][wr - 1][wc - 1]]);
        cases.push([`W+[${l}][${wr},${wc}]`, after[`W${l}`][wr - 1][wc - 1]]);
        const [br, bc] = at(unit, 1);
        cases.push([`db[${l}][${br},${bc}]`, step.layers[l - 1].db[br - 1][bc - 1]]);
        cases.push([`b+[${l}][${br},${bc}]`, after[`b${l}`][br - 1][bc - 1]]);
      }
      for (const [entry, value] of cases) assert.equal(explained(file, T, entry).value, value, entry);
    });
  }

  test('--json prints entry, value, formula, substituted and operands as the format page says', () => {
    const x = explained(specFile(moons('columns')), 0, 'dW[1][2,1]');
    assert.equal(x.entry, 'dW[1][2,1]');
    assert.equal(typeof x.value, 'number');
    assert.equal(x.formula, 'dW[1]₂,₁ = (1/m) Σᵢ dZ[1]₂,ᵢ A[0]₁,ᵢ + (λ/m) W[1]₂,₁');
    assert.match(x.substituted, /^dW\[1\]₂,₁ = \(1\/12\) · \(.* \+ … and 6 more \(sum [^)]+\)\) \+ \(0\.1\/12\) · /);
    assert.deepEqual(x.operands, ['dZ[1]', 'A[0]', 'W[1]']);
  });

  test('the text form is the explanation for a student’s notes', () => {
    const r = run('explain', specFile(moons('rows')), '--step', '2', '--entry', 'dZ[1][3,4]');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^dZ\[1\]\[3,4\] at step 2 of .*net\.nnspec: -?[\d.e-]+\n/);
    assert.match(r.out, /\n {2}dZ\[1\]₃,₄ = dA\[1\]₃,₄ · tanh'\(Z\[1\]₃,₄\) = dA\[1\]₃,₄ · \(1 − A\[1\]₃,₄²\)\n/);
    assert.match(r.out, /Walk back with --entry: dA\[1\]\[3,4\], A\[1\]\[3,4\]\./);
  });

  test('a step past the run’s end is a usage error naming the steps there are', () => {
    const r = run('explain', specFile(moons('columns')), '--step', '6', '--entry', 'J');
    assert.equal(r.code, 2);
    assert.match(r.err, /--step 6 is past the run's end: .*net\.nnspec trains 6 steps \(numbered 0–5\)\./);
  });

  test('a bad entry name or index is a usage error with the reason', () => {
    const file = specFile(moons('columns'));
    let r = run('explain', file, '--step', '0', '--entry', 'dw[1][2,1]');
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown matrix 'dw' in 'dw\[1\]\[2,1\]'\. Did you mean 'dW'\?/);
    r = run('explain', file, '--step', '0', '--entry', 'Z[1][6,1]');
    assert.equal(r.code, 2);
    assert.match(r.err, /Z\[1\]\[6,1\] is outside Z\[1\], which is \(5, 12\) = \(n\[1\], m\)/);
    r = run('explain', file, '--step', '2', '--entry', 'Z[1][1,7]');
    assert.equal(r.code, 2, 'the last batch of the epoch has 30 - 2·12 = 6 examples');
    assert.match(r.err, /which is \(5, 6\)/);
  });

  test('missing or misplaced options are usage errors', () => {
    const file = specFile(moons('columns'));
    assert.match(run('explain', file, '--entry', 'J').err, /Missing --step T/);
    assert.match(run('explain', file, '--step', '0').err, /Missing --entry NAME, e\.g\. --entry 'dW\[1\]\[2,1\]'/);
    assert.match(run('explain', file, '--step', 'x', '--entry', 'J').err, /--step must be a whole number ≥ 0, not 'x'/);
    const r = run('explain', file, '--steps', '2', '--entry', 'J');
    assert.equal(r.code, 2);
    assert.match(r.err, /--steps goes with train/);
    assert.equal(run('train', file, '--step', '2').code, 2);
  });

  test('a file with errors is not explained: exit 1 with its diagnostics', () => {
    const r = run('explain', join(examples, 'broken-shapes.nnspec'), '--step', '0', '--entry', 'J');
    assert.equal(r.code, 1);
    assert.match(r.err, /W\[2\] must be \(1, 4\)/);
    assert.match(r.err, /not explained: 1 error/);
    assert.equal(run('explain', join(examples, 'nope.nnspec'), '--step', '0', '--entry', 'J').code, 1);
  });

  test('a run that diverged before the step: exit 1 naming where', () => {
    const text = moons('columns')
      .replace('learning_rate: 0.3', 'learning_rate: 1e10')
      .replace('iterations: 6', 'iterations: 60');
    const r = run(
      'explain',
      specFile(text.replace('activation: sigmoid', 'activation: linear').replace('binary_cross_entropy', 'mse')),
      '--step',
      '50',
      '--entry',
      'J',
    );
    assert.equal(r.code, 1);
    assert.match(r.err, /step 50 was never run: Training diverged at step \d+/);
  });
});

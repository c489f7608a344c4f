// nnspec diff: an unperturbed trace (nnspec's own train --json --steps K) agrees; one perturbed
// entry anywhere is named exactly (step, matrix, row, column, both numbers, formula); the first
// in computing order wins; malformed traces get precise messages; exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lcg } from '../engine/fixtures';
import { cli } from './harness';

const examples = join(__dirname, '..', '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'nnspec-diff-'));
const KINDS = ['Z', 'A', 'dA', 'dZ', 'dW', 'db'] as const;

/** A trace in the form of train --json --steps K, as the tests change it. */
interface Trace {
  steps: { cost?: number; layers: Record<string, number[][]>[] }[];
  costs: number[];
  parameters: Record<string, number[][]>;
  finalCost: number;
  [key: string]: unknown;
}

function ownTrace(file: string, steps: number, iterations: number): Trace {
  const r = cli('train', file, '--json', '--steps', String(steps), '--iterations', String(iterations));
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
}

function diff(file: string, trace: object | string, ...flags: string[]) {
  const path = join(dir, `trace-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof trace === 'string' ? trace : JSON.stringify(trace));
  return cli('diff', file, path, ...flags);
}

function diffJson(file: string, trace: object | string) {
  const r = diff(file, trace, '--json');
  return { code: r.code, result: JSON.parse(r.out) };
}

const clone = (t: Trace): Trace => JSON.parse(JSON.stringify(t));

// Examples of both layouts, fused and unfused outputs, full batch and mini-batches (smaller last batch).
const FILES = ['planar-flower.nnspec', 'house-prices.nnspec', 'penguins-softmax.nnspec', 'spiral-softmax.nnspec'];

describe('nnspec diff against nnspec itself', () => {
  for (const name of FILES) {
    const file = join(examples, name);
    const own = ownTrace(file, 3, 12);

    test(`${name}: its own trace agrees (exit 0)`, () => {
      const r = diff(file, own);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(
        r.out,
        /agrees with nnspec .*: \d+ matrices of 3 steps \(\d+ numbers\), 12 costs, \d final parameters, finalCost/,
      );
      const { result } = diffJson(file, own);
      assert.equal(result.status, 'agree');
      assert.equal(result.compared.steps, 3);
      assert.equal(result.compared.costs, 12);
    });

    test(`${name}: one perturbed entry is found where it is`, () => {
      const rnd = lcg(name.length);
      for (let trial = 0; trial < 6; trial++) {
        const trace = clone(own);
        const step = Math.floor(rnd() * 3);
        const layers = trace.steps[step].layers;
        const l = Math.floor(rnd() * layers.length);
        const kind = KINDS[Math.floor(rnd() * KINDS.length)];
        const M: number[][] = layers[l][kind];
        const i = Math.floor(rnd() * M.length);
        const j = Math.floor(rnd() * M[0].length);
        const before = M[i][j];
        M[i][j] = before === 0 ? 1e-3 : before * (1 + 1e-4);
        const { code, result } = diffJson(file, trace);
        assert.equal(code, 1);
        assert.equal(result.status, 'differ');
        const f = result.first;
        assert.deepEqual(
          [f.step, f.matrix, f.row, f.column, f.yours, f.nnspec],
          [step, `${kind}[${l + 1}]`, i + 1, j + 1, M[i][j], before],
        );
        assert.equal(f.entry, `${kind}[${l + 1}][${i + 1},${j + 1}]`);
        assert.equal(f.at, `steps[${step}].layers[${l}].${kind}[${i}][${j}]`);
        assert.match(f.formula, new RegExp(`^${kind}\\[${l + 1}\\] = `));
      }
    });
  }
});

describe('what nnspec diff reports', () => {
  const file = join(examples, 'planar-flower.nnspec');
  const own = ownTrace(file, 2, 5);

  test('the text names the step, the entry, both numbers and the formula', () => {
    const trace = clone(own);
    trace.steps[1].layers[0].dW[2][1] = 0.5;
    const r = diff(file, trace);
    assert.equal(r.code, 1);
    assert.match(r.out, /^First difference: step 1, dW\[1\]\[3,2\] \(row 3, column 2\)/);
    assert.match(r.out, /yours {3}0\.5\n/);
    assert.match(r.out, /nnspec {2}-?\d/);
    assert.match(r.out, /dW\[1\] = \(1\/m\) dZ\[1\] A\[0\]ᵀ/);
    assert.match(r.out, /steps\[1\]\.layers\[0\]\.dW\[2\]\[1\]/);
  });

  test('the first difference in computing order wins: earlier step, forward before backward', () => {
    const trace = clone(own);
    trace.steps[1].layers[0].Z[0][0] += 1;
    trace.steps[0].layers[0].dW[0][0] += 1; // backward of step 0, layer 1
    trace.steps[0].layers[1].dZ[0][0] += 1; // backward of step 0, layer 2: computed before dW[1]
    trace.steps[0].layers[1].A[0][3] += 1; // forward of step 0: before any backward
    const { result } = diffJson(file, trace);
    assert.equal(result.first.entry, 'A[2][1,4]');
    delete trace.steps[0].layers[1].A;
    assert.equal(diffJson(file, trace).result.first.entry, 'dZ[2][1,1]');
  });

  test('a cost, a final parameter and finalCost are compared too', () => {
    const costs = clone(own);
    costs.costs[4] *= 1.01;
    const c = diffJson(file, costs).result.first;
    assert.deepEqual([c.step, c.entry, c.at], [4, 'J', 'costs[4]']);
    assert.match(c.formula, /^J = -\(1\/m\) Σ/);
    const params = clone(own);
    params.parameters.b2[0][0] += 0.1;
    const p = diffJson(file, params).result.first;
    assert.deepEqual([p.step, p.entry], [undefined, 'b[2][1,1]']);
    assert.match(p.formula, /after 5 steps/);
    const final = clone(own);
    final.finalCost *= 2;
    assert.equal(diffJson(file, final).result.first.entry, 'finalCost');
  });

  test('hints: the missing 1/m, a flipped sign, a transposed square matrix', () => {
    const m = clone(own);
    m.steps[0].layers[1].dW = m.steps[0].layers[1].dW.map((r: number[]) => r.map((x) => x * 400));
    assert.match(diffJson(file, m).result.first.hint, /m = 400 times nnspec's: the 1\/m is missing/);
    const sign = clone(own);
    sign.steps[0].layers[0].dZ = sign.steps[0].layers[0].dZ.map((r: number[]) => r.map((x) => -x));
    assert.match(diffJson(file, sign).result.first.hint, /opposite sign everywhere/);
    const xor = join(examples, 'xor.nnspec'); // m = 4 and a 4-unit hidden layer: A[1] is (4, 4)
    const t = ownTrace(xor, 1, 1);
    const A = t.steps[0].layers[0].A;
    t.steps[0].layers[0].A = A.map((row, i) => row.map((_, j) => A[j][i]));
    assert.match(diffJson(xor, t).result.first.hint, /transposed/);
  });

  test("NaN and Infinity as Python's json writes them are read, and differ from numbers", () => {
    const text = JSON.stringify(own).replace(/"costs":\[[^,]+,/, '"costs":[NaN,');
    const { code, result } = diffJson(file, text);
    assert.equal(code, 1);
    assert.equal(result.first.entry, 'J');
    assert.equal(result.first.yours, null); // JSON.stringify(NaN)
  });
});

describe('a trace that cannot be compared', () => {
  const file = join(examples, 'planar-flower.nnspec');
  const own = ownTrace(file, 1, 3);
  const problems = (trace: object | string): string => {
    const r = diff(file, trace);
    assert.equal(r.code, 1);
    assert.match(r.err, /cannot be compared:/);
    return r.err;
  };

  test('bad JSON: where it breaks', () => {
    assert.match(problems('{"costs": [1, 2,, 3]}'), /not valid JSON \(line 1, column 17, at ", 3\]}"\)/);
  });

  test('unknown keys, with the closest known one', () => {
    const t = clone(own);
    t.steps[0].layers[0].dz = t.steps[0].layers[0].dZ;
    t.cost = [1];
    const err = problems(t);
    assert.match(err, /steps\[0\]\.layers\[0\]: unknown key 'dz'\. Did you mean 'dZ'\?/);
    assert.match(err, /the trace: unknown key 'cost'\. Did you mean 'costs'\?/);
  });

  test('a transposed matrix, a wrong size, a ragged one, a string among the numbers', () => {
    const t = clone(own);
    const dW = t.steps[0].layers[0].dW;
    t.steps[0].layers[0].dW = dW[0].map((_, j) => dW.map((r) => r[j]));
    t.steps[0].layers[1].Z = [[1, 2, 3]];
    t.steps[0].layers[1].A = [[1, 2], [3]];
    (t.parameters.W2[0] as unknown[])[1] = 'x';
    const err = problems(t);
    assert.match(
      err,
      /steps\[0\]\.layers\[0\]\.dW is \(2, 4\), but dW\[1\] is \(4, 2\) = \(n\[1\], n\[0\]\) in the columns layout\. It is transposed/,
    );
    assert.match(
      err,
      /steps\[0\]\.layers\[1\]\.Z is \(1, 3\), but Z\[2\] at step 0 \(its batch has m = 400\) is \(1, 400\)/,
    );
    assert.match(err, /steps\[0\]\.layers\[1\]\.A: row 2 has 1 number, but row 1 has 2/);
    assert.match(err, /parameters\.W2\[0\]\[1\] is the string "x", not a number/);
  });

  test('more steps or layers than the spec has, and nothing to compare', () => {
    const long = { costs: Array.from({ length: 10001 }, () => 0.5) };
    assert.match(problems(long), /costs has 10001 entries, but the spec trains for 10000 steps/);
    assert.match(problems({ steps: [{ layers: [{}, {}, {}] }] }), /layers has 3 entries, but the network has 2 layers/);
    assert.match(problems({ parameters: { W3: [[1]] } }), /parameters: unknown key 'W3'/);
    assert.match(problems({ shapes: {} }), /holds nothing to compare/);
    assert.match(problems('[1, 2]'), /the trace is a list, not an object/);
  });

  test('--json gives the problems', () => {
    const { code, result } = diffJson(file, '{"steps": 3}');
    assert.equal(code, 1);
    assert.equal(result.status, 'invalid');
    assert.match(result.problems[0], /steps is 3, not a list/);
  });
});

describe('nnspec diff on the command line', () => {
  test('usage errors exit 2; a missing trace file or a broken spec exit 1', () => {
    const file = join(examples, 'planar-flower.nnspec');
    assert.equal(cli('diff', file).code, 2);
    assert.equal(cli('diff', file, 'a.json', 'b.json').code, 2);
    assert.equal(cli('diff', '--helper', file).code, 2);
    const missing = cli('diff', file, join(dir, 'nope.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /Cannot read .*nope\.json: no such file/);
    const broken = cli('diff', join(examples, 'broken-shapes.nnspec'), join(dir, 'nope.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.err, /nothing compared: 1 error/);
  });
});

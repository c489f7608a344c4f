// The trace helper end to end: a student's loop (the exported script's functions, the helper
// pasted in) records a trace that nnspec diff accepts; a bug put into the student's backprop is
// named at the right step and matrix; the shipped helper file is the one nnspec diff --helper prints.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TRACE_HELPER_PY } from '../../../src/core/export/traceHelper';
import { cli, exportTo, once } from './harness';
import { compileError, pythonWith, runScripts } from './python';

const examples = join(__dirname, '..', '..', '..', 'examples');
const helperFile = join(examples, 'trace_helper.py');
const dir = mkdtempSync(join(tmpdir(), 'nnspec-trace-'));

/** A notebook-like loop: the student's functions (from `script`) and the helper pasted in. */
function studentLoop(script: string, out: string, costCall: string, update: string): string {
  return `import importlib.util
spec = importlib.util.spec_from_file_location("student", ${JSON.stringify(script)})
student = importlib.util.module_from_spec(spec)
spec.loader.exec_module(student)
exec(open(${JSON.stringify(helperFile)}).read())

X, Y = student.load_data()
parameters = student.initialize_parameters(student.LAYER_DIMS)
for t in range(student.NUM_ITERATIONS):
    AL, cache = student.forward_propagation(X, parameters)
    cost = ${costCall}
    grads = student.backward_propagation(AL, Y, cache, parameters)
    record(cost, **cache, **grads)
    ${update}
save_trace(${JSON.stringify(out)}, parameters)
`;
}

describe('a trace recorded with the helper', () => {
  const flower = join(examples, 'planar-flower.nnspec');
  const penguins = join(examples, 'penguins-softmax.nnspec');
  const traces = {
    viaHelper: join(dir, 'helper.json'),
    viaScript: join(dir, 'script.json'),
    mini: join(dir, 'mini.json'),
    noOneOverM: join(dir, 'no-1-over-m.json'),
    tanhBug: join(dir, 'tanh-bug.json'),
  };

  // Runs the student's loops and the exported scripts, once, inside the first test that needs them.
  const recorded = once(() => {
    const python = pythonWith('numpy');
    const script = exportTo(flower, 'numpy', dir, 20);
    const miniScript = exportTo(penguins, 'numpy', dir, 20);
    const source = readFileSync(script, 'utf8');
    const buggy = (name: string, from: string, to: string) => {
      assert.ok(source.includes(from), `the script has no ${from}`);
      const path = join(dir, `${name}.py`);
      writeFileSync(path, source.replace(from, to));
      return path;
    };
    const noOneOverM = buggy('no_one_over_m', '1 / m * (dZ @ cache[f"A{l - 1}"].T)', '(dZ @ cache[f"A{l - 1}"].T)');
    const tanhBug = buggy('tanh_bug', 'dA * (1 - A ** 2)', 'dA * (1 - A)');
    const gd = 'parameters = student.update_parameters(parameters, grads, student.LEARNING_RATE)';
    const cost = 'student.compute_cost(cache["Z2"], Y)';
    const loops = [
      [script, traces.viaHelper],
      [noOneOverM, traces.noOneOverM],
      [tanhBug, traces.tanhBug],
    ].map(([s, out], i) => {
      const path = join(dir, `loop${i}.py`);
      writeFileSync(path, studentLoop(s, out, cost, gd));
      return { path, args: [] as string[] };
    });
    const runs = runScripts(python, [
      ...loops,
      { path: script, args: ['--trace', traces.viaScript] },
      { path: miniScript, args: ['--trace', traces.mini] },
    ]);
    runs.forEach((r, i) => assert.equal(r.error, undefined, `run ${i}: ${r.error}`));
    return traces;
  });

  test('a correct implementation agrees with nnspec (exit 0)', () => {
    for (const trace of [recorded().viaHelper, recorded().viaScript]) {
      const r = cli('diff', flower, trace);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /55 matrices of 5 steps \(\d+ numbers\), 20 costs, 4 final parameters/);
    }
  });

  test('mini-batches in the rows layout, the last batch of an epoch smaller: agrees', () => {
    const r = cli('diff', penguins, recorded().mini);
    assert.equal(r.code, 0, r.out + r.err);
  });

  test('dW without its 1/m: named at step 0, dW[2], with the hint', () => {
    const r = cli('diff', flower, recorded().noOneOverM, '--json');
    assert.equal(r.code, 1);
    const { first } = JSON.parse(r.out);
    assert.deepEqual([first.step, first.matrix, first.row, first.column], [0, 'dW[2]', 1, 1]);
    assert.match(first.hint, /m = 400 times nnspec's: the 1\/m is missing/);
    assert.equal(first.formula, 'dW[2] = (1/m) dZ[2] A[1]ᵀ');
  });

  test("tanh' written as 1 - a: named at step 0, dZ[1], after dA[1] agreed", () => {
    const r = cli('diff', flower, recorded().tanhBug, '--json');
    assert.equal(r.code, 1);
    const { first, compared } = JSON.parse(r.out);
    assert.deepEqual([first.step, first.matrix], [0, 'dZ[1]']);
    assert.equal(first.formula, "dZ[1] = dA[1] * tanh'(Z[1])");
    assert.equal(compared.matrices, 8); // Z, A of both layers; dZ[2], dW[2], db[2], dA[1]
  });

  test('the helper file is what nnspec diff --helper prints, and compiles', () => {
    const r = cli('diff', '--helper');
    assert.equal(r.code, 0);
    assert.equal(`${r.out}\n`, TRACE_HELPER_PY);
    assert.equal(readFileSync(helperFile, 'utf8'), TRACE_HELPER_PY);
    assert.equal(compileError(pythonWith('numpy'), [helperFile]), undefined);
  });
});

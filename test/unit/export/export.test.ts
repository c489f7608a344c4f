// nnspec export on the command line (stdout, -o FILE or folder, never over a file without
// --force, --json, usage errors), and what the scripts look like: the course's function names,
// shapes in comments in the file's layout, torch.nn in float64 with --device and DDP, short lines.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { agreement, cli, EXPORT_TOLERANCE, exportTo, parseReport, trainJson } from './harness';
import { pythonWith, runScripts } from './python';

const examples = join(__dirname, '..', '..', '..', 'examples');
const flower = join(examples, 'planar-flower.nnspec');
const houses = join(examples, 'house-prices.nnspec');

describe('nnspec export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-export-cli-'));

  test('without -o the script goes to stdout', () => {
    const r = cli('export', flower, '--to', 'numpy');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^#!\/usr\/bin\/env python3\n"""Planar flower, 2-4-1 tanh\/sigmoid: planar-flower\.nnspec/);
    assert.equal(r.err, '');
  });

  test('-o writes the file, and never over an existing one without --force', () => {
    const path = join(dir, 'flower.py');
    const first = cli('export', flower, '--to', 'numpy', '-o', path);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Wrote .*flower\.py/);
    writeFileSync(path, 'my own work\n');
    const again = cli('export', flower, '--to', 'numpy', '-o', path);
    assert.equal(again.code, 1);
    assert.match(again.err, /flower\.py exists and was not overwritten: add --force to replace it\./);
    assert.equal(readFileSync(path, 'utf8'), 'my own work\n');
    assert.equal(cli('export', flower, '--to', 'numpy', '-o', path, '--force').code, 0);
    assert.match(readFileSync(path, 'utf8'), /def forward_propagation/);
  });

  test('-o FOLDER names the script after the spec; --json says where it went', () => {
    const r = cli('export', flower, '--to', 'pytorch', '-o', dir, '--json');
    assert.equal(r.code, 0, r.err);
    const path = join(dir, 'planar-flower_pytorch.py');
    assert.deepEqual(JSON.parse(r.out), { to: 'pytorch', path });
    assert.ok(existsSync(path));
    const stdout = JSON.parse(cli('export', flower, '--to', 'numpy', '--json').out);
    assert.match(stdout.script, /def backward_propagation/);
  });

  test('usage errors exit 2, a missing folder exits 1', () => {
    const none = cli('export', flower);
    assert.equal(none.code, 2);
    assert.match(none.err, /export needs --to numpy or --to pytorch/);
    const typo = cli('export', flower, '--to', 'pytroch');
    assert.equal(typo.code, 2);
    assert.match(typo.err, /--to must be numpy or pytorch, not 'pytroch'\. Did you mean 'pytorch'\?/);
    assert.equal(cli('export', flower, '--to', 'numpy', '--iterations', '0').code, 2);
    const noDir = cli('export', flower, '--to', 'numpy', '-o', join(dir, 'no', 'such', 'x.py'));
    assert.equal(noDir.code, 1);
    assert.match(noDir.err, /Cannot write .*x\.py: there is no folder/);
  });

  test('too many generated points to write into a script: a clear refusal', () => {
    const file = join(dir, 'big.nnspec');
    const text = readFileSync(flower, 'utf8').replace('samples: 400', 'samples: 30000');
    writeFileSync(file, text);
    const r = cli('export', file, '--to', 'numpy');
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /30000 samples are more than 20000: lower data\.generate\.samples, or put the points in a CSV file/,
    );
  });

  test('the CSV path is written relative to the script, which runs from any folder', () => {
    const sub = join(dir, 'scripts', 'deep');
    mkdirSync(sub, { recursive: true });
    const path = join(sub, 'houses.py');
    assert.equal(cli('export', houses, '--to', 'numpy', '-o', path, '--iterations', '3').code, 0);
    assert.match(
      readFileSync(path, 'utf8'),
      /DATA_FILE = Path\(__file__\)\.resolve\(\)\.parent \/ "(\.\.\/)+.*examples\/data\/houses\.csv"/,
    );
    const [run] = runScripts(pythonWith('numpy'), [{ path, args: ['--json'] }]);
    assert.equal(run.error, undefined, run.error);
    assert.equal(JSON.parse(run.stdout).costs.length, 3);
  });
});

describe('a run that diverges', () => {
  test('stops at the step nnspec stops at, in both scripts, with the same costs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-export-diverge-'));
    const file = join(dir, 'diverges.nnspec');
    writeFileSync(
      file,
      `seed: 3
data: { generate: { kind: moons, samples: 40 } }
network: { layers: [{ units: 4, activation: relu }, { units: 1, activation: linear }] }
loss: mse
training: { iterations: 60, learning_rate: 50 }
`,
    );
    const nnspec = trainJson(file);
    assert.equal(nnspec.costs.length, 7); // J_6 is Infinity: the run stops there
    for (const to of ['numpy', 'pytorch'] as const) {
      const path = exportTo(file, to, dir);
      const [run] = runScripts(pythonWith(to === 'numpy' ? 'numpy' : 'torch'), [{ path, args: ['--json'] }]);
      const report = parseReport(run.stdout);
      assert.deepEqual(report.diverged, { step: 6 });
      assert.equal(report.finalCost, null);
      const a = agreement(report, nnspec);
      assert.ok(a.worst <= EXPORT_TOLERANCE, `${to}: ${a.worst} at ${a.where}`);
    }
  });
});

describe('what an exported script looks like', () => {
  const numpyColumns = cli('export', flower, '--to', 'numpy').out;
  const numpyRows = cli('export', houses, '--to', 'numpy').out;
  const torch = cli('export', join(examples, 'penguins-softmax.nnspec'), '--to', 'pytorch').out;

  test("the numpy script has the course's functions, with shapes in the file's layout", () => {
    for (const f of ['initialize_parameters', 'forward_propagation', 'compute_cost', 'backward_propagation']) {
      assert.match(numpyColumns, new RegExp(`\\ndef ${f}\\(`));
    }
    assert.match(numpyColumns, /\ndef update_parameters\(parameters, grads, learning_rate\):/);
    assert.match(
      numpyColumns,
      /Z = parameters\[f"W\{l\}"\] @ cache\[f"A\{l - 1\}"\] \+ parameters\[f"b\{l\}"\] {2}# \(n\[l\], m\)/,
    );
    assert.match(numpyColumns, /X = points\[:, 0:2\]\.T {2}# \(n\[0\], m\) = \(2, 400\)/);
    assert.match(
      numpyRows,
      /Z = cache\[f"A\{l - 1\}"\] @ parameters\[f"W\{l\}"\] \+ parameters\[f"b\{l\}"\] {2}# \(m, n\[l\]\)/,
    );
    assert.match(numpyRows, /X = np\.array\(X, dtype=float\) {2}# \(m, n\[0\]\) = \(500, 2\)/);
    assert.match(numpyRows, /\ndef update_parameters\(parameters, grads, v, s, t, learning_rate,/);
    assert.doesNotMatch(numpyColumns, /import torch/);
  });

  test('the PyTorch script uses torch.nn and autograd in float64, with --device and DDP', () => {
    assert.match(torch, /torch\.set_default_dtype\(torch\.float64\)/);
    assert.match(torch, /nn\.Linear\(4, 8\), {2}# layer 1: Z\[1\]\n {8}nn\.Tanh\(\),/);
    assert.match(torch, /\.backward\(\)/);
    assert.match(torch, /parser\.add_argument\("--device"/);
    assert.match(torch, /DistributedDataParallel\(network/);
    assert.match(torch, /class CourseMomentum\(torch\.optim\.Optimizer\):/);
    assert.doesNotMatch(torch, /import numpy/);
  });

  test('lines stay within 100 characters', () => {
    for (const script of [numpyColumns, numpyRows, torch]) {
      const long = script.split('\n').filter((l) => [...l].length > 100);
      assert.deepEqual(long, []);
    }
  });
});

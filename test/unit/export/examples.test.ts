// Every example exported to numpy and to PyTorch: the scripts compile, read like the course, and
// print what `nnspec train --json` prints to 1e-9 (relative). Full-batch examples are cut to
// their first 300 iterations (the same cut on both sides); mini-batch ones run whole.
import { diskIO } from '../../../src/node/dataFiles';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { exportPlan } from '../../../src/core/export/plan';
import { agreement, cli, EXPORT_TOLERANCE, exportTo, once, parseReport, trainJson, type Report } from './harness';
import { compileError, pythonWith, runScripts } from './python';

const examples = join(__dirname, '..', '..', '..', 'examples');
const FULL_BATCH_STEPS = 300;

interface Example {
  file: string;
  name: string;
  runnable: boolean;
  /** --iterations for both nnspec and the scripts; undefined runs the file as it is. */
  iterations?: number;
}

function examplesList(): Example[] {
  return readdirSync(examples)
    .filter((f) => f.endsWith('.nnspec'))
    .sort()
    .map((name) => {
      const file = join(examples, name);
      const a = analyze(readFileSync(file, 'utf8'), diskIO({ baseDir: dirname(resolve(file)) }));
      if (!a.runnable) return { file, name, runnable: false };
      const plan = exportPlan(a.parse.spec!, a.dataset!, name);
      const cut = plan.batch.kind === 'full' && plan.steps > FULL_BATCH_STEPS;
      return { file, name, runnable: true, iterations: cut ? FULL_BATCH_STEPS : undefined };
    });
}

describe('every example, exported', () => {
  const all = examplesList();
  const runnable = all.filter((e) => e.runnable);
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-export-examples-'));
  const scripts = { numpy: [] as string[], pytorch: [] as string[] };
  const nnspec: Report[] = [];

  before(() => {
    for (const e of runnable) {
      nnspec.push(trainJson(e.file, e.iterations));
      scripts.numpy.push(exportTo(e.file, 'numpy', dir, e.iterations));
      scripts.pytorch.push(exportTo(e.file, 'pytorch', dir, e.iterations));
    }
  });

  test('the examples directory has runnable examples and broken ones', () => {
    assert.ok(runnable.length >= 8, `only ${runnable.length} runnable examples`);
    assert.ok(all.length > runnable.length);
  });

  for (const e of all.filter((x) => !x.runnable)) {
    test(`${e.name} is not exported: its errors are listed, exit 1`, () => {
      const r = cli('export', e.file, '--to', 'numpy');
      assert.equal(r.code, 1);
      assert.match(r.err, /error [\s\S]*\n.*not exported: \d+ errors?/);
      assert.equal(r.out, '');
    });
  }

  test('every script passes python3 -m py_compile', () => {
    const python = pythonWith('numpy');
    assert.equal(compileError(python, [...scripts.numpy, ...scripts.pytorch]), undefined);
  });

  for (const library of ['numpy', 'pytorch'] as const) {
    describe(`${library} scripts`, () => {
      const reports = once(() => {
        const python = pythonWith(library === 'numpy' ? 'numpy' : 'torch');
        const runs = runScripts(
          python,
          scripts[library].map((path) => ({ path, args: ['--json'] })),
        );
        return runs.map((r, i) => {
          if (r.error) throw new Error(`${scripts[library][i]} failed:\n${r.error}`);
          return parseReport(r.stdout);
        });
      });
      runnable.forEach((e, i) => {
        test(`${e.name}: costs and parameters equal nnspec's to ${EXPORT_TOLERANCE}`, (t) => {
          const report = reports()[i];
          const a = agreement(report, nnspec[i]);
          t.diagnostic(`${e.name} ${library}: max relative difference ${a.worst.toExponential(2)}`);
          assert.ok(a.worst <= EXPORT_TOLERANCE, `${a.worst} at ${a.where}`);
          assert.equal(report.costs.length, nnspec[i].costs.length);
        });
      });
    });
  }
});

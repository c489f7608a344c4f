// Random specs (seeded fast-check) exported to numpy and PyTorch: each script's --json equals
// `nnspec train --json` to 1e-9 (relative), and every script compiles.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { agreement, cli, EXPORT_TOLERANCE, exportTo, parseReport, trainJson, type Report } from './harness';
import { compileError, pythonWith, runScripts } from './python';
import { randomSpecArb, writeRandomSpec } from './randomSpecs';

const CASES = 16;
const SEED = 20261201;

describe('random specs, exported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-export-random-'));
  const specs = fc.sample(randomSpecArb, { seed: SEED, numRuns: CASES }).map((r, i) => {
    const caseDir = join(dir, `case${i}`);
    mkdirSync(caseDir);
    return writeRandomSpec(r, caseDir, `case${i}`);
  });
  const nnspec: Report[] = [];
  const scripts = { numpy: [] as string[], pytorch: [] as string[] };

  before(() => {
    for (const file of specs) {
      const check = cli('check', file);
      if (check.code !== 0)
        throw new Error(`the generator made a broken spec:\n${check.out}\n${readFileSync(file, 'utf8')}`);
      nnspec.push(trainJson(file));
      scripts.numpy.push(exportTo(file, 'numpy', dir));
      scripts.pytorch.push(exportTo(file, 'pytorch', dir));
    }
  });

  test('the cases cover the format', () => {
    const texts = specs.map((f) => readFileSync(f, 'utf8'));
    for (const word of ['"rows"', '"columns"', 'softmax', '"mse"', 'binary_cross_entropy', 'leaky_relu', '"adam"']) {
      assert.ok(
        texts.some((t) => t.includes(word)),
        `no case has ${word}`,
      );
    }
    for (const word of ['"momentum"', 'batch_size', '"epochs"', '"csv"', '"inline"', '"generate"', 'l1', 'l2']) {
      assert.ok(
        texts.some((t) => t.includes(word)),
        `no case has ${word}`,
      );
    }
    assert.ok(texts.some((t) => /"test_split": 0\.\d/.test(t)));
    assert.ok(texts.some((t) => /"normalize": "(standard|minmax)"/.test(t)));
  });

  test('every script passes python3 -m py_compile', () => {
    assert.equal(compileError(pythonWith('numpy'), [...scripts.numpy, ...scripts.pytorch]), undefined);
  });

  for (const library of ['numpy', 'pytorch'] as const) {
    test(`${library}: every case equals nnspec to ${EXPORT_TOLERANCE}`, (t) => {
      const python = pythonWith(library === 'numpy' ? 'numpy' : 'torch');
      const runs = runScripts(
        python,
        scripts[library].map((path) => ({ path, args: ['--json'] })),
      );
      let worst = 0;
      runs.forEach((r, i) => {
        assert.equal(r.error, undefined, `${scripts[library][i]}:\n${r.error}\n${readFileSync(specs[i], 'utf8')}`);
        const a = agreement(parseReport(r.stdout), nnspec[i]);
        worst = Math.max(worst, a.worst);
        assert.ok(
          a.worst <= EXPORT_TOLERANCE,
          `${specs[i]}: ${a.worst} at ${a.where}\n${readFileSync(specs[i], 'utf8')}`,
        );
      });
      t.diagnostic(`${library}: max relative difference over ${CASES} cases ${worst.toExponential(2)}`);
    });
  }
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { diskIO } from '../../../src/node/dataFiles';
import { copyExample, listExamples } from '../../../src/node/examples';

const examples = join(__dirname, '..', '..', '..', 'examples');
const io = diskIO({ baseDir: examples });
const BROKEN = ['broken-shapes.nnspec', 'typo-activation.nnspec'];

describe('bundled examples', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.nnspec'));

  test('every example but the broken ones is ready to train', () => {
    assert.ok(files.length >= 12, files.join(', '));
    for (const f of files.filter((f) => !BROKEN.includes(f))) {
      const a = analyze(readFileSync(join(examples, f), 'utf8'), io);
      assert.ok(a.runnable, `${f}: ${a.diagnostics.map((d) => d.message).join('; ')}`);
    }
  });

  test('the broken examples have errors, each with a quick fix', () => {
    for (const f of BROKEN) {
      const a = analyze(readFileSync(join(examples, f), 'utf8'), io);
      const errors = a.diagnostics.filter((d) => d.severity === 'error');
      assert.ok(errors.length > 0, f);
      assert.ok(
        errors.every((d) => (d.fixes ?? []).length > 0),
        `${f}: ${JSON.stringify(errors)}`,
      );
    }
  });

  test('listExamples names each example after its spec and its first comment', () => {
    const list = listExamples(examples);
    assert.equal(list.length, files.length);
    const xor = list.find((e) => e.file === 'xor.nnspec');
    assert.equal(xor?.name, 'XOR with one hidden layer (2-4-1)');
    assert.match(xor?.summary ?? '', /^XOR: the four points/);
  });

  test('copyExample copies the spec and the CSV it reads, never overwriting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-ex-'));
    try {
      const first = copyExample(examples, 'house-prices.nnspec', dir);
      assert.equal(first, join(dir, 'house-prices.nnspec'));
      assert.ok(existsSync(join(dir, 'data', 'houses.csv')));
      const copied = analyze(readFileSync(first, 'utf8'), diskIO({ baseDir: dir }));
      assert.ok(copied.runnable, JSON.stringify(copied.diagnostics));
      assert.equal(copyExample(examples, 'house-prices.nnspec', dir), join(dir, 'house-prices-2.nnspec'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

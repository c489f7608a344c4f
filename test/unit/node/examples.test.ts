import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { diskIO } from '../../../src/node/dataFiles';
import { copyExample, listExamples, type CopyTarget } from '../../../src/node/examples';

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

  test('copyExample copies the spec and the CSV it reads, never overwriting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-ex-'));
    const written: string[] = [];
    const target: CopyTarget = {
      exists: (path) => Promise.resolve(existsSync(join(dir, path))),
      write: (path, bytes) => {
        written.push(path);
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
        return Promise.resolve();
      },
    };
    try {
      assert.equal(await copyExample(examples, 'house-prices.nnspec', target), 'house-prices.nnspec');
      assert.deepEqual(written, ['house-prices.nnspec', 'data/houses.csv']);
      const copied = analyze(readFileSync(join(dir, 'house-prices.nnspec'), 'utf8'), diskIO({ baseDir: dir }));
      assert.ok(copied.runnable, JSON.stringify(copied.diagnostics));
      assert.equal(await copyExample(examples, 'house-prices.nnspec', target), 'house-prices-2.nnspec');
      assert.deepEqual(written.slice(2), ['house-prices-2.nnspec'], 'the CSV already there is kept');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

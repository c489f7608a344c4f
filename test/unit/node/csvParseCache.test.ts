// The analysis worker's csv-parse: the same records as csv-parse, parsed once per text and options,
// errors remembered too; and the analysis worker's bundle really uses it in place of csv-parse/sync.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse as csvParse } from 'csv-parse/sync';
import { parse } from '../../../src/node/csvParseCache';
import { csvParseCache, nodeBundle } from '../../../scripts/bundle-options.mjs';

const OPTIONS = { bom: true, skip_empty_lines: true, trim: true } as const;

describe('csvParseCache', () => {
  test('gives what csv-parse gives, the same records again for the same text and options', () => {
    const text = 'x,y\n1, 2\n\n3,4\n';
    const first = parse(text, OPTIONS);
    assert.deepEqual(first, csvParse(text, OPTIONS));
    assert.equal(parse(`${text}`, OPTIONS), first, 'an equal text is not parsed again');
    const info = parse(text, { ...OPTIONS, info: true });
    assert.deepEqual(info, csvParse(text, { ...OPTIONS, info: true }));
    assert.equal(parse(text, OPTIONS), first, 'two results are kept: the records and the same text with info');
    const changed = parse('x,y\n1,2\n', OPTIONS);
    assert.deepEqual(changed, [
      ['x', 'y'],
      ['1', '2'],
    ]);
    parse('a\n1\n', OPTIONS);
    assert.notEqual(parse(text, OPTIONS), first, 'only the last two are kept');
  });

  test('a text that is not CSV throws the same error each time', () => {
    const bad = 'x,y\n"1,2\n';
    assert.throws(() => csvParse(bad, OPTIONS));
    let first: unknown;
    try {
      parse(bad, OPTIONS);
    } catch (e) {
      first = e;
    }
    assert.ok(first instanceof Error);
    assert.throws(
      () => parse(bad, OPTIONS),
      (e) => e === first,
    );
  });

  test("the analysis worker's bundle reads CSV through it", async () => {
    const root = join(__dirname, '..', '..', '..');
    const out = await build({
      ...nodeBundle,
      entryPoints: [join(root, 'src/node/analysisWorker.ts')],
      plugins: [csvParseCache],
      write: false,
      metafile: true,
      sourcemap: false,
      outfile: 'analysisWorker.js',
    });
    const inputs = out.metafile.inputs;
    const table = inputs['src/core/data/csv-table.ts'];
    assert.deepEqual(
      table.imports.map((i) => i.path),
      ['src/node/csvParseCache.ts'],
    );
    const cache = inputs['src/node/csvParseCache.ts'];
    assert.deepEqual(
      cache.imports.map((i) => [i.original, i.path.startsWith('node_modules/csv-parse/')]),
      [['csv-parse/sync', true]],
      'the cache itself parses with the real csv-parse',
    );
  });
});

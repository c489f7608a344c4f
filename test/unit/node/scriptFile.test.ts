// Where the editor and `nnspec export` put a script, and the CSV path the script opens.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Spec } from '../../../src/core/spec/types';
import { csvPathFor, scriptPathBeside } from '../../../src/node/scriptFile';

const withSource = (source: Spec['data']['source']) => ({ data: { source } }) as Spec;

describe('script files', () => {
  test('the script sits beside the spec, named after it', () => {
    assert.equal(scriptPathBeside(join('/w', 'nets', 'flower.nnspec'), 'numpy'), join('/w', 'nets', 'flower.py'));
    assert.equal(scriptPathBeside(join('/w', 'flower.nnspec'), 'pytorch'), join('/w', 'flower_pytorch.py'));
  });

  test("the CSV path is relative to the script's folder, with /", () => {
    const csv = withSource({ kind: 'csv', path: 'data/p.csv' } as Spec['data']['source']);
    assert.equal(csvPathFor(csv, '/w/nets', '/w/nets'), 'data/p.csv');
    assert.equal(csvPathFor(csv, '/w/nets', '/w/out'), '../nets/data/p.csv');
    assert.equal(csvPathFor(withSource({ kind: 'inline' } as Spec['data']['source']), '/w', '/w'), undefined);
  });
});

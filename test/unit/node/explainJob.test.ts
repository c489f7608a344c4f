// The editor's Explain an Entry job (what its worker runs): the text `nnspec explain --step 0` prints for
// the same entry, from a file on disk or one the host read; what cannot be explained is one clear sentence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { explain, explainContext } from '../../../src/core/explain';
import { explanationText } from '../../../src/core/explain/text';
import { Trainer } from '../../../src/core/training/trainer';
import { diskIO } from '../../../src/node/dataFiles';
import { editorAnalysis } from '../../../src/node/analysisProtocol';
import { explainJob } from '../../../src/node/explainJob';

const examples = join(__dirname, '..', '..', '..', 'examples');
const read = (file: string) => readFileSync(join(examples, file), 'utf8');
const job = (text: string, entry: string, more = {}) =>
  explainJob({ type: 'explain', text, baseDir: examples, entry, where: 'the spec', ...more });

/** What the core says of `entry` at step 0, written out as the CLI writes it. */
function expected(text: string, entry: string): string {
  const a = analyze(text, diskIO({ baseDir: examples }));
  const snapshot = new Trainer(a.parse.spec!, a.dataset!, { history: { first: 0, last: 0, thinned: 0 } }).next(
    true,
  )!.snapshot!;
  const r = explain(snapshot, explainContext(a.parse.spec!), entry);
  assert.ok(r.ok);
  return explanationText(r.explanation, 'the spec');
}

describe('the explain job', () => {
  test('an entry of step 0 and the cost J are explained as nnspec explain writes them', () => {
    const flower = read('planar-flower.nnspec');
    for (const entry of ['dW[1][3,2]', 'J']) {
      const r = job(flower, entry);
      assert.equal(r.type, 'explain', JSON.stringify(r));
      assert.equal(r.type === 'explain' && r.text, expected(flower, entry));
    }
  });

  test('a CSV the host read (a virtual workspace) is used, not the disk', () => {
    const spec = read('penguins-softmax.nnspec');
    const path = /path:\s*(\S+)/.exec(spec)![1];
    const csv = read(path);
    const r = job(spec, 'db[2][1,1]', { baseDir: '/nowhere', given: { path, read: { ok: true, text: csv } } });
    assert.equal(r.type, 'explain', JSON.stringify(r));
  });

  test('an entry outside the network, a name that is not one, and a spec with errors: one sentence each', () => {
    const xor = read('xor.nnspec');
    const outside = job(xor, 'dW[7][1,1]');
    assert.equal(outside.type, 'error');
    assert.match(outside.type === 'error' ? outside.message : '', /layer|W\[7\]/);
    assert.equal(job(xor, 'dQ[1][1,1]').type, 'error');
    const broken = job(read('broken-shapes.nnspec'), 'J');
    assert.match(
      broken.type === 'error' ? broken.message : '',
      /^The spec cannot be trained, so nothing was explained: /,
    );
  });

  test("the editor's analysis carries the sizes an entry must fit: n[0..L] and the first batch's size", () => {
    const text = read('planar-flower.nnspec');
    const dims = editorAnalysis(analyze(text, diskIO({ baseDir: examples })), false).entryDims;
    assert.deepEqual(dims, { sizes: [2, 4, 1], m: 400, layout: 'columns' });
  });
});

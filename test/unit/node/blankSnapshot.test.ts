// The panel's blank first step: every matrix at the size, sampling and layout of the real step 0's
// snapshot as it is sent (so the panel's layout of it stands when the values come), and no values.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { blankSnapshotDto } from '../../../src/core/blankSnapshot';
import { snapshotDto } from '../../../src/core/dto';
import { firstStepDims } from '../../../src/core/explain/entry';
import { SNAPSHOT_BYTES } from '../../../src/core/messageBudget';
import { Trainer } from '../../../src/core/training/trainer';
import type { MatrixDTO, SnapshotDTO } from '../../../src/protocol';
import { memoryIO } from '../data/spec-fixture';
import { flowerSpec } from '../spec/helpers';

/** Every matrix of a sent snapshot without its values: name → rows, cols and where it sits. */
function outline(s: SnapshotDTO): Record<string, Omit<MatrixDTO, 'data'>> {
  const out: Record<string, Omit<MatrixDTO, 'data'>> = {};
  const add = (name: string, { data: _, ...rest }: MatrixDTO) => (out[name] = rest);
  add('X', s.X);
  add('Y', s.Y);
  s.layers.forEach((layer, i) => {
    for (const [k, m] of Object.entries(layer)) add(`${k}[${i + 1}]`, m);
  });
  return out;
}

function compare(layout: 'columns' | 'rows', units: number, samples: number, batch?: number): boolean {
  let text = flowerSpec(layout, samples).replace('units: 4', `units: ${units}`);
  if (batch) text = text.replace('learning_rate: 1.2', `learning_rate: 1.2, batch_size: ${batch}`);
  const a = analyze(text, memoryIO({}));
  assert.ok(a.runnable, JSON.stringify(a.diagnostics));
  const spec = a.parse.spec!;
  const trainer = new Trainer(spec, a.dataset!);
  trainer.next(true);
  const sent = trainer.sampledSnapshot(0, SNAPSHOT_BYTES)!; // as the worker replies (runReporter.ts)
  const real = snapshotDto(sent.snapshot, layout);
  const blank = blankSnapshotDto(firstStepDims(spec, a.dataset!), layout);
  assert.deepStrictEqual(outline(blank), outline(real));
  assert.equal(blank.exampleAxis, real.exampleAxis);
  assert.equal(blank.step, 0);
  for (const m of [blank.X, blank.Y, ...blank.layers.flatMap((l) => Object.values(l))]) {
    assert.equal(m.data.length, m.rows * m.cols);
    assert.ok(m.data.every((v: number) => v === 0));
  }
  return sent.sample !== undefined;
}

describe('blank first step', () => {
  for (const layout of ['columns', 'rows'] as const) {
    test(`a small network is laid out whole (${layout})`, () => {
      assert.equal(compare(layout, 4, 40), false);
    });
    test(`a mini-batch's step is the batch's size (${layout})`, () => {
      assert.equal(compare(layout, 4, 400, 64), false);
    });
    test(`a 2,000-unit layer is sampled as its snapshot will be (${layout})`, () => {
      assert.equal(compare(layout, 2000, 400), true);
    });
  }
});

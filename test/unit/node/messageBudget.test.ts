// The samplers that keep the panel's messages under a size budget: what they keep is real data,
// the same examples and units in every matrix, and the message fits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { dataPoints, snapshotDto } from '../../../src/core/dto';
import {
  evenlySpaced,
  MESSAGE_BYTES,
  sampleBoundary,
  samplePoints,
  sampleSnapshot,
} from '../../../src/core/messageBudget';
import { networkConfig } from '../../../src/core/engine/init';
import { BoundaryGrid, boundsOf } from '../../../src/core/training/boundary';
import { Trainer } from '../../../src/core/training/trainer';
import { memoryIO } from '../data/spec-fixture';
import { flowerSpec } from '../spec/helpers';

const at = (M: { cols: number; data: Float64Array }, r: number, c: number) => M.data[r * M.cols + c];
/** The length of `v` as JSON with its typed arrays written as lists: more than it takes as a message (8 bytes a number). */
const jsonLength = (v: unknown): number =>
  JSON.stringify(v, (_, x: unknown) => (x instanceof Float64Array ? Array.from(x) : x)).length;

/** The flower with a hidden layer of `units` and `samples` examples, trained for one step. */
function firstStep(units: number, samples: number) {
  const text = flowerSpec('columns', samples).replace('units: 4', `units: ${units}`);
  const a = analyze(text, memoryIO({}));
  assert.ok(a.runnable, JSON.stringify(a.diagnostics));
  const trainer = new Trainer(a.parse.spec!, a.dataset!);
  return { trainer, snapshot: trainer.next(true)!.snapshot!, dataset: a.dataset! };
}

describe('message budget', () => {
  test('evenlySpaced picks k indices from first to near last, or all of them', () => {
    assert.deepEqual(evenlySpaced(10, 4), [0, 2, 5, 7]);
    assert.deepEqual(evenlySpaced(3, 5), [0, 1, 2]);
  });

  test('a small snapshot is sent whole', () => {
    const { snapshot } = firstStep(4, 40);
    assert.equal(sampleSnapshot(snapshot).snapshot, snapshot);
  });

  test('a 2,000-unit snapshot is cut to the budget, the same examples and units everywhere', () => {
    const { snapshot } = firstStep(2000, 400);
    const { snapshot: s, sample } = sampleSnapshot(snapshot);
    assert.ok(sample);
    assert.ok(jsonLength(snapshotDto(s, 'columns')) <= MESSAGE_BYTES);
    assert.ok(jsonLength(snapshotDto(snapshot, 'columns')) > 10 * MESSAGE_BYTES);
    const [inputs, hidden, output] = sample.units;
    assert.deepEqual(inputs, [0, 1]);
    assert.deepEqual(output, [0]);
    assert.ok(hidden.length > 10 && hidden.length < 2000);
    const l1 = snapshot.layers[0];
    const k = sample.examples.length;
    assert.equal(s.layers[0].Z.rows, hidden.length);
    assert.equal(s.layers[0].Z.cols, k);
    for (const [i, unit] of hidden.entries()) {
      assert.equal(at(s.layers[0].A, i, k - 1), at(l1.A, unit, sample.examples[k - 1]));
      assert.equal(at(s.layers[0].W, i, 1), at(l1.W, unit, 1));
      assert.equal(
        at(s.layers[1].W, 0, i),
        at(snapshot.layers[1].W, 0, unit),
        'W[2] keeps the columns of the kept units',
      );
    }
    assert.equal(at(s.X, 1, 3), at(snapshot.X, 1, sample.examples[3]));
  });

  test("each sampled matrix says where it sits in the whole one, in the file's layout too", () => {
    const { snapshot } = firstStep(2000, 400);
    const { snapshot: s, sample } = sampleSnapshot(snapshot);
    assert.ok(sample);
    const [, hidden] = sample.units;
    const columns = snapshotDto(s, 'columns').layers[0];
    assert.deepEqual(columns.W.of, { rows: 2000, cols: 2, rowIndex: hidden, colIndex: [0, 1] });
    assert.deepEqual(columns.Z.of, { rows: 2000, cols: 400, rowIndex: hidden, colIndex: sample.examples });
    const rows = snapshotDto(s, 'rows').layers[0];
    assert.deepEqual(rows.W.of, { rows: 2, cols: 2000, rowIndex: [0, 1], colIndex: hidden });
    assert.deepEqual(rows.Z.of, { rows: 400, cols: 2000, rowIndex: sample.examples, colIndex: hidden });
    assert.equal(rows.W.data[1 * rows.W.cols + 5], at(snapshot.layers[0].W, hidden[5], 1));
    assert.equal(snapshotDto(snapshot, 'columns').layers[0].W.of, undefined, 'a whole matrix says nothing');
  });

  test('a boundary with 2,000 hidden units keeps as many as fit, and which ones', () => {
    const { trainer, dataset, snapshot } = firstStep(2000, 400);
    const grid = new BoundaryGrid(networkConfig(trainer.spec, 2), boundsOf(dataset.X), 60);
    const b = grid.compute(trainer.parameters(), snapshot.step);
    assert.ok(jsonLength(b) > 50 * MESSAGE_BYTES);
    const { boundary, hiddenUnits } = sampleBoundary(b);
    assert.ok(jsonLength(boundary) <= MESSAGE_BYTES);
    assert.ok(hiddenUnits && hiddenUnits.length > 0);
    assert.deepEqual(boundary.hidden[1], b.hidden[hiddenUnits[1]]);
    assert.deepEqual(boundary.output, b.output);
  });

  test('100,000 data points are thinned to the budget and say how many there were', () => {
    const { dataset } = firstStep(4, 100_000);
    const p = dataPoints(dataset)!;
    const { points, of } = samplePoints(p);
    assert.equal(of, 100_000);
    assert.ok(JSON.stringify(points).length <= MESSAGE_BYTES);
    assert.equal(points.x[1], p.x[evenlySpaced(100_000, points.x.length)[1]]);
  });
});

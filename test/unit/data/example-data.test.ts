import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadDataset } from '../../../src/core/data';
import type { DataIO } from '../../../src/core/data';
import { diskIO } from '../../../src/node/dataFiles';
import { makeSpec } from './spec-fixture';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const DISK: DataIO = diskIO({ baseDir: EXAMPLES });

/** The file's data lines split on commas (these files hold no quoted cells). */
function lines(file: string): string[][] {
  return fs
    .readFileSync(path.join(EXAMPLES, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

describe('shipped example data', () => {
  test('houses.csv: 500 examples of rooms and lower_status predicting price', () => {
    const source = {
      kind: 'csv' as const,
      path: 'data/houses.csv',
      features: ['rooms', 'lower_status'],
      target: ['price'],
      oneHot: false,
    };
    const { dataset, diagnostics } = loadDataset(makeSpec(source, { loss: 'mse' }), new Map(), DISK);
    assert.deepEqual(diagnostics, []);
    const d = dataset!;
    const rows = lines('data/houses.csv');
    assert.equal(rows.length, 500);
    assert.equal(d.X.rows, 2);
    assert.equal(d.X.cols, 500);
    assert.equal(d.Y.rows, 1);
    assert.equal(d.task, 'regression');
    rows.forEach((r, i) => {
      assert.equal(d.X.data[i], Number(r[0]));
      assert.equal(d.X.data[500 + i], Number(r[5]));
      assert.equal(d.Y.data[i], Number(r[6]));
    });
  });

  test('penguins.csv: 333 penguins, four measurements, species one-hot in sorted order', () => {
    const source = {
      kind: 'csv' as const,
      path: 'data/penguins.csv',
      features: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'],
      target: ['species'],
      oneHot: true,
    };
    const { dataset, diagnostics } = loadDataset(
      makeSpec(source, { loss: 'cross_entropy', lastUnits: 3, normalize: 'standard', testSplit: 0.2 }),
      new Map(),
      DISK,
    );
    assert.deepEqual(diagnostics, []);
    const d = dataset!;
    assert.deepEqual(d.targetNames, ['Adelie', 'Chinstrap', 'Gentoo']);
    assert.equal(d.X.rows, 4);
    assert.equal(d.X.cols + d.Xtest!.cols, 333);
    assert.equal(d.Xtest!.cols, Math.round(0.2 * 333));
    const species = lines('data/penguins.csv').map((r) => r[0]);
    const count = (k: number) => {
      let n = 0;
      for (const Y of [d.Y, d.Ytest!]) for (let i = 0; i < Y.cols; i++) n += Y.data[k * Y.cols + i];
      return n;
    };
    assert.deepEqual(
      [0, 1, 2].map(count),
      ['Adelie', 'Chinstrap', 'Gentoo'].map((s) => species.filter((x) => x === s).length),
    );
  });
});

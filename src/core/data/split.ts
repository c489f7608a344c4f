// The held-out test split: a seeded shuffle picks round(test_split·m) examples.
import { zeros, type Matrix } from '../engine/matrix';
import { Random } from '../engine/random';

/** Mixed into spec.seed so the split's stream differs from the generators' (which use the seed itself). */
const SPLIT_SALT = 0x7e57;

/** Example indices of each part, each in the original order. */
export interface SplitIndices {
  train: number[];
  test: number[];
}

export function testCount(m: number, testSplit: number): number {
  return Math.round(testSplit * m);
}

export function splitIndices(m: number, testSplit: number, seed: number): SplitIndices {
  const order = Int32Array.from({ length: m }, (_, i) => i);
  new Random((seed ^ SPLIT_SALT) >>> 0).shuffle(order);
  const isTest = new Uint8Array(m);
  const k = testCount(m, testSplit);
  for (let j = 0; j < k; j++) isTest[order[j]] = 1;
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < m; i++) (isTest[i] ? test : train).push(i);
  return { train, test };
}

/** The chosen columns (examples) of M, in the given order. */
export function pickColumns(M: Matrix, columns: readonly number[]): Matrix {
  const out = zeros(M.rows, columns.length);
  for (let r = 0; r < M.rows; r++) {
    for (let j = 0; j < columns.length; j++) out.data[r * columns.length + j] = M.data[r * M.cols + columns[j]];
  }
  return out;
}

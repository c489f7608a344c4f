// Spec objects and in-memory files for the data tests (built by hand: no parser involved).
import * as path from 'node:path';
import type { DataIO } from '../../../src/core/data';
import { missing } from '../../../src/core/data/files';
import type { DataSource, LossKind, Normalize, Range, RangeMap, Spec } from '../../../src/core/spec/types';

export interface SpecOptions {
  seed?: number;
  layout?: 'columns' | 'rows';
  loss?: LossKind;
  /** Units of the last layer (default 1). */
  lastUnits?: number;
  normalize?: Normalize;
  testSplit?: number;
}

export function makeSpec(source: DataSource, o: SpecOptions = {}): Spec {
  const lastUnits = o.lastUnits ?? 1;
  const loss = o.loss ?? 'binary_cross_entropy';
  return {
    seed: o.seed ?? 1,
    layout: o.layout ?? 'columns',
    data: { source, normalize: o.normalize ?? 'none', testSplit: o.testSplit ?? 0 },
    network: {
      init: 'random',
      initScale: 0.01,
      layers: [
        { units: 4, activation: 'tanh', alpha: 0.01 },
        {
          units: lastUnits,
          activation: loss === 'cross_entropy' ? 'softmax' : loss === 'mse' ? 'linear' : 'sigmoid',
          alpha: 0.01,
        },
      ],
    },
    loss,
    training: { iterations: 10, learningRate: 0.1, batchSize: 'full', optimizer: 'gd' },
  };
}

export const BASE_DIR = '/specs/course';

/** A DataIO over in-memory files keyed by path relative to BASE_DIR; a missing one is reported as the disk reader would. */
export function memoryIO(files: Record<string, string>): DataIO {
  return {
    readCsv(file: string) {
      const abs = path.resolve(BASE_DIR, file);
      const rel = path.relative(BASE_DIR, abs);
      return rel in files ? { text: files[rel] } : missing(file, path.dirname(abs));
    },
  };
}

export const NO_FILES = memoryIO({});

/** A RangeMap giving each path its own line, so a diagnostic's range shows which path it was placed at. */
export function rangesFor(paths: string[]): RangeMap {
  return new Map(
    paths.map((p, i): [string, Range] => [p, { line: i + 2, column: 3, endLine: i + 2, endColumn: 3 + p.length }]),
  );
}

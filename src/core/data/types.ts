import type { Matrix } from '../engine/matrix';
import type { Code } from '../spec/codes';
import type { Normalization } from './normalize';

/**
 * A data set ready for the engine, always in the `columns` layout (one example per column):
 * X is (n[0], m), Y is (n[L], m). The file's layout only changes how matrices are read and shown.
 */
export interface Dataset {
  X: Matrix;
  Y: Matrix;
  /** Held-out test split (test_split > 0), same orientation. */
  Xtest?: Matrix;
  Ytest?: Matrix;
  /**
   * 'classification' under binary_cross_entropy / cross_entropy (targets checked to be 0/1,
   * one-hot), else 'regression'; accuracy is reported for classification.
   */
  task: 'classification' | 'regression';
  featureNames: string[];
  targetNames: string[];
  /** The scaling applied to X and Xtest (statistics of the training split), when normalize is not none. */
  normalization?: Normalization;
}

/** A file's text, or why it was not read (the code is the diagnostic's). */
export type FileRead = { text: string } | { code: Code; problem: string };

/**
 * How the data module reaches files. `readCsv` gets data.csv.path as written in the spec and
 * returns the file's text or why it may not be read, following the policy of files.ts: inside the
 * spec's data root once symlinks are resolved, a regular file, at most MAX_CSV_BYTES. It never
 * throws. src/node/dataFiles.ts reads from disk (`diskIO`, or `readDataFile` ahead of time).
 */
export interface DataIO {
  readCsv(path: string): FileRead;
}

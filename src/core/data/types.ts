import type { Matrix } from '../engine/matrix';
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
  /** 'classification' under binary_cross_entropy / cross_entropy (targets checked to be 0/1, one-hot), else 'regression'; accuracy is reported for classification. */
  task: 'classification' | 'regression';
  featureNames: string[];
  targetNames: string[];
  /** The scaling applied to X and Xtest (statistics of the training split), when normalize is not none. */
  normalization?: Normalization;
}

/** How the data module reaches files: csv paths are relative to baseDir. */
export interface DataIO {
  /** The folder of the .nnspec file. */
  baseDir: string;
  /** Throws like fs.readFileSync when the file is missing or unreadable. */
  readFile(absPath: string): string;
}

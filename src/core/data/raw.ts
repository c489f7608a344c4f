// What a data source yields before the split and normalisation: examples as columns.
import type { Matrix } from '../engine/matrix';
import type { Diagnostic } from '../spec/types';

export interface RawData {
  /** (n[0], m) */
  X: Matrix;
  /** (n[L], m) */
  Y: Matrix;
  featureNames: string[];
  targetNames: string[];
  /** The file path where a problem with the targets' values is reported. */
  targetPath: string;
}

export interface RawResult {
  raw?: RawData;
  diagnostics: Diagnostic[];
}

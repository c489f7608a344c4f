// The array library a script is written for, and which way round it holds its examples.
import { forLayout } from '../layout';
import type { Layout } from '../spec/types';

export interface Flavor {
  library: 'numpy' | 'pytorch';
  /** The file's layout: how matrices are written in the .nnspec file and printed by --json. */
  layout: Layout;
  /** How the script holds matrices: numpy as the file does; PyTorch always one example per row. */
  examplesAsColumns: boolean;
  /** An array literal as a float64 array. */
  array(literal: string): string;
  /** One-hot rows (m, K) from a float vector of class indices. */
  oneHot(classes: number, labels: string): string;
  /** A boolean mask of m entries, all False. */
  falseMask(m: string): string;
}

export function numpyFlavor(layout: Layout): Flavor {
  return {
    library: 'numpy',
    layout,
    examplesAsColumns: forLayout(layout, { columns: true, rows: false }),
    array: (literal) => `np.array(${literal}, dtype=float)`,
    oneHot: (k, labels) => `np.eye(${k})[${labels}.astype(int)]`,
    falseMask: (m) => `np.zeros(${m}, dtype=bool)`,
  };
}

export function pytorchFlavor(layout: Layout): Flavor {
  return {
    library: 'pytorch',
    layout,
    examplesAsColumns: false,
    array: (literal) => `torch.tensor(${literal}, dtype=torch.float64)`,
    oneHot: (k, labels) => `torch.eye(${k})[${labels}.long()]`,
    falseMask: (m) => `torch.zeros(${m}, dtype=torch.bool)`,
  };
}

/** '.T' when examples-as-rows data must become the script's orientation. */
export function fromRows(f: Flavor): string {
  return f.examplesAsColumns ? '.T' : '';
}

/** '.T' when a matrix written in the file's layout must become the script's orientation. */
export function fromFileLayout(f: Flavor): string {
  return forLayout(f.layout, { columns: true, rows: false }) === f.examplesAsColumns ? '' : '.T';
}

/** '(n[l], m) = (4, 400)' or '(m, n[l]) = (400, 4)': a data matrix's shape in the script's orientation. */
export function dataShape(f: Flavor, units: string, n: number, m: number): string {
  return f.examplesAsColumns ? `(${units}, m) = (${n}, ${m})` : `(m, ${units}) = (${m}, ${n})`;
}

/** The examples axis of a data matrix in the script. */
export function examplesAxis(f: Flavor): number {
  return f.examplesAsColumns ? 1 : 0;
}

/** Indexing the examples `idx` of a data matrix `M` in the script. */
export function pickExamples(f: Flavor, M: string, idx: string): string {
  return f.examplesAsColumns ? `${M}[:, ${idx}]` : `${M}[${idx}]`;
}

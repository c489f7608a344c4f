import type { Activation, Layout } from '../spec/types';

/** One axis of a matrix: its symbol in course notation and its number when known ('m' may be unknown). */
export interface Dim {
  symbol: string; // 'n[1]', 'n[0]', 'm', '1'
  value?: number;
}

/** A matrix's shape in the file's layout, e.g. W[1]: [n[1], n[0]] = (4, 2) in `columns`. */
export interface MatrixShape {
  name: string; // 'W[1]', 'dZ[2]', 'X', 'Y'
  dims: [Dim, Dim];
}

export interface Equation {
  /** 'Z[1] = W[1] A[0] + b[1]' */
  formula: string;
  /** '(4, 2)(2, m) + (4, 1) -> (4, m)' */
  shapes: string;
}

export interface LayerShapes {
  layer: number; // 1-based l
  units: number;
  activation: Activation;
  W: MatrixShape;
  b: MatrixShape;
  Z: MatrixShape;
  A: MatrixShape;
  dA: MatrixShape; // dA[l]
  dZ: MatrixShape;
  dW: MatrixShape;
  db: MatrixShape;
  dAprev: MatrixShape; // dA[l-1]
  parameters: number; // size of W[l] plus b[l]
  forward: Equation[]; // Z[l] = ..., A[l] = g(Z[l])
  backward: Equation[]; // dZ[l], dW[l], db[l], dA[l-1]
  /** Set when this layer's shapes disagree with something; the diagnostic says what. */
  mismatch?: {
    matrix: string;
    axis: 0 | 1;
    message: string;
    /** The shape the file writes, when the file gives the matrix itself (W, b): '(1, 3)'. */
    given?: string;
  };
}

export interface ShapeTable {
  layout: Layout;
  n0?: number;
  m?: number;
  X: MatrixShape;
  Y: MatrixShape;
  layers: LayerShapes[];
  totalParameters: number;
}

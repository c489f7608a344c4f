import type { Message } from '../messages/message';
import type { Activation, Layout, Range } from '../spec/types';

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
  /** The forward pass with the shapes the file gives, and the first product that does not fit (chain.ts). */
  chain?: ForwardChain;
  /** Where n[0], n[1], ..., n[L] and m come from (sources.ts), for hovers and related information. */
  sources?: DimensionSource[];
}

export interface ChainOperand extends MatrixShape {
  /** The file writes this matrix itself (an explicit W or b, inline X or Y): its shape is as written. */
  written: boolean;
  /** '(1, 3)' for a written matrix; '(4, m)' for an activation (m stays symbolic). */
  text: string;
}

export interface ChainStep {
  /** 1-based layer; the last step, comparing A[L] with Y, has layer L too. */
  layer: number;
  /** 'Z[2] = W[2] A[1] + b[2]', or 'A[2] - Y' for the output. */
  formula: string;
  /** The operands in the formula's order: W[l], A[l-1], b[l] (A[l-1], W[l], b[l] in rows); or A[L], Y. */
  operands: ChainOperand[];
  /** Z[l]; absent for the output step. */
  result?: ChainOperand;
  /** 'Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4' when this step does not fit. */
  failure?: string;
  /** What does not fit: the product's inner sizes, the bias, Z[l] against n[l] as units sets it, or A[L] against Y. */
  failing?: 'product' | 'bias' | 'units' | 'output';
}

export interface ForwardChain {
  /** One step per layer, then A[L] against Y. */
  steps: ChainStep[];
  /** Index in `steps` of the first step that does not fit. */
  firstFailure?: number;
}

export interface DimensionSource {
  /** 'n[0]', 'n[1]', ..., 'n[L]', 'm' */
  symbol: string;
  value?: number;
  /** A sentence for hovers and related information: 'n[1] = 4 from layers[1].units'. */
  text: string;
  /** How a message names it: 'the units of layer 1', 'the rows of X'. */
  phrase: string;
  /** The node that sets it. */
  range: Range;
  /** The messages `text` and `phrase` were rendered from, for other languages. */
  l10n?: { text: Message; phrase: Message };
}

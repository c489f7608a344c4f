// The contract of an explanation: plain JSON (no classes, no typed arrays) that the CLI prints
// and the host posts to the panel, which draws it and never recomputes it.
//
// Indices: every (row, col) here is 1-based in the FILE's layout, exactly as in entry names.
// Values: `value` is the engine's own number (equal to `train --json`); each Expr node also
// carries the value it evaluates to, which agrees with the engine's to about 1e-15 relative.

import type { Activation, LossKind, OptimizerKind } from '../spec/types';

/** The matrices an entry name may name. A[0] is X; Y is the batch's targets (shaped like A[L]). */
export type MatrixName = 'W' | 'b' | 'W+' | 'b+' | 'Z' | 'A' | 'dA' | 'dZ' | 'dW' | 'db' | 'Y';

/** One entry: what the panel makes a link of. `name` is what explain() takes ('dZ[1][3,5]'). */
export interface EntryRef {
  name: string;
  matrix: MatrixName;
  /** 0 for A[0]; L for Y. */
  layer: number;
  row: number;
  col: number;
}

/** A block of one matrix that an explanation reads, 1-based and inclusive: for highlighting. */
export interface Region {
  matrix: MatrixName;
  layer: number;
  rows: [number, number];
  cols: [number, number];
}

/**
 * A number and how it is computed, as a tree that evaluates to `value`:
 * - `num`: a leaf; `ref` when it is an entry of a matrix (a link), `line` when it is the result
 *   of `lines[line]`, else a constant or hyperparameter (`symbol` 'α', '1/m', ...).
 * - `add`: args summed from left to right, plus `rest.sum` when terms were left out ("… and N more").
 * - `sub` a − b, `mul` the product from left to right, `div` a / b, `neg` −a, `max` the largest arg,
 *   `ifpos` args[1] when args[0] > 0 else args[2] (relu', leaky_relu'), `sq` a·a, `sqrt`, `exp`,
 *   `log`, `log1p` log(1 + a), `tanh`, `sign` (Math.sign).
 * A non-leaf with a `symbol` is shown collapsed: its symbol in formulas, its value in substitutions.
 * `display` overrides how a leaf's number is written (e.g. '1/4' for 1/m).
 */
export interface Expr {
  op: ExprOp;
  value: number;
  args?: Expr[];
  symbol?: string;
  display?: string;
  ref?: EntryRef;
  line?: number;
  rest?: { count: number; sum: number };
}

export type ExprOp =
  | 'num'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'neg'
  | 'max'
  | 'ifpos'
  | 'sq'
  | 'sqrt'
  | 'exp'
  | 'log'
  | 'log1p'
  | 'tanh'
  | 'sign';

/** One equation: `lhs = expr`. */
export interface Line {
  lhs: string;
  /** Symbolic, in course notation with subscripts: 'Z[1]₂,₃₇ = Σₖ W[1]₂,ₖ A[0]ₖ,₃₇ + b[1]₂'. */
  formula: string;
  /** The same with every operand's number written in, and the result: 'Z[1]₂,₃₇ = 0.1 · 0.5 + … = 0.3'. */
  substituted: string;
  value: number;
  expr: Expr;
}

/** A term of the explanation's main sum, for the panel's list of contributions. */
export interface Term {
  /** Symbolic: 'W[1]₂,₁ · A[0]₁,₃₇', or '−log A[2]₁,₃' for a loss term. */
  label: string;
  /** The term with its numbers written in: '0.1 · 0.5'. */
  substituted: string;
  value: number;
  /** The entries it reads (links). */
  refs: EntryRef[];
}

export interface Explanation {
  /** The canonical entry name: 'dW[1][2,1]', 'A[0][1,5]' (for X[1,5]), 'J'. */
  entry: string;
  step: number;
  /** The engine's number: the entry of `train --json --steps T+1`, or of the parameters after step T for W+/b+. */
  value: number;
  /** Every line's formula, one per line ('\n'); lines[0] is the entry's own. */
  formula: string;
  substituted: string;
  /** The matrices read, e.g. ['dZ[1]', 'A[0]'], then optimizer moments ('vdW[1]') where used. */
  operands: string[];
  /**
   * lines[0] gives the entry's value; the others are what it uses (momentum's v, Adam's v̂, ŝ, ...)
   * or, for W and b, the update that follows.
   */
  lines: Line[];
  /** The terms of the main sum (Σₖ of Z, Σᵢ over the batch of dW, db and J); [] when there is none. */
  terms: Term[];
  /** When the main sum has more than 8 terms: the largest `shown` by |value|, and the `more` others' `sum`. */
  truncated?: { shown: number; more: number; sum: number };
  /** Why: the simplifications used, the batch size, regularisation, numerics. */
  notes: string[];
  /** Every entry written in the explanation (each a link), in order of appearance. */
  links: EntryRef[];
  /** Every part of every matrix read, including terms left out of the display. */
  highlights: Region[];
}

export type ExplainResult = { ok: true; explanation: Explanation } | { ok: false; error: string };

/** What an explanation needs to know about the network beyond the snapshot (see explainContext). */
export interface ExplainContext {
  /** The axis of X, Y and every Z, A that runs over examples in the file's layout (layout.ts exampleAxis). */
  exampleAxis: 0 | 1;
  /** g[l] at index l - 1. */
  activations: Activation[];
  /** leaky_relu slopes at index l - 1. */
  alphas: number[];
  loss: LossKind;
  regularization?: { kind: 'l1' | 'l2'; lambda: number };
  optimizer: OptimizerKind;
  learningRate: number;
}

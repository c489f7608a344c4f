// An evaluator for explanation trees written from the contract in src/core/explain/types.ts,
// independent of the module: it recomputes every node from the leaves and never reads `value`
// of a non-leaf. Plus the engine's number of an entry, read from a snapshot in the file's layout.

import type { Matrix } from '../../../src/core/engine/matrix';
import type { EntryRef, Expr, Line } from '../../../src/core/explain/types';
import { toFileLayout } from '../../../src/core/layout';
import type { Layout } from '../../../src/core/spec/types';
import type { Snapshot } from '../../../src/core/training/types';

const FN: Record<string, (x: number) => number> = {
  neg: (x) => -x,
  sq: (x) => x * x,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  log1p: Math.log1p,
  tanh: Math.tanh,
  sign: Math.sign,
};

export function evaluate(e: Expr, lines: Line[]): number {
  const args = (e.args ?? []).map((a) => evaluate(a, lines));
  switch (e.op) {
    case 'num':
      return e.line !== undefined ? evaluate(lines[e.line].expr, lines) : e.value;
    case 'add':
      return args.reduce((s, x) => s + x, 0) + (e.rest?.sum ?? 0);
    case 'sub':
      return args[0] - args[1];
    case 'mul':
      return args.reduce((p, x) => p * x);
    case 'div':
      return args[0] / args[1];
    case 'max':
      return Math.max(...args);
    case 'ifpos':
      return args[0] > 0 ? args[1] : args[2];
    default:
      return FN[e.op](args[0]);
  }
}

/**
 * A bound on the size of what was added up to make the node (Σ|terms| for sums), so rounding
 * can be judged relative to it. A sum with terms left out adds count × the smallest shown
 * |term|, which bounds the left-out terms when the shown ones are the largest.
 */
export function magnitude(e: Expr, lines: Line[]): number {
  const m = (a: Expr) => magnitude(a, lines);
  const args = e.args ?? [];
  switch (e.op) {
    case 'num':
      return e.line !== undefined ? magnitude(lines[e.line].expr, lines) : Math.abs(e.value);
    case 'add': {
      const rest = e.rest ? e.rest.count * Math.min(...args.map((a) => Math.abs(evaluate(a, lines)))) : 0;
      return args.reduce((s, a) => s + m(a), 0) + rest;
    }
    case 'sub':
      return m(args[0]) + m(args[1]);
    case 'mul':
      return args.reduce((p, a) => p * m(a), 1);
    case 'div':
      return m(args[0]) / Math.abs(evaluate(args[1], lines));
    case 'neg':
      return m(args[0]);
    case 'sq':
      return m(args[0]) ** 2;
    default:
      return Math.abs(evaluate(e, lines));
  }
}

/** `actual` within `rel` × scale of `expected` (both NaN counts as equal). */
export function closeTo(actual: number, expected: number, scale: number, rel: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= rel * Math.max(scale, Math.abs(expected)) + 1e-300;
}

/** The engine's matrix an entry names, columns orientation; W+/b+ from the parameters after the step. */
export function engineMatrix(s: Snapshot, after: { W: Matrix; b: Matrix }[], ref: EntryRef): Matrix {
  if (ref.matrix === 'Y') return s.Y;
  if (ref.matrix === 'A' && ref.layer === 0) return s.X;
  if (ref.matrix === 'W+') return after[ref.layer - 1].W;
  if (ref.matrix === 'b+') return after[ref.layer - 1].b;
  return s.layers[ref.layer - 1][ref.matrix];
}

export function engineValue(s: Snapshot, after: { W: Matrix; b: Matrix }[], ref: EntryRef, layout: Layout): number {
  return toFileLayout(engineMatrix(s, after, ref), layout)[ref.row - 1][ref.col - 1];
}

export function* leaves(e: Expr): Generator<Expr> {
  if (e.op === 'num') yield e;
  for (const a of e.args ?? []) yield* leaves(a);
}

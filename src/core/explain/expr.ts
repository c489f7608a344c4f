// Building expression trees: each constructor computes its node's value as the engine does
// (same operations in the same order where the engine is not a matrix product).

import type { EntryRef, Expr } from './types';

export function num(value: number, symbol?: string, display?: string): Expr {
  const e: Expr = { op: 'num', value };
  if (symbol !== undefined) e.symbol = symbol;
  if (display !== undefined) e.display = display;
  return e;
}

export function entryLeaf(value: number, symbol: string, ref: EntryRef): Expr {
  return { op: 'num', value, symbol, ref };
}

/** The result of lines[line], as a leaf of another line. */
export function lineLeaf(line: number, value: number, symbol: string): Expr {
  return { op: 'num', value, symbol, line };
}

export function add(args: Expr[], rest?: { count: number; sum: number }): Expr {
  let s = 0;
  for (const a of args) s += a.value;
  if (rest) s += rest.sum;
  return rest ? { op: 'add', value: s, args, rest } : { op: 'add', value: s, args };
}

export function mul(...args: Expr[]): Expr {
  let p = args[0].value;
  for (let k = 1; k < args.length; k++) p *= args[k].value;
  return { op: 'mul', value: p, args };
}

export function sub(a: Expr, b: Expr): Expr {
  return { op: 'sub', value: a.value - b.value, args: [a, b] };
}

export function div(a: Expr, b: Expr): Expr {
  return { op: 'div', value: a.value / b.value, args: [a, b] };
}

export type UnaryOp = 'neg' | 'sq' | 'sqrt' | 'exp' | 'log' | 'log1p' | 'tanh' | 'sign';

const UNARY: Record<UnaryOp, (a: number) => number> = {
  neg: (a) => -a,
  sq: (a) => a * a,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  log1p: Math.log1p,
  tanh: Math.tanh,
  sign: Math.sign,
};

export function unary(op: UnaryOp, a: Expr): Expr {
  return { op, value: UNARY[op](a.value), args: [a] };
}

export function max(...args: Expr[]): Expr {
  return { op: 'max', value: Math.max(...args.map((a) => a.value)), args };
}

/** `positive` when x > 0, else `otherwise` (relu' and leaky_relu'). */
export function ifPositive(x: Expr, positive: Expr, otherwise: Expr): Expr {
  return { op: 'ifpos', value: x.value > 0 ? positive.value : otherwise.value, args: [x, positive, otherwise] };
}

/** The node shown collapsed, as `symbol` in formulas and as its value in substitutions. */
export function named(e: Expr, symbol: string): Expr {
  return { ...e, symbol };
}

/** Every node of the tree, depth first, parents before children. */
export function* nodes(e: Expr): Generator<Expr> {
  yield e;
  for (const a of e.args ?? []) yield* nodes(a);
}

// Explaining the forward pass: Z[l] = W[l] A[l-1] + b[l] (A[l-1] W[l] + b[l] in rows) and A[l] = g(Z[l]).

import { fileOrder } from '../layout';
import type { Draft } from './draft';
import { add, div, ifPositive, max, mul, num, sub, unary } from './expr';
import type { Source } from './source';
import { sumOf } from './sum';
import type { Expr } from './types';

/** 'row' or 'column': how the file's layout calls the engine's row (axis 0) or column (axis 1) axis. */
export function axisWord(src: Source, axis: 0 | 1): string {
  return fileOrder(src.layout, 'row', 'column')[axis];
}

/** 'example 5 of step 3's batch (m = 4)'. */
export function exampleText(src: Source, j: number): string {
  return `example ${j + 1} of step ${src.snapshot.step}'s batch (m = ${src.m})`;
}

export function explainZ(src: Source, l: number, i: number, j: number): Draft {
  const products: Expr[] = [];
  for (let k = 0; k < src.sizes[l - 1]; k++) {
    products.push(mul(...fileOrder(src.layout, src.leaf('W', l, i, k), src.leaf('A', l - 1, k, j))));
  }
  const main = sumOf(products);
  const lhs = src.symbol('Z', l, i, j);
  const factors = fileOrder(src.layout, src.symbol('W', l, i, 'k'), src.symbol('A', l - 1, 'k', j)).join(' ');
  const b = src.symbol('b', l, i, 0);
  const [w, a] = [`${axisWord(src, 0)} ${i + 1} of W[${l}]`, `${axisWord(src, 1)} ${j + 1} of A[${l - 1}]`];
  const note =
    `${fileOrder(src.layout, w, a).join(' times ')}, plus ${b}: k runs over the n[${l - 1}] = ` +
    `${src.sizes[l - 1]} units of layer ${l - 1}; that ${axisWord(src, 1)} is ${exampleText(src, j)}.`;
  return {
    lines: [{ lhs, formula: `${lhs} = Σₖ ${factors} + ${b}`, expr: add([main, src.leaf('b', l, i, 0)]) }],
    notes: [note],
    main,
  };
}

/** A[l] = softmax over unit k of example j; shifted by the column's largest Z where e^Z would overflow. */
function softmax(src: Source, l: number, i: number, j: number): Draft {
  const zs: Expr[] = [];
  for (let k = 0; k < src.sizes[l]; k++) zs.push(src.leaf('Z', l, k, j));
  const top = Math.max(...zs.map((z) => z.value));
  const shift = Math.abs(top) > 700 ? num(top, `max Z`) : undefined;
  const e = (z: Expr) => unary('exp', shift ? sub(z, shift) : z);
  const main = sumOf(zs.map(e));
  const lhs = src.symbol('A', l, i, j);
  const notes = [`softmax over the n[${l}] = ${src.sizes[l]} units of ${exampleText(src, j)}: they sum to 1.`];
  if (shift) notes.push(`Every Z of the example is shifted by their largest, ${top}, so that e^Z does not overflow.`);
  const formula = `${lhs} = e^${src.symbol('Z', l, i, j)} / Σₖ e^${src.symbol('Z', l, 'k', j)}`;
  return { lines: [{ lhs, formula, expr: div(e(zs[i]), main) }], notes, main };
}

export function explainA(src: Source, l: number, i: number, j: number): Draft {
  const g = src.activation(l);
  if (g === 'softmax') return softmax(src, l, i, j);
  const z = src.leaf('Z', l, i, j);
  const zs = z.symbol!;
  const lhs = src.symbol('A', l, i, j);
  const alpha = num(src.context.alphas[l - 1], 'α');
  const forms = {
    sigmoid: {
      rhs: `σ(${zs}) = 1 / (1 + e^(−${zs}))`,
      expr: () => div(num(1), add([num(1), unary('exp', unary('neg', z))])),
    },
    tanh: { rhs: `tanh(${zs})`, expr: () => unary('tanh', z) },
    relu: { rhs: `relu(${zs}) = max(0, ${zs})`, expr: () => max(num(0), z) },
    leaky_relu: {
      rhs: `leaky_relu(${zs}) = ${zs} if ${zs} > 0, else α · ${zs}`,
      expr: () => ifPositive(z, z, mul(alpha, z)),
    },
    linear: { rhs: `${zs} (linear: g(z) = z)`, expr: () => z },
  };
  const form = forms[g];
  const notes = [`A[${l}] = ${g}(Z[${l}]), entry by entry; the ${axisWord(src, 1)} is ${exampleText(src, j)}.`];
  if (g === 'leaky_relu') notes.push(`α = ${alpha.value}, the layer's leaky_relu slope.`);
  return { lines: [{ lhs, formula: `${lhs} = ${form.rhs}`, expr: form.expr() }], notes };
}

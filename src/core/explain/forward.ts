// Explaining the forward pass: Z[l] = W[l] A[l-1] + b[l] (A[l-1] W[l] + b[l] in rows) and A[l] = g(Z[l]).

import { orderForAxis } from '../layout';
import { render } from '../messages/message';
import { lineWord } from '../messages/words';
import { ifElse } from './render';
import type { Draft } from './draft';
import { add, div, ifPositive, max, mul, num, sub, unary } from './expr';
import type { Source } from './source';
import { sumOf } from './sum';
import type { Expr } from './types';

/** 'row' or 'column': how the file's layout calls the engine's row (axis 0) or column (axis 1) axis. */
export function axisWord(src: Source, axis: 0 | 1): string {
  return render(src.lang, lineWord(orderForAxis(src.exampleAxis, 'row' as const, 'column' as const)[axis]));
}

/** 'example 5 of step 3's batch (m = 4)'. */
export function exampleText(src: Source, j: number): string {
  return src.say('explain.example', { example: j + 1, step: src.snapshot.step, m: src.m });
}

export function explainZ(src: Source, l: number, i: number, j: number): Draft {
  const products: Expr[] = [];
  for (let k = 0; k < src.sizes[l - 1]; k++) {
    products.push(mul(...orderForAxis(src.exampleAxis, src.leaf('W', l, i, k), src.leaf('A', l - 1, k, j))));
  }
  const main = sumOf(products);
  const lhs = src.symbol('Z', l, i, j);
  const factors = orderForAxis(src.exampleAxis, src.symbol('W', l, i, 'k'), src.symbol('A', l - 1, 'k', j)).join(' ');
  const b = src.symbol('b', l, i, 0);
  const w = src.say('explain.axisOf', { axis: axisWord(src, 0), index: i + 1, matrix: `W[${l}]` });
  const a = src.say('explain.axisOf', { axis: axisWord(src, 1), index: j + 1, matrix: `A[${l - 1}]` });
  const [first, second] = orderForAxis(src.exampleAxis, w, a);
  const note = src.say('explain.zNote', {
    first,
    second,
    b,
    prev: l - 1,
    n: src.sizes[l - 1],
    axis: axisWord(src, 1),
    example: exampleText(src, j),
  });
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
  const notes = [src.say('explain.softmaxNote', { l, n: src.sizes[l], example: exampleText(src, j) })];
  if (shift) notes.push(src.say('explain.softmaxShift', { top: String(top) }));
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
      rhs: `leaky_relu(${zs}) = ${ifElse(src.lang, zs, `${zs} > 0`, `α · ${zs}`)}`,
      expr: () => ifPositive(z, z, mul(alpha, z)),
    },
    linear: { rhs: `${zs} (linear: g(z) = z)`, expr: () => z },
  };
  const form = forms[g];
  const notes = [src.say('explain.aNote', { l, g, axis: axisWord(src, 1), example: exampleText(src, j) })];
  if (g === 'leaky_relu') notes.push(src.say('explain.alpha', { alpha: String(alpha.value) }));
  return { lines: [{ lhs, formula: `${lhs} = ${form.rhs}`, expr: form.expr() }], notes };
}

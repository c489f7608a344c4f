// Explaining backprop's dA[l] and dZ[l]: dA[L] from the loss, dA[l] = W[l+1]ᵀ dZ[l+1] below it,
// dZ[l] = dA[l] · g'(Z[l]) (upstream × local), and dZ[L] = A[L] − Y where the loss and output combine.

import { isFusedOutput } from '../engine/losses';
import { orderForAxis } from '../layout';
import type { Draft } from './draft';
import { div, ifPositive, mul, named, num, sub, unary } from './expr';
import { exampleText } from './forward';
import type { Source } from './source';
import { sumOf } from './sum';
import type { Expr } from './types';
import { fusedWhy } from './why';

function outputDA(src: Source, i: number, j: number): Draft {
  const L = src.L;
  const a = src.leaf('A', L, i, j);
  const y = src.leaf('Y', L, i, j);
  const [as, ys] = [a.symbol!, y.symbol!];
  const lhs = src.symbol('dA', L, i, j);
  const notes = [src.say('explain.daScale')];
  const one = num(1);
  let rhs: string;
  let expr: Expr;
  if (src.context.loss === 'mse') {
    rhs = `${as} − ${ys}`;
    expr = sub(a, y);
  } else if (src.context.loss === 'binary_cross_entropy') {
    rhs = `−(${ys} / ${as} − (1 − ${ys}) / (1 − ${as}))`;
    const left = unary('neg', div(y, a));
    const right = div(sub(one, y), sub(one, a));
    expr = y.value === 1 ? left : y.value === 0 ? right : unary('neg', sub(div(y, a), right));
    if (y.value === 0 || y.value === 1) notes.push(src.say('explain.yLeftOut', { y: y.value }));
  } else {
    rhs = `−${ys} / ${as}`;
    expr = y.value === 0 ? num(0) : unary('neg', div(y, a));
    if (y.value === 0) notes.push(src.say('explain.yZero'));
  }
  if (isFusedOutput(src.context.loss, src.activation(L))) {
    notes.push(src.say('explain.fusedShown', { L }));
  }
  return { lines: [{ lhs, formula: `${lhs} = ${rhs}`, expr }], notes };
}

export function explainDA(src: Source, l: number, i: number, j: number): Draft {
  if (l === src.L) return outputDA(src, i, j);
  const products: Expr[] = [];
  for (let k = 0; k < src.sizes[l + 1]; k++) {
    products.push(mul(...orderForAxis(src.exampleAxis, src.leaf('W', l + 1, k, i), src.leaf('dZ', l + 1, k, j))));
  }
  const main = sumOf(products);
  const lhs = src.symbol('dA', l, i, j);
  const factors = orderForAxis(src.exampleAxis, src.symbol('W', l + 1, 'k', i), src.symbol('dZ', l + 1, 'k', j));
  const product = orderForAxis(src.exampleAxis, `W[${l + 1}]ᵀ`, `dZ[${l + 1}]`).join(' ');
  const note = src.say('explain.daNote', {
    l,
    product,
    next: l + 1,
    n: src.sizes[l + 1],
    example: exampleText(src, j),
  });
  return { lines: [{ lhs, formula: `${lhs} = Σₖ ${factors.join(' ')}`, expr: main }], notes: [note], main };
}

/** dZ[l] = dA[l] · g'(Z[l]) for one softmax unit: the Jacobian couples the units of the example. */
function softmaxDZ(src: Source, l: number, i: number, j: number): Draft {
  const products: Expr[] = [];
  for (let k = 0; k < src.sizes[l]; k++) products.push(mul(src.leaf('A', l, k, j), src.leaf('dA', l, k, j)));
  const main = sumOf(products);
  const a = src.leaf('A', l, i, j);
  const lhs = src.symbol('dZ', l, i, j);
  const inner = `Σₖ ${src.symbol('A', l, 'k', j)} ${src.symbol('dA', l, 'k', j)}`;
  const formula = `${lhs} = ${a.symbol!} (${src.symbol('dA', l, i, j)} − ${inner})`;
  const expr = mul(a, sub(src.leaf('dA', l, i, j), main));
  return { lines: [{ lhs, formula, expr }], notes: [src.say('explain.softmaxCouples')], main };
}

/** g'(Z) for an elementwise activation: its name, how it is computed (from A where it can), its factors. */
function slope(src: Source, l: number, i: number, j: number): { name: string; form?: string; factors: Expr[] } {
  const g = src.activation(l);
  const name = `${g === 'sigmoid' ? 'σ' : g}'(${src.symbol('Z', l, i, j)})`;
  const one = num(1);
  if (g === 'sigmoid' || g === 'tanh') {
    const A = src.leaf('A', l, i, j);
    if (g === 'tanh') return { name, form: `(1 − ${A.symbol!}²)`, factors: [sub(one, unary('sq', A))] };
    return { name, form: `${A.symbol!} (1 − ${A.symbol!})`, factors: [A, sub(one, A)] };
  }
  if (g === 'relu' || g === 'leaky_relu') {
    const low = g === 'relu' ? num(0) : num(src.context.alphas[l - 1], 'α');
    return { name, factors: [named(ifPositive(src.leaf('Z', l, i, j), one, low), name)] };
  }
  return { name, form: '1', factors: [one] };
}

const SLOPE_NOTES = {
  sigmoid: 'explain.slopeSigmoid',
  tanh: 'explain.slopeTanh',
  relu: 'explain.slopeRelu',
  leaky_relu: 'explain.slopeLeakyRelu',
  linear: 'explain.slopeLinear',
} as const;

export function explainDZ(src: Source, l: number, i: number, j: number): Draft {
  const lhs = src.symbol('dZ', l, i, j);
  const g = src.activation(l);
  if (l === src.L && isFusedOutput(src.context.loss, g)) {
    const [a, y] = [src.leaf('A', l, i, j), src.leaf('Y', l, i, j)];
    return {
      lines: [{ lhs, formula: `${lhs} = ${a.symbol!} − ${y.symbol!}`, expr: sub(a, y) }],
      notes: fusedWhy(src, i, j),
    };
  }
  if (g === 'softmax') return softmaxDZ(src, l, i, j);
  const dA = src.leaf('dA', l, i, j);
  const { name, form, factors } = slope(src, l, i, j);
  const upstream =
    l === src.L ? src.say('explain.upstreamLoss', { l }) : src.say('explain.upstreamLayer', { l, next: l + 1 });
  const notes = [src.say('explain.upstream', { upstream, l, slope: src.say(SLOPE_NOTES[g]) })];
  if (g === 'relu' || g === 'leaky_relu') {
    const z = src.value('Z', l, i, j);
    notes.push(src.say('explain.here', { z: src.symbol('Z', l, i, j), value: String(z), sign: z > 0 ? '> 0' : '≤ 0' }));
  }
  const formula = `${lhs} = ${dA.symbol!} · ${name}${form ? ` = ${dA.symbol!} · ${form}` : ''}`;
  return { lines: [{ lhs, formula, expr: mul(dA, ...factors) }], notes };
}

// Explaining J: one loss term per example of the batch (computed as the engine computes it, so
// the sum reproduces J_t), plus the regularisation term.

import { isFusedOutput } from '../engine/losses';
import type { Draft } from './draft';
import { add, mul, named, num, sub, unary } from './expr';
import type { Source } from './source';
import { sumOf } from './sum';
import { superscript } from './symbols';
import type { Expr } from './types';

/** −log a with a sigmoid output, from Z as the engine computes it: log(1 + e^(−z)) for z > 0. */
function minusLogSigmoid(z: Expr, a: Expr): Expr {
  if (z.value > 0) return unary('log1p', unary('exp', unary('neg', z)));
  return a.value > 0 ? unary('neg', unary('log', a)) : unary('neg', z);
}

/** log Σₖ e^Z of example j, computed as the engine does: shifted by the largest Z. */
function logSumExp(src: Source, j: number): Expr {
  const L = src.L;
  const zs: Expr[] = [];
  for (let k = 0; k < src.sizes[L]; k++) zs.push(src.leaf('Z', L, k, j));
  const top = num(Math.max(...zs.map((z) => z.value)), 'max Z');
  const sum = add(zs.map((z) => unary('exp', sub(z, top))));
  return named(add([top, unary('log', sum)]), `log Σₖ e^${src.symbol('Z', L, 'k', j)}`);
}

/** The loss term of output unit k of example j, or undefined when its coefficients are 0. */
function unitLoss(src: Source, k: number, j: number): Expr | undefined {
  const L = src.L;
  const [a, y, one] = [src.leaf('A', L, k, j), src.leaf('Y', L, k, j), num(1)];
  const [as, ys] = [a.symbol!, y.symbol!];
  const fused = isFusedOutput(src.context.loss, src.activation(L));
  if (src.context.loss === 'mse') return unary('sq', sub(a, y));
  if (src.context.loss === 'cross_entropy') {
    if (y.value === 0) return undefined;
    const minusLog = fused ? sub(logSumExp(src, j), src.leaf('Z', L, k, j)) : unary('neg', unary('log', a));
    return named(y.value === 1 ? minusLog : mul(y, minusLog), y.value === 1 ? `−log ${as}` : `−${ys} log ${as}`);
  }
  const symbol =
    y.value === 1
      ? `−log ${as}`
      : y.value === 0
        ? `−log(1 − ${as})`
        : `−[${ys} log ${as} + (1 − ${ys}) log(1 − ${as})]`;
  if (fused) {
    const z = src.leaf('Z', L, k, j);
    const first = minusLogSigmoid(z, a);
    return named(y.value === 1 ? first : add([first, mul(sub(one, y), z)]), symbol);
  }
  const parts: Expr[] = [];
  if (y.value !== 0) parts.push(y.value === 1 ? unary('log', a) : mul(y, unary('log', a)));
  if (y.value !== 1) parts.push(mul(sub(one, y), unary('log', sub(one, a))));
  return named(unary('neg', add(parts)), symbol);
}

function exampleLoss(src: Source, j: number): Expr {
  const terms: Expr[] = [];
  for (let k = 0; k < src.sizes[src.L]; k++) {
    const t = unitLoss(src, k, j);
    if (t) terms.push(t);
  }
  return terms.length === 1 ? terms[0] : named(add(terms), `ℓ⁽${superscript(j + 1)}⁾`);
}

function regularisation(src: Source): { expr: Expr; text: string; note: string } | undefined {
  const reg = src.context.regularization;
  if (!reg || reg.lambda === 0) return undefined;
  const l2 = reg.kind === 'l2';
  const layers: Expr[] = src.snapshot.layers.map((layer, i) => {
    src.read('W', i + 1, 0, layer.W.rows - 1, 0, layer.W.cols - 1);
    let s = 0;
    for (const w of layer.W.data) s += l2 ? w * w : Math.abs(w);
    return num(s, l2 ? `‖W[${i + 1}]‖²` : `Σ|W[${i + 1}]|`);
  });
  const m = src.m;
  const c = l2
    ? num(reg.lambda / (2 * m), '(λ/(2m))', `(${reg.lambda}/${2 * m})`)
    : num(reg.lambda / m, '(λ/m)', `(${reg.lambda}/${m})`);
  return {
    expr: mul(c, add(layers)),
    text: l2 ? ' + (λ/(2m)) Σₗ ‖W[l]‖²' : ' + (λ/m) Σₗ Σ|W[l]|',
    note: src.say('explain.costRegularisation', { kind: reg.kind, lambda: reg.lambda, m }),
  };
}

function costFormula(src: Source): string {
  const L = src.L;
  const one = src.sizes[L] === 1;
  const sumK = one ? '' : 'Σₖ ';
  const [A, Y] = [src.symbol('A', L, one ? 0 : 'k', 'i'), src.symbol('Y', L, one ? 0 : 'k', 'i')];
  switch (src.context.loss) {
    case 'mse':
      return `(1/(2m)) Σᵢ ${sumK}(${A} − ${Y})²`;
    case 'binary_cross_entropy':
      return `−(1/m) Σᵢ ${sumK}[${Y} log ${A} + (1 − ${Y}) log(1 − ${A})]`;
    case 'cross_entropy':
      return `−(1/m) Σᵢ ${sumK}${Y} log ${A}`;
  }
}

function costNotes(src: Source): string[] {
  const T = src.snapshot.step;
  const notes = [src.say('explain.costNote', { step: T, m: src.m })];
  const L = src.L;
  if (src.context.loss === 'mse') return notes;
  if (isFusedOutput(src.context.loss, src.activation(L))) {
    notes.push(src.say(src.activation(L) === 'softmax' ? 'explain.costSoftmax' : 'explain.costSigmoid'));
  }
  notes.push(src.say('explain.costLeftOut'));
  return notes;
}

export function explainJ(src: Source): Draft {
  const examples: Expr[] = [];
  for (let j = 0; j < src.m; j++) examples.push(exampleLoss(src, j));
  const main = sumOf(examples);
  const m = src.m;
  const mse = src.context.loss === 'mse';
  const coefficient = mse ? num(1 / (2 * m), '(1/(2m))', `(1/${2 * m})`) : num(1 / m, '(1/m)', `(1/${m})`);
  const data = mul(coefficient, main);
  const reg = regularisation(src);
  const notes = costNotes(src);
  if (reg) notes.push(reg.note);
  const formula = `J = ${costFormula(src)}${reg?.text ?? ''}`;
  return { lines: [{ lhs: 'J', formula, expr: reg ? add([data, reg.expr]) : data }], notes, main };
}

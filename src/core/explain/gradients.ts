// Explaining dW[l] and db[l]: averages over the batch, plus the regularisation's part of dW.

import { fileOrder } from '../layout';
import type { Draft } from './draft';
import { add, mul, num, unary } from './expr';
import type { Source } from './source';
import { sumOf } from './sum';
import type { Expr } from './types';

function batchMean(src: Source): Expr {
  return num(1 / src.m, '(1/m)', `(1/${src.m})`);
}

function batchNote(src: Source): string {
  return `i runs over the m = ${src.m} examples of step ${src.snapshot.step}'s batch: the gradient is their average.`;
}

/** (λ/m) W or (λ/m) sign(W) for dW[l] entry (i, k), when the file regularises. */
function regularisation(src: Source, l: number, i: number, k: number) {
  const reg = src.context.regularization;
  if (!reg || reg.lambda === 0) return undefined;
  const c = num(reg.lambda / src.m, '(λ/m)', `(${reg.lambda}/${src.m})`);
  const w = src.leaf('W', l, i, k);
  const l2 = reg.kind === 'l2';
  const note = l2
    ? `+ (λ/m) W is the gradient of the l2 term (λ/(2m)) Σ ‖W‖² of J, with λ = ${reg.lambda} and m = ${src.m}.`
    : `+ (λ/m) sign(W) is the gradient of the l1 term (λ/m) Σ |W| of J, with λ = ${reg.lambda} and m = ${src.m} ` +
      '(sign(0) = 0).';
  return {
    expr: l2 ? mul(c, w) : mul(c, unary('sign', w)),
    text: l2 ? ` + (λ/m) ${w.symbol!}` : ` + (λ/m) sign(${w.symbol!})`,
    note,
  };
}

export function explainDW(src: Source, l: number, i: number, k: number): Draft {
  const products: Expr[] = [];
  for (let e = 0; e < src.m; e++) {
    products.push(mul(...fileOrder(src.layout, src.leaf('dZ', l, i, e), src.leaf('A', l - 1, k, e))));
  }
  const main = sumOf(products);
  const mean = mul(batchMean(src), main);
  const reg = regularisation(src, l, i, k);
  const lhs = src.symbol('dW', l, i, k);
  const factors = fileOrder(src.layout, src.symbol('dZ', l, i, 'i'), src.symbol('A', l - 1, k, 'i')).join(' ');
  const notes = [
    `${batchNote(src)} Each term is how much unit ${i + 1}'s dZ and the input ${src.symbol('A', l - 1, k, 'i')} ` +
      'it multiplies move together in one example.',
  ];
  if (reg) notes.push(reg.note);
  return {
    lines: [
      { lhs, formula: `${lhs} = (1/m) Σᵢ ${factors}${reg?.text ?? ''}`, expr: reg ? add([mean, reg.expr]) : mean },
    ],
    notes,
    main,
  };
}

export function explainDb(src: Source, l: number, i: number): Draft {
  const terms: Expr[] = [];
  for (let e = 0; e < src.m; e++) terms.push(src.leaf('dZ', l, i, e));
  const main = sumOf(terms);
  const lhs = src.symbol('db', l, i, 0);
  const notes = [batchNote(src)];
  if (src.context.regularization) notes.push('Biases are never regularised: db has no λ term.');
  return {
    lines: [{ lhs, formula: `${lhs} = (1/m) Σᵢ ${src.symbol('dZ', l, i, 'i')}`, expr: mul(batchMean(src), main) }],
    notes,
    main,
  };
}

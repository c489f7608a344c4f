// Explaining dW[l] and db[l]: averages over the batch, plus the regularisation's part of dW.

import { orderForAxis } from '../layout';
import type { Draft } from './draft';
import { add, mul, num, unary } from './expr';
import type { Source } from './source';
import { sumOf } from './sum';
import type { Expr } from './types';

function batchMean(src: Source): Expr {
  return num(1 / src.m, '(1/m)', `(1/${src.m})`);
}

function batchNote(src: Source): string {
  return src.say('explain.batch', { m: src.m, step: src.snapshot.step });
}

/** (λ/m) W or (λ/m) sign(W) for dW[l] entry (i, k), when the file regularises. */
function regularisation(src: Source, l: number, i: number, k: number) {
  const reg = src.context.regularization;
  if (!reg || reg.lambda === 0) return undefined;
  const c = num(reg.lambda / src.m, '(λ/m)', `(${reg.lambda}/${src.m})`);
  const w = src.leaf('W', l, i, k);
  const l2 = reg.kind === 'l2';
  const note = src.say(l2 ? 'explain.dwL2' : 'explain.dwL1', { lambda: reg.lambda, m: src.m });
  return {
    expr: l2 ? mul(c, w) : mul(c, unary('sign', w)),
    text: l2 ? ` + (λ/m) ${w.symbol!}` : ` + (λ/m) sign(${w.symbol!})`,
    note,
  };
}

export function explainDW(src: Source, l: number, i: number, k: number): Draft {
  const products: Expr[] = [];
  for (let e = 0; e < src.m; e++) {
    products.push(mul(...orderForAxis(src.exampleAxis, src.leaf('dZ', l, i, e), src.leaf('A', l - 1, k, e))));
  }
  const main = sumOf(products);
  const mean = mul(batchMean(src), main);
  const reg = regularisation(src, l, i, k);
  const lhs = src.symbol('dW', l, i, k);
  const factors = orderForAxis(src.exampleAxis, src.symbol('dZ', l, i, 'i'), src.symbol('A', l - 1, k, 'i')).join(' ');
  const notes = [
    src.say('explain.dwNote', { batch: batchNote(src), unit: i + 1, input: src.symbol('A', l - 1, k, 'i') }),
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
  if (src.context.regularization) notes.push(src.say('explain.dbNoLambda'));
  return {
    lines: [{ lhs, formula: `${lhs} = (1/m) Σᵢ ${src.symbol('dZ', l, i, 'i')}`, expr: mul(batchMean(src), main) }],
    notes,
    main,
  };
}

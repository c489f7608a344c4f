// Why dZ[L] = A[L] − Y for sigmoid + binary cross-entropy and softmax + cross-entropy, with the
// long way (dA[L] times the activation's derivative) worked out in numbers for the same entry.

import { formatNumber } from './render';
import type { Source } from './source';

/** A number to write after an operator: negative ones in parentheses. */
function f(x: number): string {
  const text = formatNumber(x);
  return text.startsWith('-') ? `(${text})` : text;
}

const SCALE =
  'Like every dA and dZ here, this is the gradient of m·J, the loss summed over the batch: the 1/m comes in dW and db.';

function sigmoidWhy(src: Source, i: number, j: number): string[] {
  const L = src.L;
  const a = src.value('A', L, i, j);
  const dA = src.value('dA', L, i, j);
  const long = dA * a * (1 - a);
  return [
    'Why A − Y: with a sigmoid output and binary cross-entropy, dA = −(Y/A − (1 − Y)/(1 − A)) and ' +
      "σ'(Z) = A(1 − A), so dA · σ'(Z) = −Y(1 − A) + (1 − Y)A = A − Y: the divisions by A and 1 − A cancel, " +
      'which also keeps dZ exact when A rounds to 0 or 1.',
    `The long way for this entry: dA · A(1 − A) = ${f(dA)} · ${f(a)} · (1 − ${f(a)}) = ${f(long)}.`,
    SCALE,
  ];
}

function softmaxWhy(src: Source, i: number, j: number): string[] {
  const L = src.L;
  let inner = 0;
  for (let k = 0; k < src.sizes[L]; k++) inner += src.value('A', L, k, j) * src.value('dA', L, k, j);
  const a = src.value('A', L, i, j);
  const long = a * (src.value('dA', L, i, j) - inner);
  return [
    'Why A − Y: with softmax and cross-entropy, the loss of an example is −Σₖ Yₖ log Aₖ and ∂Aₖ/∂Zᵢ = Aₖ(δᵢₖ − Aᵢ), ' +
      "so ∂loss/∂Zᵢ = −Σₖ Yₖ(δᵢₖ − Aᵢ) = Aᵢ Σₖ Yₖ − Yᵢ = Aᵢ − Yᵢ, because an example's Y (one-hot) sums to 1. " +
      'Every unit of the example matters through the shared denominator of softmax, yet the result is this simple.',
    `The long way for this entry: Aᵢ(dAᵢ − Σₖ Aₖ dAₖ) = ${f(a)} · (${f(src.value('dA', L, i, j))} − ${f(inner)}) ` +
      `= ${f(long)} (the terms with Y = 0 have dA = 0).`,
    SCALE,
  ];
}

/** The notes under dZ[L] = A[L] − Y. */
export function fusedWhy(src: Source, i: number, j: number): string[] {
  return src.activation(src.L) === 'softmax' ? softmaxWhy(src, i, j) : sigmoidWhy(src, i, j);
}

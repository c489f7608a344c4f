// Why dZ[L] = A[L] − Y for sigmoid + binary cross-entropy and softmax + cross-entropy, with the
// long way (dA[L] times the activation's derivative) worked out in numbers for the same entry.

import { formatNumber } from './render';
import type { Source } from './source';

/** A number to write after an operator: negative ones in parentheses. */
function f(x: number): string {
  const text = formatNumber(x);
  return text.startsWith('-') ? `(${text})` : text;
}

function sigmoidWhy(src: Source, i: number, j: number): string[] {
  const L = src.L;
  const a = src.value('A', L, i, j);
  const dA = src.value('dA', L, i, j);
  const long = dA * a * (1 - a);
  return [
    src.say('explain.whySigmoid'),
    src.say('explain.longSigmoid', { dA: f(dA), a: f(a), long: f(long) }),
    src.say('explain.fusedScale'),
  ];
}

function softmaxWhy(src: Source, i: number, j: number): string[] {
  const L = src.L;
  let inner = 0;
  for (let k = 0; k < src.sizes[L]; k++) inner += src.value('A', L, k, j) * src.value('dA', L, k, j);
  const a = src.value('A', L, i, j);
  const long = a * (src.value('dA', L, i, j) - inner);
  return [
    src.say('explain.whySoftmax'),
    src.say('explain.longSoftmax', { a: f(a), dA: f(src.value('dA', L, i, j)), inner: f(inner), long: f(long) }),
    src.say('explain.fusedScale'),
  ];
}

/** The notes under dZ[L] = A[L] − Y. */
export function fusedWhy(src: Source, i: number, j: number): string[] {
  return src.activation(src.L) === 'softmax' ? softmaxWhy(src, i, j) : sigmoidWhy(src, i, j);
}

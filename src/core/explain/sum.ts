// The sums an explanation writes out: every term when there are at most 8, otherwise the
// largest by magnitude and "… and N more" with their sum (so the whole still adds up).

import { add } from './expr';
import type { Expr } from './types';

export const ALL_TERMS_UP_TO = 8;
export const LARGEST_SHOWN = 6;

/** |value|, with NaN first: a NaN term is the one to see. */
function size(e: Expr): number {
  return Number.isNaN(e.value) ? Infinity : Math.abs(e.value);
}

export function sumOf(terms: Expr[]): Expr {
  if (terms.length <= ALL_TERMS_UP_TO) return add(terms);
  const order = terms.map((_, k) => k).sort((a, b) => size(terms[b]) - size(terms[a]) || a - b);
  const shown = order.slice(0, LARGEST_SHOWN);
  const kept = new Set(shown);
  let sum = 0;
  terms.forEach((t, k) => {
    if (!kept.has(k)) sum += t.value;
  });
  return add(
    shown.map((k) => terms[k]),
    { count: terms.length - shown.length, sum },
  );
}

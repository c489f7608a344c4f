// How explanations write entries: course notation with subscripts in the file's reading order
// ('W[1]₂,ₖ', 'b[1]₂', 'Y₁,₅'), and entry names with 1-based indices ('W[1][2,1]').

import { orderForAxis } from '../layout';
import type { MatrixName } from './types';

/** A 0-based engine index, or a summation letter. */
export type Index = number | 'i' | 'k';

const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  i: 'ᵢ',
  k: 'ₖ',
  l: 'ₗ',
};

function subscript(index: Index): string {
  const text = typeof index === 'number' ? String(index + 1) : index;
  return [...text].map((c) => SUBSCRIPT[c] ?? c).join('');
}

/** Biases, their gradients and moments are vectors: written with the unit's index alone. */
export function isVector(matrix: string): boolean {
  return /b\+?$/.test(matrix);
}

/**
 * `matrix` entry (row, col) in the engine's orientation, written in the file's: 'W[1]₂,ₖ'
 * (columns) or 'W[1]ₖ,₂' (rows); vectors 'b[1]₂'; 'X₁,₅' and 'Y₁,₅' have no layer. `matrix` may be a
 * moment's name ('vdW+', 'v̂db').
 */
export function symbolOf(matrix: string, layer: number, row: Index, col: Index, exampleAxis: 0 | 1): string {
  const head = matrix === 'Y' || matrix === 'X' ? matrix : `${matrix}[${layer}]`;
  if (isVector(matrix)) return head + subscript(row);
  return head + orderForAxis(exampleAxis, row, col).map(subscript).join(',');
}

/** The name explain() takes for an entry, 1-based in the file's layout: 'W[1][2,1]', 'Y[1,5]'. */
export function entryName(matrix: MatrixName, layer: number, row: number, col: number): string {
  return matrix === 'Y' ? `Y[${row},${col}]` : `${matrix}[${layer}][${row},${col}]`;
}

/** Superscript digits for per-example losses: ℓ⁽³⁾. */
export function superscript(n: number): string {
  const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return [...String(n)].map((c) => SUP[Number(c)]).join('');
}

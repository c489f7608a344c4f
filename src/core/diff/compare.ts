// One matrix or cost of the trace against nnspec's: the first entry that differs, as a Difference.
import type { Message } from '../messages/message';
import type { Compared, Difference } from './types';
import { hintFor } from './hints';
import { magnitude, relativeDifference } from './relative';
import type { MatrixKind } from './trace';

/** Relative differences above this are reported. */
export const DIFF_TOLERANCE = 1e-6;

export interface MatrixCase {
  /** 'dW[2]' */
  name: string;
  kind: MatrixKind | 'W' | 'b';
  layer: number;
  step?: number;
  /** The batch's m (for hints). */
  m: number;
  yours: number[][];
  nnspec: number[][];
  formula: Message;
  /** The trace path of the matrix: 'steps[3].layers[1].dW'. */
  at: string;
}

export function newCompared(): Compared {
  return { steps: 0, matrices: 0, entries: 0, costs: 0, parameters: 0, finalCost: false };
}

export function compareMatrix(c: MatrixCase): Difference | undefined {
  const scale = magnitude(c.nnspec);
  for (let i = 0; i < c.nnspec.length; i++) {
    for (let j = 0; j < c.nnspec[i].length; j++) {
      const r = relativeDifference(c.yours[i][j], c.nnspec[i][j], scale);
      if (r <= DIFF_TOLERANCE) continue;
      const d: Difference = {
        matrix: c.name,
        kind: c.kind,
        layer: c.layer,
        row: i + 1,
        column: j + 1,
        entry: `${c.name}[${i + 1},${j + 1}]`,
        yours: c.yours[i][j],
        nnspec: c.nnspec[i][j],
        relativeDifference: r,
        formula: c.formula,
        at: `${c.at}[${i}][${j}]`,
      };
      if (c.step !== undefined) d.step = c.step;
      const hint = hintFor(c.yours, c.nnspec, { name: c.name, step: c.step, m: c.m });
      if (hint) d.hint = hint;
      return d;
    }
  }
  return undefined;
}

export interface CostCase {
  kind: 'J' | 'finalCost';
  step?: number;
  yours: number;
  nnspec: number;
  /** The largest |J| of nnspec's run so far: a cost near 0 is compared at that scale. */
  scale: number;
  formula: Message;
  at: string;
}

export function compareCost(c: CostCase): Difference | undefined {
  const r = relativeDifference(c.yours, c.nnspec, c.scale);
  if (r <= DIFF_TOLERANCE) return undefined;
  const d: Difference = {
    matrix: c.kind,
    kind: c.kind,
    row: 1,
    column: 1,
    entry: c.kind,
    yours: c.yours,
    nnspec: c.nnspec,
    relativeDifference: r,
    formula: c.formula,
    at: c.at,
  };
  if (c.step !== undefined) d.step = c.step;
  return d;
}
